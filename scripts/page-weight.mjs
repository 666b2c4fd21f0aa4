// What a page costs to load, in brotli-compressed bytes: its HTML, the stylesheets it links and the JavaScript it runs
// at load (module scripts and their static imports). Used by the weight budget test and the benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { parse } from 'node-html-parser';

export function brotliSize(buffer) {
  return brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * Bytes a CDN sends for a file: a file that is already gzip (Pagefind's index, fragments and WebAssembly) as it is,
 * anything else brotli-compressed.
 */
export function sentSize(buffer) {
  return buffer.length >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b ? buffer.length : brotliSize(buffer);
}

/** "/guide/_astro/x.js" → path inside root, for a site built under `base`. */
function fileFor(root, base, url) {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return join(root, path);
}

/** Static imports of an ES module (import … from "./x.js", import "./x.js"); dynamic import() is not followed. */
export function staticImportsOf(code) {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
}

/**
 * Weight of one built page (`file` relative to root, such as "ko/desktop/index.html").
 * Returns bytes by part and the files counted.
 */
export function pageWeight(root, file, base = '/') {
  const html = readFileSync(join(root, file));
  const page = parse(html.toString());
  const css = page
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => fileFor(root, base, link.getAttribute('href')));
  const scripts = new Set();
  // Scripts inside <template> do not run at load (the search code waits there for the first keystroke).
  const queue = page
    .querySelectorAll('script[src]')
    .filter((script) => !script.closest('template'))
    .filter((script) => script.getAttribute('type') === 'module' || !script.hasAttribute('async'))
    .map((script) => fileFor(root, base, script.getAttribute('src')));
  while (queue.length) {
    const path = queue.shift();
    if (scripts.has(path) || !existsSync(path)) continue;
    scripts.add(path);
    for (const imported of staticImportsOf(readFileSync(path, 'utf8'))) {
      if (imported.startsWith('.')) queue.push(join(dirname(path), imported));
      else if (imported.startsWith('/')) queue.push(fileFor(root, base, posix.normalize(imported)));
    }
  }
  const sum = (paths) => paths.reduce((total, path) => total + brotliSize(readFileSync(path)), 0);
  const weight = { html: brotliSize(html), css: sum(css), js: sum([...scripts]) };
  return { ...weight, total: weight.html + weight.css + weight.js, requests: 1 + css.length + scripts.size, files: [...css, ...scripts] };
}
