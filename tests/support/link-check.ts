/** Checks that every internal href and src in a built site resolves to a file, and every #anchor to an element. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

function htmlFilesIn(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * Returns one line per broken link. `base` is the path the site is built for: "/" or "/some/path/". A link that
 * points outside the base path is broken too, since the host would not serve it.
 */
export function brokenLinks(root: string, base = '/'): string[] {
  const pages = new Map<string, HTMLElement>();
  const pageAt = (file: string) => {
    if (!pages.has(file)) pages.set(file, parse(readFileSync(join(root, file), 'utf8')));
    return pages.get(file)!;
  };
  const broken: string[] = [];
  for (const file of htmlFilesIn(root)) {
    const pagePath = `${base}${file.replace(/index\.html$/, '')}`;
    for (const element of pageAt(file).querySelectorAll('[href], [src]')) {
      const value = element.getAttribute('href') ?? element.getAttribute('src')!;
      if (/^[a-z]+:/i.test(value) || value.startsWith('//')) continue;
      const url = new URL(value, `http://site${pagePath}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${file}: ${value} is outside the base path ${base}`);
        continue;
      }
      const inside = url.pathname.slice(base.length);
      const target = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
      if (!existsSync(join(root, target))) {
        broken.push(`${file}: <${element.tagName.toLowerCase()}> ${value} → ${target} does not exist`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !pageAt(target).getElementById(anchor)) {
        broken.push(`${file}: ${value} → no element with id "${anchor}" in ${target}`);
      }
    }
  }
  return broken;
}
