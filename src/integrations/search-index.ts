/**
 * The search index, written at the end of `astro build`: every page with a [data-pagefind-body] is cut into its
 * steps, questions and sections (src/lib/search-sections.ts), and Pagefind indexes each as a record of its own, one
 * index per language (by <html lang>), in dist/pagefind/. Then the files a first search downloads whole (Pagefind's
 * WebAssembly and each language's index) are gzipped again with Zopfli (src/integrations/zopfli-pool.ts): the same
 * bytes once unpacked, 4-5 % smaller on the wire, cached in node_modules/.cache/search-index/ under a hash of the
 * file and the options.
 *
 * The WebAssembly does not depend on the pages, only on Pagefind's version and the languages: it is written and
 * compressed at the start of the build, beside the content sync and the bundling, so that the end of a cold build
 * compresses only the indexes. scripts/search-index.ts runs the same indexing on a dist/ folder by itself.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { languages } from '../i18n/languages.ts';
import { pagefindVersion } from '../lib/pagefind-term.ts';
import { marksInSearch } from '../lib/search-marks.ts';
import { searchPageOf, sectionRecord, sectionUrl } from '../lib/search-sections.ts';
import { zopfliAll, type ZopfliOptions } from './zopfli-pool.ts';

const cacheFolder = 'node_modules/.cache/search-index';

/**
 * Chosen by measurement (README.md, "Search"): one iteration instead of 15, and few block splits. The WebAssembly,
 * compressed beside the build, gets 3 splits (1.9 % smaller than 1 split: 2 KB of every first search); the indexes,
 * compressed at the end of it, get 1 (3.3 times faster than 3 splits, 0.5 % larger).
 */
const webAssemblyZopfli: ZopfliOptions = { numiterations: 1, blocksplittingmax: 3 };
const indexZopfli: ZopfliOptions = { numiterations: 1, blocksplittingmax: 1 };
const zopfliFor = (file: string) => (file.endsWith('.pagefind') ? webAssemblyZopfli : indexZopfli);

/** The files of a written index that a first search downloads whole: the WebAssembly and the index chunks. */
function downloadedWhole(folder: string): string[] {
  const index = join(folder, 'index');
  return [
    ...readdirSync(folder).filter((name) => name.endsWith('.pagefind')).map((name) => join(folder, name)),
    ...(existsSync(index) ? readdirSync(index).map((name) => join(index, name)) : []),
  ];
}

function cachedName(root: string, gzipped: Buffer, options: ZopfliOptions): string {
  const hash = createHash('sha256').update(JSON.stringify(options)).update(gzipped).digest('hex');
  return join(root, cacheFolder, `${hash}.gz`);
}

/** Compresses into the cache every file of one kind not there yet; returns how many it compressed. */
async function fillCache(root: string, files: readonly string[], options: ZopfliOptions, pool?: Parameters<typeof zopfliAll>[2]): Promise<number> {
  mkdirSync(join(root, cacheFolder), { recursive: true });
  const missing = [...new Map(files.map((file) => readFileSync(file)).map((gzipped) => [cachedName(root, gzipped, options), gzipped])).entries()].filter(
    ([name]) => !existsSync(name),
  );
  const smaller = await zopfliAll(
    missing.map(([, gzipped]) => gunzipSync(gzipped)),
    options,
    pool,
  );
  missing.forEach(([name, gzipped], i) => {
    // Written under a temporary name and renamed, so that a build running beside this one never reads half a file.
    const partial = `${name}.${process.pid}.tmp`;
    writeFileSync(partial, smaller[i].length < gzipped.length ? smaller[i] : gzipped);
    renameSync(partial, name);
  });
  return missing.length;
}

/**
 * Writes an index of one record per language into a temporary folder, only for its WebAssembly (one file per
 * stemmer Pagefind has for these languages, and one for the rest), and compresses that into the cache, on one
 * thread at a low priority: it takes what the build leaves idle.
 */
export async function prepareWebAssembly(root: string): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'search-wasm-'));
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const language of languages) {
      const added = await index.addCustomRecord({ url: `/${language.code}/`, content: language.ownName, language: language.hreflang });
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: folder });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    return await fillCache(root, downloadedWhole(folder).filter((file) => file.endsWith('.pagefind')), webAssemblyZopfli, { threads: 1, lowPriority: true });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface SearchIndexReport {
  records: number;
  pages: number;
  files: number;
  compressedNow: number;
  savedBytes: number;
  seconds: number;
}

/** Indexes the built site in `dist` into dist/pagefind/, then swaps in the smaller gzip files. */
export async function writeSearchIndex(dist: string, root: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const htmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  // All sections are sent at once: Pagefind's service answers them in any order, and waiting for each answer before
  // sending the next left most of the indexing time idle (3.1 s → 2.2 s for 160 pages).
  const added: Promise<void>[] = [];
  for (const file of htmlFiles) {
    const page = searchPageOf(readFileSync(file, 'utf8'));
    if (!page) continue;
    const pageUrl = `/${relative(dist, file).split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/');
    pages += 1;
    const language = languages.find((l) => l.hreflang === page.lang);
    if (!language) throw new Error(`${file}: <html lang="${page.lang}"> is no language of src/i18n/languages.ts`);
    for (const section of page.sections) {
      const content = sectionRecord(page, section, marksInSearch(language));
      added.push(
        index.addHTMLFile({ url: sectionUrl(pageUrl, section), content }).then(({ errors: problems }) => {
          if (problems.length) throw new Error(`${file}: Pagefind could not index section "${section.title}": ${problems.join('; ')}`);
        }),
      );
    }
  }
  await Promise.all(added);
  const output = join(dist, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  const { version } = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { version: string };
  if (version !== pagefindVersion) {
    throw new Error(
      `src/lib/pagefind-term.ts: pagefindVersion is ${pagefindVersion} but Pagefind ${version} wrote the index. The search box's lean client ` +
        `(src/scripts/pagefind-client.ts, src/lib/pagefind-term.ts) copies what pagefind.js ${pagefindVersion} does and calls its WebAssembly: ` +
        `compare them with the new dist/pagefind/pagefind.js (its wasm_bindgen exports, search and loadFragment), then set pagefindVersion to ${version}.`,
    );
  }
  const files = downloadedWhole(output);
  const webAssembly = files.filter((file) => zopfliFor(file) === webAssemblyZopfli);
  const indexes = files.filter((file) => zopfliFor(file) === indexZopfli);
  const compressedNow = (await fillCache(root, webAssembly, webAssemblyZopfli)) + (await fillCache(root, indexes, indexZopfli));
  let savedBytes = 0;
  for (const file of files) {
    const gzipped = readFileSync(file);
    const smaller = readFileSync(cachedName(root, gzipped, zopfliFor(file)));
    savedBytes += gzipped.length - smaller.length;
    writeFileSync(file, smaller);
  }
  return { records: added.length, pages, files: files.length, compressedNow, savedBytes, seconds: (performance.now() - started) / 1000 };
}

export function searchIndex(): AstroIntegration {
  let root = '';
  let command = '';
  let webAssembly: Promise<number> | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        webAssembly = prepareWebAssembly(root);
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        webAssembly.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const early = await webAssembly;
        const report = await writeSearchIndex(fileURLToPath(dir), root);
        await pagefind.close();
        // bench/ reads this line: keep its wording.
        logger.info(
          `${report.records} sections of ${report.pages} pages indexed in ${report.seconds.toFixed(2)}s; Zopfli saved ${report.savedBytes} bytes ` +
            `in ${report.files} files (${early ?? 0} compressed beside the build, ${report.compressedNow} at the end, the rest from the cache)`,
        );
      },
    },
  };
}
