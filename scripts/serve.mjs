// A small static file server for dist/, on loopback only. `npm run serve` uses it; the browser tests start it too.
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

async function fileFor(root, pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(path)).isFile()) return path;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

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

/**
 * Serves `root` on 127.0.0.1. `base` is the path the site is built for ("/" or "/guide/"); requests outside it 404.
 * `sendHeaders: false` ignores `_headers`, as GitHub Pages does. Resolves to the server and its URL once listening.
 */
export function startServer({ root = 'dist', port = 4321, base = '/', sendHeaders = true } = {}) {
  const absoluteRoot = resolve(root);
  let rules = [];
  try {
    if (sendHeaders) rules = parseHeadersFile(readFileSync(join(absoluteRoot, '_headers'), 'utf8'));
  } catch {
    // no _headers file: serve without extra headers
  }
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const inside = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
    if (inside && !inside.endsWith('/') && !extname(inside) && (await fileFor(absoluteRoot, `${inside}/`))) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const file = inside ? await fileFor(absoluteRoot, inside) : undefined;
    const status = file ? 200 : 404;
    const path = file ?? join(absoluteRoot, '404.html');
    response.writeHead(status, { ...headersFor(rules, pathname), 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    if (request.method === 'HEAD') return response.end();
    createReadStream(path).on('error', () => response.end()).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({ server, url: `http://127.0.0.1:${address.port}${base}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await startServer({ port, base: process.env.BASE_PATH ?? '/' });
  console.log(`Serving dist/ at ${url} (Ctrl+C to stop)`);
}
