/**
 * One part of the search index, on a worker thread of its own with a Pagefind process of its own
 * (src/integrations/search-index.ts starts one per core when the build starts). Pagefind indexes on one thread, so
 * several processes, each for some of the languages, index and write in parallel.
 *
 * As soon as it starts, a part indexes a sentence of each of its languages: that loads what Pagefind loads on first
 * use of a language (Japanese's segmenter dictionary takes 1.3 s), and gives the WebAssembly, which depends only on
 * Pagefind and the languages, so it is Zopfli-compressed beside the build (on one thread at a low priority). Then it
 * waits for the built pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { languages, type Language } from '../i18n/languages.ts';
import { marksInSearch } from '../lib/search-marks.ts';
import { searchPageOf, sectionRecord, sectionUrl } from '../lib/search-sections.ts';
import { fillCache, indexZopfli, webAssemblyZopfli } from './search-compression.ts';

export interface SearchPartData {
  /** Marks the parts' threads: a module imported on another worker thread must not answer its messages. */
  searchIndexPart: true;
  root: string;
  /** The language codes of this part (src/lib/search-shards.ts). */
  languages: string[];
  /** Whether this part compresses Pagefind's WebAssembly for languages without a stemmer of their own. */
  withSharedWebAssembly: boolean;
}

export interface SearchPartRequest {
  dist: string;
  /** The built pages of this part's languages, absolute paths. */
  files: string[];
  /** A folder to write this part's index into. */
  output: string;
}

export interface SearchPartReport {
  records: number;
  pages: number;
  /** WebAssembly files compressed beside the build (or, when the pages came first, beside the indexing). */
  compressedEarly: number;
  /** Index files compressed right after this part wrote them (the other parts may still be indexing). */
  compressedAfter: number;
  compressing: number;
  reading: number;
  indexing: number;
  writing: number;
}

export type SearchPartMessage = { done: SearchPartReport } | { failed: string };

/** A small page in the language: its name and the site's tagline (src/i18n/strings/), the kind of text pages hold. */
function warmUpRecord(root: string, language: Language): string {
  const strings = JSON.parse(readFileSync(join(root, 'src/i18n/strings', `${language.code}.json`), 'utf8')) as Record<string, string>;
  return `<html lang="${language.hreflang}"><head></head><body><h1>${language.ownName}</h1><p>${strings['site.tagline']}</p></body></html>`;
}

/** An index's files as Pagefind gives them (paths relative to the index folder), in memory. */
type IndexFiles = { path: string; content: Uint8Array }[];

/**
 * The index's files, from Pagefind's memory rather than written by Pagefind: its writeFiles answers before its last
 * writes are done (tokio files, never flushed), so a file read or a process closed right after it could be cut short
 * (a flaky test found a shortened pagefind-ui.js). The same bytes; written here, synchronously.
 */
async function filesOf(index: NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>): Promise<IndexFiles> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
  return files;
}

const gzipFiles = (files: IndexFiles, which: (path: string) => boolean) => files.filter((file) => which(file.path)).map((file) => Buffer.from(file.content));

/**
 * Indexes a sentence of each language; resolves when Pagefind is ready for the pages, with the compression of the
 * WebAssembly it gave still running.
 */
async function warmUp({ root, languages: codes, withSharedWebAssembly }: SearchPartData): Promise<{ compressing: Promise<number> }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const language of languages.filter((l) => codes.includes(l.code))) {
    // Sent as HTML, as the pages are: a name in kanji alone ("日本語") does not load Japanese's dictionary.
    const added = await index.addHTMLFile({ url: `/${language.code}/`, content: warmUpRecord(root, language) });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  }
  const files = await filesOf(index);
  await index.deleteIndex();
  const webAssembly = gzipFiles(files, (path) => path.endsWith('.pagefind') && (withSharedWebAssembly || path !== 'wasm.unknown.pagefind'));
  const compressing = fillCache(root, webAssembly, webAssemblyZopfli, { threads: 1, lowPriority: true });
  compressing.catch(() => {});
  return { compressing };
}

/** Indexes this part's pages, one record per step, question and section (src/lib/search-sections.ts). */
async function indexPages(
  { dist, files, output }: SearchPartRequest,
  part: SearchPartData,
): Promise<Omit<SearchPartReport, 'compressedEarly' | 'compressedAfter' | 'compressing'> & { indexFiles: Buffer[] }> {
  const started = performance.now();
  let reading = 0;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  // All sections are sent at once: Pagefind's service answers them in any order, and waiting for each answer before
  // sending the next left most of the indexing time idle (3.1 s → 2.2 s for 160 pages).
  const added: Promise<void>[] = [];
  for (const file of files) {
    const readStarted = performance.now();
    const page = searchPageOf(readFileSync(file, 'utf8'));
    reading += (performance.now() - readStarted) / 1000;
    if (!page) continue;
    const pageUrl = `/${relative(dist, file).split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/');
    pages += 1;
    const language = languages.find((l) => l.hreflang === page.lang);
    if (!language) throw new Error(`${file}: <html lang="${page.lang}"> is no language of src/i18n/languages.ts`);
    if (!part.languages.includes(language.code)) {
      throw new Error(`${file}: <html lang="${page.lang}"> in another language's folder; the search index is written per language folder (dist/<code>/)`);
    }
    for (const section of page.sections) {
      const content = sectionRecord(page, section, marksInSearch(language));
      const indexed = index.addHTMLFile({ url: sectionUrl(pageUrl, section), content }).then(({ errors: problems }) => {
        if (problems.length) throw new Error(`${file}: Pagefind could not index section "${section.title}": ${problems.join('; ')}`);
      });
      // Handled here too: when a later page stops the loop, these are never awaited, and closing Pagefind rejects them.
      indexed.catch(() => {});
      added.push(indexed);
    }
  }
  await Promise.all(added);
  const indexing = (performance.now() - started) / 1000 - reading;
  const writeStarted = performance.now();
  const written = await filesOf(index);
  await index.deleteIndex();
  const folders = new Set<string>();
  for (const file of written) {
    const path = join(output, file.path);
    if (!folders.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    folders.add(dirname(path));
    writeFileSync(path, file.content);
  }
  return { records: added.length, pages, reading, indexing, writing: (performance.now() - writeStarted) / 1000, indexFiles: gzipFiles(written, (path) => path.startsWith('index/')) };
}

if (!isMainThread && parentPort && (workerData as Partial<SearchPartData> | undefined)?.searchIndexPart) {
  const port = parentPort;
  const part = workerData as SearchPartData;
  const warmedUp = warmUp(part);
  warmedUp.catch(() => {});
  port.once('message', (request: SearchPartRequest) => {
    // Pagefind's process is closed before the answer, so that the build may end this thread as soon as it has it.
    const answer = async (message: SearchPartMessage) => {
      await pagefind.close();
      port.postMessage(message);
    };
    warmedUp
      .then(async ({ compressing }) => {
        const { indexFiles, ...report } = await indexPages(request, part);
        const compressStarted = performance.now();
        const compressedAfter = await fillCache(part.root, indexFiles, indexZopfli);
        const seconds = (performance.now() - compressStarted) / 1000;
        return { ...report, compressedEarly: await compressing, compressedAfter, compressing: seconds };
      })
      .then(
        (report) => answer({ done: report }),
        (error: unknown) => answer({ failed: error instanceof Error ? error.message : String(error) }),
      );
  });
}
