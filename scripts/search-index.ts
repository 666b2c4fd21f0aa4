// Builds the search index after `astro build`: every page with a [data-pagefind-body] is cut into its steps, questions
// and sections (src/lib/search-sections.ts), and Pagefind indexes each as a record of its own, one index per language
// (by <html lang>), written to dist/pagefind/. Then the files a first search downloads whole (the WebAssembly and the
// index of each language) are gzipped again with Zopfli: the same bytes once unpacked, 4-5 % smaller on the wire,
// cached in node_modules/.cache/search-index/ because it takes seconds a file. `npm run build` runs it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import * as pagefind from 'pagefind';
import { languages } from '../src/i18n/languages.ts';
import { marksInSearch } from '../src/lib/search-marks.ts';
import { pagefindVersion } from '../src/lib/pagefind-term.ts';
import { searchPageOf, sectionRecord, sectionUrl } from '../src/lib/search-sections.ts';

const dist = process.argv[2] ?? 'dist';
const htmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name === 'index.html')
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
let records = 0;
let pages = 0;
for (const file of htmlFiles) {
  const page = searchPageOf(readFileSync(file, 'utf8'));
  if (!page) continue;
  const pageUrl = `/${relative(dist, file).split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/');
  pages += 1;
  const language = languages.find((l) => l.hreflang === page.lang);
  if (!language) throw new Error(`${file}: <html lang="${page.lang}"> is no language of src/i18n/languages.ts`);
  for (const section of page.sections) {
    const added = await index.addHTMLFile({ url: sectionUrl(pageUrl, section), content: sectionRecord(page, section, marksInSearch(language)) });
    if (added.errors.length) throw new Error(`${file}: Pagefind could not index section "${section.title}": ${added.errors.join('; ')}`);
    records += 1;
  }
}
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
const { version } = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { version: string };
if (version !== pagefindVersion) {
  throw new Error(
    `src/lib/pagefind-term.ts: pagefindVersion is ${pagefindVersion} but Pagefind ${version} wrote the index. The search box's lean client ` +
      `(src/scripts/pagefind-client.ts, src/lib/pagefind-term.ts) copies what pagefind.js ${pagefindVersion} does and calls its WebAssembly: ` +
      `compare them with the new dist/pagefind/pagefind.js (its wasm_bindgen exports, search and loadFragment), then set pagefindVersion to ${version}.`,
  );
}

const cache = 'node_modules/.cache/search-index';
mkdirSync(cache, { recursive: true });
const downloadedWhole = [
  ...readdirSync(join(dist, 'pagefind')).filter((name) => name.endsWith('.pagefind')).map((name) => join(dist, 'pagefind', name)),
  ...readdirSync(join(dist, 'pagefind', 'index')).map((name) => join(dist, 'pagefind', 'index', name)),
];
let saved = 0;
for (const file of downloadedWhole) {
  const gzipped = readFileSync(file);
  const cached = join(cache, `${createHash('sha256').update(gzipped).digest('hex')}.gz`);
  if (!existsSync(cached)) {
    const smaller = Buffer.from(await gzipAsync(gunzipSync(gzipped), { numiterations: 2 }));
    writeFileSync(cached, smaller.length < gzipped.length ? smaller : gzipped);
  }
  const recompressed = readFileSync(cached);
  saved += gzipped.length - recompressed.length;
  writeFileSync(file, recompressed);
}
console.log(`Search index: ${records} sections of ${pages} pages in ${join(dist, 'pagefind')}; Zopfli saved ${saved} bytes in ${downloadedWhole.length} files`);
