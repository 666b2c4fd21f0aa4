/**
 * The search index, written at the end of `astro build`: every page with a [data-pagefind-body] is cut into its
 * steps, questions and sections (src/lib/search-sections.ts), and Pagefind indexes each as a record of its own, one
 * index per language (by <html lang>), in dist/pagefind/. Then the files a first search downloads whole are gzipped
 * again with Zopfli (src/integrations/search-compression.ts).
 *
 * Pagefind indexes and writes on one thread, so the languages are split into one part per core, each indexed by a
 * Pagefind process of its own on a worker thread (src/integrations/search-index-worker.ts): Pagefind keeps every
 * language's index apart, so the parts' files are the files one process writes, and only pagefind-entry.json is
 * merged (src/lib/search-shards.ts). The parts start with the build, to load what Pagefind needs for each language
 * and compress the WebAssembly beside the content sync and the bundling. Each language's index is kept between builds
 * under a hash of its records (node_modules/.cache/search-index/languages/), so a build indexes only the languages
 * whose pages changed. scripts/search-index.ts runs the same indexing on a dist/ folder by itself.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { languages } from '../i18n/languages.ts';
import { pagefindVersion } from '../lib/pagefind-term.ts';
import { languageShards, mergeSearchEntries, shardOfPage, type PagefindEntry } from '../lib/search-shards.ts';
import { compressWrittenIndex } from './search-compression.ts';
import type { SearchPartData, SearchPartMessage, SearchPartReport, SearchPartRequest } from './search-index-worker.ts';

export interface SearchIndexReport {
  records: number;
  pages: number;
  /** Languages indexed, and how many of them were taken from the cache. */
  languages: number;
  reused: number;
  parts: number;
  files: number;
  /** WebAssembly files compressed beside the build, and files compressed at its end. */
  compressedEarly: number;
  compressedNow: number;
  savedBytes: number;
  seconds: number;
  /**
   * Where the seconds went: reading the built pages, Pagefind indexing and writing, Zopfli on the index files (each
   * the slowest part's), and putting the parts together with the smaller files swapped in.
   */
  phases: { reading: number; indexing: number; writing: number; compressing: number; merging: number };
}

/**
 * The parts of the search index, each a worker thread with its own Pagefind process. They start before the pages
 * exist (`start`), to load what Pagefind needs and compress its WebAssembly while the build bundles and renders.
 */
export class SearchIndexParts {
  readonly shards: string[][];
  private readonly root: string;
  private readonly languageCache: string | null;
  private workers: Worker[] = [];
  private results: Promise<SearchPartReport>[] = [];

  // No parameter properties: Node loads this file itself (astro.config.mjs), and its type stripping rejects them.
  /** `languageCache`: where each language's index is kept between builds; null keeps none. */
  constructor(root: string, count = availableParallelism(), languageCache: string | null = join(root, 'node_modules/.cache/search-index/languages')) {
    this.root = root;
    this.languageCache = languageCache;
    this.shards = languageShards(
      languages.map((l) => l.code),
      count,
    );
  }

  /** Starts the parts, once. */
  start(): void {
    if (this.workers.length > 0) return;
    this.workers = this.shards.map(
      (shard, i) =>
        new Worker(new URL('./search-index-worker.ts', import.meta.url), {
          workerData: {
            searchIndexPart: true,
            root: this.root,
            languages: shard,
            withSharedWebAssembly: i === 0,
            languageCache: this.languageCache,
          } satisfies SearchPartData,
        }),
    );
    this.results = this.workers.map(
      (worker, i) =>
        new Promise<SearchPartReport>((resolve, reject) => {
          worker.once('message', (message: SearchPartMessage) => ('done' in message ? resolve(message.done) : reject(new Error(message.failed))));
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`the search index's part ${i + 1} (${this.shards[i].join(', ')}) stopped with exit code ${code}`)));
        }),
    );
    for (const result of this.results) result.catch(() => {});
    // Until the pages are sent, the parts must not keep a failed build's process alive.
    for (const worker of this.workers) worker.unref();
  }

  /** Indexes the built pages in `dist`, each part into a folder of its own under `scratch`; resolves with each part's report. */
  async index(dist: string, htmlFiles: readonly string[], scratch: string): Promise<{ output: string; report: SearchPartReport }[]> {
    this.start();
    const files = this.shards.map(() => [] as string[]);
    for (const file of htmlFiles) files[shardOfPage(relative(dist, file), this.shards)].push(file);
    try {
      // Every part is waited for, even after one has failed: another may still be writing into `scratch`, which the
      // caller removes next.
      const settled = await Promise.allSettled(
        this.workers.map(async (worker, i) => {
          const output = join(scratch, `part-${i + 1}`);
          worker.ref();
          worker.postMessage({ dist, files: files[i], output } satisfies SearchPartRequest);
          return { output, report: await this.results[i] };
        }),
      );
      const failed = settled.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      return settled.map((result) => (result as PromiseFulfilledResult<{ output: string; report: SearchPartReport }>).value);
    } finally {
      await Promise.all(this.workers.map((worker) => worker.terminate()));
    }
  }
}

/** Every file under `folder`, as paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/**
 * Moves the parts' files into one index folder. A file written by several parts (Pagefind's scripts, the WebAssembly
 * of languages without a stemmer) must be the same in each; the entries are merged.
 */
function mergeParts(outputs: readonly string[], into: string): PagefindEntry {
  const entries: PagefindEntry[] = [];
  const folders = new Set<string>();
  for (const output of outputs) {
    for (const file of filesUnder(output)) {
      const from = join(output, file);
      if (file === 'pagefind-entry.json') {
        entries.push(JSON.parse(readFileSync(from, 'utf8')) as PagefindEntry);
        continue;
      }
      const to = join(into, file);
      if (existsSync(to)) {
        if (!readFileSync(to).equals(readFileSync(from))) throw new Error(`two parts of the search index wrote different ${file}`);
        continue;
      }
      if (!folders.has(dirname(to))) mkdirSync(dirname(to), { recursive: true });
      folders.add(dirname(to));
      renameSync(from, to);
    }
  }
  const entry = mergeSearchEntries(entries);
  writeFileSync(join(into, 'pagefind-entry.json'), JSON.stringify(entry));
  return entry;
}

/** Indexes the built site in `dist` into dist/pagefind/, then swaps in the smaller gzip files. */
export async function writeSearchIndex(dist: string, root: string, parts = new SearchIndexParts(root)): Promise<SearchIndexReport> {
  const started = performance.now();
  const htmlFiles = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const output = join(dist, 'pagefind');
  const scratch = join(dist, '.pagefind-parts');
  rmSync(output, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  let written: { output: string; report: SearchPartReport }[];
  let entry: PagefindEntry;
  let mergeStarted = 0;
  try {
    written = await parts.index(dist, htmlFiles, scratch);
    mergeStarted = performance.now();
    mkdirSync(output, { recursive: true });
    entry = mergeParts(
      written.map((part) => part.output),
      output,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (entry.version !== pagefindVersion) {
    throw new Error(
      `src/lib/pagefind-term.ts: pagefindVersion is ${pagefindVersion} but Pagefind ${entry.version} wrote the index. The search box's lean client ` +
        `(src/scripts/pagefind-client.ts, src/lib/pagefind-term.ts) copies what pagefind.js ${pagefindVersion} does and calls its WebAssembly: ` +
        `compare them with the new dist/pagefind/pagefind.js (its wasm_bindgen exports, search and loadFragment), then set pagefindVersion to ${entry.version}.`,
    );
  }
  const { files, compressedNow, savedBytes } = await compressWrittenIndex(root, output);
  const reports = written.map((part) => part.report);
  const sum = (key: 'records' | 'pages' | 'languages' | 'reused' | 'compressedEarly' | 'compressedAfter') => reports.reduce((total, report) => total + report[key], 0);
  const slowest = (key: 'reading' | 'indexing' | 'writing' | 'compressing') => Math.max(...reports.map((report) => report[key]));
  return {
    records: sum('records'),
    pages: sum('pages'),
    languages: sum('languages'),
    reused: sum('reused'),
    parts: reports.length,
    files,
    compressedEarly: sum('compressedEarly'),
    compressedNow: compressedNow + sum('compressedAfter'),
    savedBytes,
    seconds: (performance.now() - started) / 1000,
    phases: {
      reading: slowest('reading'),
      indexing: slowest('indexing'),
      writing: slowest('writing'),
      compressing: slowest('compressing'),
      merging: (performance.now() - mergeStarted) / 1000,
    },
  };
}

export function searchIndex(): AstroIntegration {
  let root = '';
  let command = '';
  let parts: SearchIndexParts | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        if (command === 'build') parts = new SearchIndexParts(root);
      },
      // After the content sync, which stops a build with bad content: such a build starts no Pagefind at all.
      'astro:build:start': () => parts?.start(),
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeSearchIndex(fileURLToPath(dir), root, parts);
        const p = report.phases;
        // bench/ reads this line: keep its wording.
        logger.info(
          `${report.records} sections of ${report.pages} pages indexed in ${report.seconds.toFixed(2)}s ` +
            `(${report.languages - report.reused} of ${report.languages} languages indexed, ${report.reused} kept from a build with the same pages); Zopfli saved ${report.savedBytes} bytes ` +
            `in ${report.files} files (${report.compressedEarly} compressed beside the build, ${report.compressedNow} at the end, the rest from the cache); ` +
            `${report.parts} parts at once, the slowest: reading pages ${p.reading.toFixed(2)}s, Pagefind ${p.indexing.toFixed(2)}s, writing ${p.writing.toFixed(2)}s, ` +
            `Zopfli ${p.compressing.toFixed(2)}s; merging ${p.merging.toFixed(2)}s`,
        );
      },
    },
  };
}
