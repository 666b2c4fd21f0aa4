// A small static file server for dist/, on loopback only. `npm run serve` uses it; the browser tests start it too.
// It answers GET and HEAD only, refuses malformed or hand-made request targets with 400 (see readRequestTarget), and
// serves nothing whose real path (symbolic links followed) is outside the root. Every response, redirects and errors
// included, carries the headers of dist/_headers.
import { createReadStream, readFileSync, realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase, pathFor, readRequestTarget } from '../src/lib/request-target.ts';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const allowedMethods = ['GET', 'HEAD'];

/**
 * Reads the `_headers` file (Netlify / Cloudflare Pages format) so that local runs send the same headers. A line
 * `! Name` drops a header that an earlier, broader rule set (Cloudflare's "detach"; Netlify skips such lines).
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {}, detach: [] });
    else if (rules.length && line.trim().startsWith('!')) rules.at(-1).detach.push(line.trim().slice(1).trim().toLowerCase());
    else if (rules.length) {
      const at = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/**
 * The headers for one path, as Cloudflare Pages combines them: every matching rule in order, a detached header
 * removed, and a header that two rules set sent with both values joined by a comma. For a Content-Security-Policy
 * that means two policies, both enforced, so a test here fails where a forgotten detach would fail on Cloudflare.
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith('*') ? pathname.startsWith(rule.pattern.slice(0, -1)) : pathname === rule.pattern;
    if (!matches) continue;
    for (const name of rule.detach) delete headers[name];
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = name.toLowerCase();
      headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
    }
  }
  return headers;
}

/** The real path of `path` if it is a file whose real path is inside `realRoot`, else undefined. */
async function servableFile(realRoot, path) {
  try {
    const real = await realpath(path);
    if (!real.startsWith(realRoot + sep)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}

/** A whole response written to a socket that Node's HTTP parser could not read, or that asked to CONNECT. */
function rawResponse(status, headers) {
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  return `${lines.join('\r\n')}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`;
}

/**
 * Serves `root` on 127.0.0.1. `base` is the path the site is built for ("/" or "/guide/"); requests outside it 404.
 * `sendHeaders: false` ignores `_headers`, as GitHub Pages does. Resolves to the server and its URL once listening.
 */
export function startServer({ root = 'dist', port = 4321, base = '/', sendHeaders = true } = {}) {
  const sitePath = normaliseBase(base);
  const realRoot = realpathSync(resolve(root));
  let rules = [];
  try {
    if (sendHeaders) rules = parseHeadersFile(readFileSync(join(realRoot, '_headers'), 'utf8'));
  } catch {
    // no _headers file: serve without extra headers
  }
  // Responses that are not a file of the site (redirects, 400, 405) get the headers of the site as a whole.
  const siteHeaders = headersFor(rules, sitePath);

  /** A short plain-text response with the site's headers: a redirect or a refusal. */
  function sendStatus(response, status, extra = {}) {
    const body = `${status} ${STATUS_CODES[status]}\n`;
    response.writeHead(status, { ...siteHeaders, ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    response.end(response.req.method === 'HEAD' ? undefined : body);
  }

  async function sendFile(request, response, status, file, headers) {
    const { size } = await stat(file);
    response.writeHead(status, { ...headers, 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Length': size });
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  }

  async function handle(request, response) {
    if (!allowedMethods.includes(request.method)) return sendStatus(response, 405, { Allow: allowedMethods.join(', ') });
    const target = readRequestTarget(request.url ?? '', sitePath);
    if ('status' in target && target.status === 400) return sendStatus(response, 400);
    if (!('status' in target)) {
      const { segments, directory, query } = target;
      const path = join(realRoot, ...segments);
      // readRequestTarget already keeps segments inside; this is the second lock, on the joined path itself.
      if (path !== realRoot && !path.startsWith(realRoot + sep)) return sendStatus(response, 400);
      const file = await servableFile(realRoot, directory ? join(path, 'index.html') : path);
      if (file) return sendFile(request, response, 200, file, headersFor(rules, pathFor(sitePath, segments, directory)));
      if (!directory && (await servableFile(realRoot, join(path, 'index.html')))) {
        // A path-only Location: it starts with the base path and one non-empty segment, so never "//" or a host.
        const location = `${pathFor(sitePath, segments, true)}${query}`;
        return sendStatus(response, 301, { Location: location });
      }
    }
    const notFound = await servableFile(realRoot, join(realRoot, '404.html'));
    if (notFound) return sendFile(request, response, 404, notFound, headersFor(rules, `${sitePath}404.html`));
    return sendStatus(response, 404);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) sendStatus(response, 500);
      else response.destroy();
    });
  });
  // Requests Node cannot parse (a NUL byte, a request line over its 16 KiB limit) and CONNECT never reach `handle`.
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    socket.end(rawResponse(400, siteHeaders));
  });
  server.on('connect', (_request, socket) => socket.end(rawResponse(405, { ...siteHeaders, Allow: allowedMethods.join(', ') })));
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${address.port}${sitePath}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await startServer({ port, base: process.env.BASE_PATH ?? '/' });
  console.log(`Serving dist/ at ${url} (Ctrl+C to stop)`);
}
