/**
 * The files a first search downloads whole (Pagefind's WebAssembly and each language's index chunks) gzipped again
 * with Zopfli (src/integrations/zopfli-pool.ts): the same bytes once unpacked, 4-5 % smaller on the wire, cached in
 * node_modules/.cache/search-index/ under a hash of the file and the options.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { zopfliAll, type ZopfliOptions } from './zopfli-pool.ts';

const cacheFolder = 'node_modules/.cache/search-index';

/**
 * Chosen by measurement (README.md, "Search"): one iteration instead of 15, and few block splits. The WebAssembly,
 * compressed beside the build, gets 3 splits (1.9 % smaller than 1 split: 2 KB of every first search); the indexes,
 * compressed at the end of it, get 1 (3.3 times faster than 3 splits, 0.5 % larger).
 */
export const webAssemblyZopfli: ZopfliOptions = { numiterations: 1, blocksplittingmax: 3 };
export const indexZopfli: ZopfliOptions = { numiterations: 1, blocksplittingmax: 1 };
export const zopfliFor = (file: string) => (file.endsWith('.pagefind') ? webAssemblyZopfli : indexZopfli);

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

/** Compresses into the cache every gzip file of one kind not there yet; returns how many it compressed. */
export async function fillCache(root: string, files: readonly Buffer[], options: ZopfliOptions, pool?: Parameters<typeof zopfliAll>[2]): Promise<number> {
  mkdirSync(join(root, cacheFolder), { recursive: true });
  const missing = [...new Map(files.map((gzipped) => [cachedName(root, gzipped, options), gzipped])).entries()].filter(([name]) => !existsSync(name));
  const smaller = await zopfliAll(
    missing.map(([, gzipped]) => gunzipSync(gzipped)),
    options,
    pool,
  );
  missing.forEach(([name, gzipped], i) => {
    // Written under a temporary name and renamed, so that a build running beside this one never reads half a file;
    // the name holds the thread too, as the search index's parts compress on threads of one process.
    const partial = `${name}.${process.pid}.${threadId}.tmp`;
    writeFileSync(partial, smaller[i].length < gzipped.length ? smaller[i] : gzipped);
    renameSync(partial, name);
  });
  return missing.length;
}

/** Compresses what the cache lacks, then replaces each file with its cached smaller copy; returns the bytes saved. */
export async function compressWrittenIndex(root: string, folder: string): Promise<{ files: number; compressedNow: number; savedBytes: number }> {
  const files = downloadedWhole(folder);
  const webAssembly = files.filter((file) => zopfliFor(file) === webAssemblyZopfli);
  const indexes = files.filter((file) => zopfliFor(file) === indexZopfli);
  const read = (paths: string[]) => paths.map((path) => readFileSync(path));
  const compressedNow = (await fillCache(root, read(webAssembly), webAssemblyZopfli)) + (await fillCache(root, read(indexes), indexZopfli));
  let savedBytes = 0;
  for (const file of files) {
    const gzipped = readFileSync(file);
    const smaller = readFileSync(cachedName(root, gzipped, zopfliFor(file)));
    savedBytes += gzipped.length - smaller.length;
    writeFileSync(file, smaller);
  }
  return { files: files.length, compressedNow, savedBytes };
}
