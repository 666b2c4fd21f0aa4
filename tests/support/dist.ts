/** Reading the built site in tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = 'dist';

export function htmlFiles(): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const cache = new Map<string, HTMLElement>();

/** Parses dist/<path>; path is relative to dist ("ko/desktop/index.html"). */
export function readPage(path: string): HTMLElement {
  if (!cache.has(path)) cache.set(path, parse(readFileSync(join(distDir, path), 'utf8')));
  return cache.get(path)!;
}

/** "/ko/desktop/" → "ko/desktop/index.html" */
export function fileForUrlPath(urlPath: string): string {
  const path = urlPath.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
