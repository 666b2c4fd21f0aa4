/**
 * One part of the search index, on a worker thread of its own with a Pagefind process of its own
 * (src/integrations/search-index.ts starts one per core when the build starts). Pagefind indexes on one thread, so
 * several processes, each for some of the languages, index and write in parallel.
 *
 * As soon as it starts, a part indexes a sentence of each of its languages: that loads what Pagefind loads on first
 * use of a language (Japanese's segmenter dictionary takes 1.3 s), and gives the WebAssembly, which depends only on
 * Pagefind and the languages, so it is Zopfli-compressed beside the build (on one thread at a low priority). Then it
 * waits for the built pages. Each language's index is kept between builds under a hash of its records
 * (`LanguageIndexCache`); the languages not found there are indexed together and the index taken apart by language.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { languages, type Language } from '../i18n/languages.ts';
import { marksInSearch } from '../lib/search-marks.ts';
import { searchPageOf, sectionRecord, sectionUrl } from '../lib/search-sections.ts';
import { filesByLanguage, isPagefindScript, mergeSearchEntries, type PagefindEntry } from '../lib/search-shards.ts';
import { fillCache, indexZopfli, webAssemblyZopfli } from './search-compression.ts';

export interface SearchPartData {
  /** Marks the parts' threads: a module imported on another worker thread must not answer its messages. */
  searchIndexPart: true;
  root: string;
  /** The language codes of this part (src/lib/search-shards.ts). */
  languages: string[];
  /** Whether this part compresses Pagefind's WebAssembly for languages without a stemmer of their own. */
  withSharedWebAssembly: boolean;
  /** Where each language's index is kept between builds, under a hash of its records (null: kept nowhere). */
  languageCache: string | null;
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
  /** Languages whose index was taken from the cache, their records unchanged since a build that indexed them. */
  reused: number;
  languages: number;
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

function entryOf(files: IndexFiles): PagefindEntry {
  const entry = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
  return JSON.parse(Buffer.from(entry.content).toString('utf8')) as PagefindEntry;
}

/** One language's index: its files (data, metadata and the WebAssembly it loads) and its pagefind-entry.json. */
interface LanguageIndex {
  entry: PagefindEntry;
  files: IndexFiles;
}

/** A section as Pagefind gets it. */
type SearchRecord = { url: string; content: string };

/** Pagefind's name for a language: its <html lang> in lower case (checked against the entry it writes). */
const pagefindLanguage = (language: Language) => language.hreflang.toLowerCase();

/**
 * Indexes the records of some languages in one index, and takes it apart by language: Pagefind keeps each language's
 * index apart, so each language's files are those it writes for that language alone (tests/build/search-index-parts.test.ts).
 */
async function indexLanguages(recordsOf: ReadonlyMap<string, readonly SearchRecord[]>): Promise<Map<string, LanguageIndex>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // All sections are sent at once, each language's in the order of its pages (Pagefind's output depends on it): its
  // service answers in any order, and waiting for each answer before sending the next left most of the time idle.
  const added = [...recordsOf.values()].flat().map((record) =>
    index.addHTMLFile(record).then(({ errors: problems }) => {
      if (problems.length) throw new Error(`${record.url}: Pagefind could not index this section: ${problems.join('; ')}`);
    }),
  );
  // Handled here too: when one fails, the others are never awaited, and closing Pagefind rejects them.
  for (const adding of added) adding.catch(() => {});
  await Promise.all(added);
  const files = await filesOf(index);
  await index.deleteIndex();
  const entry = entryOf(files);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const owned = filesByLanguage([...byPath.keys()], entry);
  const indexes = new Map<string, LanguageIndex>();
  for (const code of recordsOf.keys()) {
    const name = pagefindLanguage(languages.find((l) => l.code === code)!);
    if (!(name in entry.languages)) {
      throw new Error(`Pagefind wrote no index named "${name}" for ${code} (it wrote ${Object.keys(entry.languages).join(', ')}): see pagefindLanguage in src/integrations/search-index-worker.ts`);
    }
    indexes.set(code, { entry: { ...entry, languages: { [name]: entry.languages[name] } }, files: owned.get(name)!.map((path) => byPath.get(path)!) });
  }
  if (indexes.size !== Object.keys(entry.languages).length) throw new Error(`Pagefind wrote indexes for ${Object.keys(entry.languages).join(', ')}, not one for each of ${[...recordsOf.keys()].join(', ')}`);
  return indexes;
}

/**
 * The language indexes kept between builds (node_modules/.cache/search-index/languages/, which the deploy workflow
 * keeps): a file per language and hash of everything Pagefind was given for it (its version, every record's address
 * and HTML, in order), so a kept index is never stale, and a build indexes only the languages whose pages changed.
 * Each file holds the language's entry and files in one: its length-prefixed JSON header, then the files' bytes.
 */
class LanguageIndexCache {
  private readonly folder: string;

  constructor(folder: string) {
    this.folder = folder;
  }

  private fileOf(code: string, version: string, records: readonly SearchRecord[]): string {
    const hash = createHash('sha256').update(JSON.stringify([version, code, records])).digest('hex').slice(0, 32);
    return join(this.folder, `${code}-${hash}.bin`);
  }

  read(code: string, version: string, records: readonly SearchRecord[]): LanguageIndex | undefined {
    const file = this.fileOf(code, version, records);
    try {
      const bytes = readFileSync(file);
      const headerLength = bytes.readUInt32BE(0);
      const { entry, files } = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as { entry: PagefindEntry; files: { path: string; length: number }[] };
      let at = 4 + headerLength;
      const index = {
        entry,
        files: files.map(({ path, length }) => {
          at += length;
          return { path, content: bytes.subarray(at - length, at) };
        }),
      };
      if (at !== bytes.length) return undefined;
      const now = new Date();
      utimesSync(file, now, now);
      return index;
    } catch {
      return undefined; // not kept, unreadable, or removed meanwhile by another build's clean-up: index it
    }
  }

  write(code: string, version: string, records: readonly SearchRecord[], index: LanguageIndex): void {
    const file = this.fileOf(code, version, records);
    const header = Buffer.from(JSON.stringify({ entry: index.entry, files: index.files.map((f) => ({ path: f.path, length: f.content.length })) }));
    const headerLength = Buffer.alloc(4);
    headerLength.writeUInt32BE(header.length, 0);
    mkdirSync(this.folder, { recursive: true });
    // Written under a temporary name and renamed, so that a build running beside this one never reads half a file.
    const partial = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(partial, Buffer.concat([headerLength, header, ...index.files.map((f) => f.content)]));
    renameSync(partial, file);
  }

  /** Removes the indexes no build has used for `days` days. */
  prune(days: number): void {
    if (!existsSync(this.folder)) return;
    const unusedSince = Date.now() - days * 86_400_000;
    for (const name of readdirSync(this.folder)) {
      const path = join(this.folder, name);
      if (statSync(path).mtimeMs < unusedSince) rmSync(path, { force: true });
    }
  }
}

/** Days a kept language index may go unused before a build removes it (as the preview images' cache). */
const unusedCacheDays = 14;

function writeFiles(folder: string, files: IndexFiles): void {
  const folders = new Set<string>();
  for (const file of files) {
    const path = join(folder, file.path);
    if (!folders.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
    folders.add(dirname(path));
    writeFileSync(path, file.content);
  }
}

const gzipFiles = (files: IndexFiles, which: (path: string) => boolean) => files.filter((file) => which(file.path)).map((file) => Buffer.from(file.content));

/** What the warm-up leaves: Pagefind's scripts, its entry without languages (version and settings), the WebAssembly being compressed. */
interface WarmedUp {
  compressing: Promise<number>;
  scripts: IndexFiles;
  settings: PagefindEntry;
}

/**
 * Indexes a sentence of each language; resolves when Pagefind is ready for the pages, with the compression of the
 * WebAssembly it gave still running.
 */
async function warmUp({ root, languages: codes, withSharedWebAssembly }: SearchPartData): Promise<WarmedUp> {
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
  return { compressing, scripts: files.filter((file) => isPagefindScript(file.path)), settings: { ...entryOf(files), languages: {} } };
}

/**
 * Indexes this part's pages, one record per step, question and section (src/lib/search-sections.ts): a language whose
 * records are those of an earlier build is taken from the cache, the others are indexed.
 */
async function indexPages(
  { dist, files, output }: SearchPartRequest,
  part: SearchPartData,
  { scripts, settings }: WarmedUp,
): Promise<Omit<SearchPartReport, 'compressedEarly' | 'compressedAfter' | 'compressing'> & { indexFiles: Buffer[] }> {
  const started = performance.now();
  let pages = 0;
  const recordsOf = new Map<string, SearchRecord[]>();
  for (const file of files) {
    const page = searchPageOf(readFileSync(file, 'utf8'));
    if (!page) continue;
    const pageUrl = `/${relative(dist, file).split(sep).slice(0, -1).join('/')}/`.replace(/^\/\/$/, '/');
    pages += 1;
    const language = languages.find((l) => l.hreflang === page.lang);
    if (!language) throw new Error(`${file}: <html lang="${page.lang}"> is no language of src/i18n/languages.ts`);
    if (!part.languages.includes(language.code)) {
      throw new Error(`${file}: <html lang="${page.lang}"> in another language's folder; the search index is written per language folder (dist/<code>/)`);
    }
    if (!recordsOf.has(language.code)) recordsOf.set(language.code, []);
    for (const section of page.sections) {
      recordsOf.get(language.code)!.push({ url: sectionUrl(pageUrl, section), content: sectionRecord(page, section, marksInSearch(language)) });
    }
  }
  const reading = (performance.now() - started) / 1000;
  const { version } = settings;
  const cache = part.languageCache === null ? undefined : new LanguageIndexCache(part.languageCache);
  const indexes = new Map<string, LanguageIndex>();
  for (const [code, records] of recordsOf) {
    const kept = cache?.read(code, version, records);
    if (kept) indexes.set(code, kept);
  }
  const reused = indexes.size;
  const toIndex = new Map([...recordsOf].filter(([code]) => !indexes.has(code)));
  if (toIndex.size > 0) {
    for (const [code, index] of await indexLanguages(toIndex)) {
      indexes.set(code, index);
      cache?.write(code, version, toIndex.get(code)!, index);
    }
  }
  cache?.prune(unusedCacheDays);
  const indexing = (performance.now() - started) / 1000 - reading;
  const writeStarted = performance.now();
  const written = [...scripts, ...[...indexes.values()].flatMap((index) => index.files)];
  const unique = new Map(written.map((file) => [file.path, file]));
  writeFiles(output, [...unique.values()]);
  writeFileSync(join(output, 'pagefind-entry.json'), JSON.stringify(mergeSearchEntries([settings, ...[...indexes.values()].map((index) => index.entry)])));
  return {
    records: [...recordsOf.values()].reduce((sum, records) => sum + records.length, 0),
    pages,
    reused,
    languages: recordsOf.size,
    reading,
    indexing,
    writing: (performance.now() - writeStarted) / 1000,
    indexFiles: gzipFiles([...unique.values()], (path) => path.startsWith('index/')),
  };
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
        const { indexFiles, ...report } = await indexPages(request, part, await warmedUp);
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
