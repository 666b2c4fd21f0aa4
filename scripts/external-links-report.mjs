// Lists every link to another site found in dist/, with the pages that use it, as Markdown. CI has no internet, so
// these are not fetched there: a person checks them by hand from reports/external-links.md.
// `npm run report:links` rewrites that file after a build; a test fails when it is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';

export function externalLinksIn(distDir) {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  const pagesByUrl = new Map();
  for (const file of files) {
    const page = parse(readFileSync(join(distDir, file), 'utf8'));
    for (const link of page.querySelectorAll('a[href]')) {
      // Query strings are dropped: the per-page "report a problem" links differ only in theirs.
      const href = link.getAttribute('href').replace(/\?[^#]*/, '');
      if (!/^https?:\/\//.test(href)) continue;
      if (!pagesByUrl.has(href)) pagesByUrl.set(href, new Set());
      pagesByUrl.get(href).add(`/${file.replace(/index\.html$/, '')}`);
    }
  }
  return [...pagesByUrl.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([url, pages]) => ({ url, pages: [...pages] }));
}

export function externalLinksReport(links) {
  const lines = [
    '# External links',
    '',
    'Every link from the built site to another site. Not fetched in CI (no internet there): check them by hand, and',
    'regenerate this file with `npm run report:links` after a build.',
    '',
    '| link | used on |',
    '|---|---|',
    ...links.map(({ url, pages }) => `| <${url}> | ${pages.length} page(s): ${pages.slice(0, 4).join(', ')}${pages.length > 4 ? ', …' : ''} |`),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync('reports/external-links.md', externalLinksReport(externalLinksIn('dist')));
  console.log('Wrote reports/external-links.md');
}
