/**
 * scripts/serve.mjs under hostile requests, sent over raw TCP because fetch normalises URLs before sending them. The
 * server serves a small dist/ whose sibling folder dist-x/ (its name starts with "dist") holds a secret; dist/ also
 * has symbolic links pointing into dist-x/. Nothing may return the secret, crash the server or redirect elsewhere.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/security-policy';
import { startServer } from '../../scripts/serve.mjs';

const secret = 'SECRET-OUTSIDE-THE-ROOT';
let top: string;
const servers: Server[] = [];
let port: number;
let guidePort: number;

beforeAll(async () => {
  top = mkdtempSync(join(tmpdir(), 'guide-static-server-'));
  const dist = join(top, 'dist');
  for (const [base, root] of [['/', dist], ['/guide/', join(top, 'guide-dist')]] as const) {
    mkdirSync(join(root, 'en'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>home page</p>');
    writeFileSync(join(root, 'en', 'index.html'), '<p>English overview</p>');
    writeFileSync(join(root, '404.html'), '<p>page not found</p>');
    writeFileSync(join(root, '_headers'), headersFile(base));
  }
  mkdirSync(join(top, 'dist-x'));
  writeFileSync(join(top, 'dist-x', 'secret'), secret);
  writeFileSync(join(top, 'dist-x', 'index.html'), secret);
  symlinkSync(join(top, 'dist-x', 'secret'), join(dist, 'leak.txt'));
  symlinkSync(join(top, 'dist-x'), join(dist, 'leak'));
  for (const [base, root] of [['/', dist], ['/guide/', join(top, 'guide-dist')]]) {
    const { server, url } = await startServer({ root, port: 0, base });
    servers.push(server);
    if (base === '/') port = Number(new URL(url).port);
    else guidePort = Number(new URL(url).port);
  }
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  if (top) rmSync(top, { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  raw: string;
}

/** Sends `head` (request line and any extra header lines, without the final blank line) exactly as written. */
function send(head: string, { to = port, body = '' } = {}): Promise<RawResponse> {
  const request = `${head}\r\nConnection: close\r\n\r\n${body}`;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(to, '127.0.0.1', () => socket.write(Buffer.from(request, 'latin1')));
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(head.slice(0, 80))}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks).toString('latin1');
      const [top, ...rest] = raw.split('\r\n\r\n');
      const [statusLine, ...headerLines] = top.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) headers[line.slice(0, line.indexOf(':')).toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n'), raw });
    });
  });
}

const host = 'Host: 127.0.0.1';
const get = (target: string) => `GET ${target} HTTP/1.1\r\n${host}`;

/** [what is tried, expected status, request head, request body] */
const hostile: [string, number, string, string?][] = [
  ['encoded ../ into a sibling folder named dist-x', 400, get('/%2e%2e%2fdist-x/secret')],
  ['plain ../ into the sibling folder', 400, get('/../dist-x/secret')],
  ['encoded slash only', 400, get('/..%2fdist-x/secret')],
  ['an unterminated percent sign', 400, get('/%')],
  ['a percent sign without hex digits', 400, get('/%zz')],
  ['an empty segment and a bracket (used to crash URL parsing)', 400, get('//[')],
  ['a protocol-relative path', 400, get('//evil.example/')],
  ['an encoded NUL', 400, get('/index.html%00.txt')],
  ['a raw NUL byte in the request line', 400, get('/index\u0000.html')],
  ['an encoded lone surrogate', 400, get('/%ED%A0%80')],
  ['backslashes', 400, get('/..\\..\\dist-x\\secret')],
  ['encoded backslashes', 400, get('/..%5c..%5cdist-x%5csecret')],
  ['a slash then a backslash (a browser reads "/\\" as "//")', 400, get('/\\evil.example/')],
  ['overlong UTF-8 dots', 400, get('/%c0%ae%c0%ae/dist-x/secret')],
  ['CR LF injection into headers', 400, get('/en%0d%0aLocation:%20http://evil.example/')],
  ['raw bytes above ASCII', 400, get('/caf\u00e9/')],
  ['a path over the length limit', 400, get(`/${'a/'.repeat(3000)}`)],
  ['a request line over Node\'s 16 KiB limit', 400, get(`/${'a'.repeat(20_000)}`)],
  ['the absolute form, as sent to a proxy', 400, `GET http://evil.example/ HTTP/1.1\r\n${host}`],
  ['a line that is not HTTP', 400, 'HELLO'],
  ['double encoding, decoded once only', 404, get('/%252e%252e%252fdist-x/secret')],
  ['a symbolic link to a file outside the root', 404, get('/leak.txt')],
  ['a file through a symbolic link to a folder outside the root', 404, get('/leak/secret')],
  ['a symbolic link to a folder outside the root, which has an index.html', 404, get('/leak/')],
  ['the same, without the trailing slash (no redirect that reveals it)', 404, get('/leak')],
  ['a missing page (the site\'s 404 page, with its status)', 404, get('/nope/')],
  ['POST', 405, `POST / HTTP/1.1\r\n${host}\r\nContent-Length: 3`, 'x=1'],
  ['PUT with a body', 405, `PUT /index.html HTTP/1.1\r\n${host}\r\nContent-Length: 6`, 'hello!'],
  ['DELETE', 405, `DELETE /index.html HTTP/1.1\r\n${host}`],
  ['OPTIONS *', 405, `OPTIONS * HTTP/1.1\r\n${host}`],
  ['TRACE', 405, `TRACE / HTTP/1.1\r\n${host}`],
  ['CONNECT to another host', 405, `CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443`],
];

describe('scripts/serve.mjs under hostile requests', () => {
  it.each(hostile)('%s: answers %i with the security headers and never the secret', async (_name, status, head, body = '') => {
    const response = await send(head, { body });
    expect(response.status, response.raw.slice(0, 300)).toBe(status);
    expect(response.raw).not.toContain(secret);
    expect(response.headers['location']).toBeUndefined();
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    if (status === 405) expect(response.headers['allow']).toBe('GET, HEAD');
    if (status === 404) expect(response.body).toContain('page not found');
  });

  it.each([
    ['a folder without its slash', get('/en'), '/en/'],
    ['the query kept (the search page reads ?q=)', get('/en?q=code'), '/en/?q=code'],
    ['a Host header naming another site', `GET /en HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example`, '/en/'],
  ])('redirects %s to a path on this host, with the security headers', async (_name, head, location) => {
    const response = await send(head);
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(location);
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('under a base path, redirects inside it and refuses the same tricks', async () => {
    const redirect = await send(get('/guide/en'), { to: guidePort });
    expect([redirect.status, redirect.headers['location']]).toEqual([301, '/guide/en/']);
    expect(redirect.headers['content-security-policy']).toBeDefined();
    expect((await send(get('/guide/%2e%2e/dist-x/secret'), { to: guidePort })).status).toBe(400);
    expect((await send(get('/guide//evil.example/'), { to: guidePort })).status).toBe(400);
    const outside = await send(get('/en/'), { to: guidePort });
    expect([outside.status, outside.body]).toEqual([404, '<p>page not found</p>']);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await send(`HEAD /en/ HTTP/1.1\r\n${host}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String('<p>English overview</p>'.length));
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toBe('');
  });

  it('still serves a normal GET after all of the above', async () => {
    const response = await send(get('/en/'));
    expect(response.status).toBe(200);
    expect(response.body).toBe('<p>English overview</p>');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
