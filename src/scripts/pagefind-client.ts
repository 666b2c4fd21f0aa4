/**
 * A lean client for Pagefind's index: what the search box needs of pagefind.js (11.7 KB brotli, a tenth of a first
 * search) in about 1 KB. It loads this language's metadata and Pagefind's WebAssembly, asks the WebAssembly which
 * index chunks a term needs, loads them, searches, and loads a result's fragment when it is shown. Files come as
 * Pagefind wrote them (gzip), unpacked by the browser's DecompressionStream instead of pagefind.js's own inflater.
 * It speaks to the WebAssembly of Pagefind `pagefindVersion` (its wasm-bindgen exports, read from pagefind.js);
 * for any other version, or a browser without DecompressionStream, the search box loads pagefind.js instead
 * (search-box.ts), and scripts/search-index.ts stops the build until this file has been checked against the new one.
 * The term and the fragment are prepared as pagefind.js prepares them (src/lib/pagefind-term.ts).
 */
import { displayedFragment, pagefindTerm, pagefindVersion, resultsOf } from '../lib/pagefind-term';
import type { PagefindFragment } from '../lib/search-results';

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matches in the record. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

export interface SearchIndex {
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters?: string[];
}

interface PagefindExports {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_start(): void;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(pointer: number, size: number, align: number): void;
  init_pagefind(pointer: number, length: number): number;
  load_index_chunk(index: number, pointer: number, length: number): number;
  request_indexes(index: number, pointer: number, length: number): [number, number];
  // prettier-ignore
  search(index: number, term: number, termLength: number, original: number, originalLength: number, filter: number, filterLength: number, sort: number, sortLength: number, exact: boolean, exactDiacritics: boolean): [number, number];
}

const signature = 'pagefind_dcd';

/** A Pagefind file's bytes: unpacked unless the server already did (it then starts with Pagefind's signature). */
async function fetchPagefindFile(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  }
  if (new TextDecoder().decode(bytes.subarray(0, signature.length)) !== signature) throw new Error(`${url}: not a Pagefind file`);
  return bytes.subarray(signature.length);
}

/** Whether this browser and this build can use the lean client. */
export function canUseLeanClient(): boolean {
  return typeof DecompressionStream === 'function';
}

/**
 * Opens the index of `language` under `bundleUrl` (the site's `pagefind/`), whose results link under `baseUrl`.
 * Resolves to undefined when the index was written by another Pagefind version.
 */
export async function openSearchIndex(bundleUrl: string, baseUrl: string, language: string, exactDiacritics: boolean): Promise<SearchIndex | undefined> {
  // A fresh copy every time, as pagefind.js does, so a cached entry never points at an earlier build's files.
  const entry = (await (await fetch(`${bundleUrl}pagefind-entry.json?ts=${Date.now()}`)).json()) as PagefindEntry;
  if (entry.version !== pagefindVersion) return undefined;
  const languages = entry.languages;
  const index = languages[language] ?? languages[language.split('-')[0]] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
  const [metadata, module] = await Promise.all([
    fetchPagefindFile(`${bundleUrl}pagefind.${index.hash}.pf_meta`),
    fetchPagefindFile(`${bundleUrl}wasm.${index.wasm ?? 'unknown'}.pagefind`),
  ]);

  let wasm: PagefindExports;
  const imports = {
    './pagefind_web_bg.js': {
      // As wasm-bindgen's glue in pagefind.js writes it: the table of JavaScript values the module starts with.
      __wbindgen_init_externref_table() {
        const table = wasm.__wbindgen_externrefs;
        const offset = table.grow(4);
        table.set(0, undefined);
        [undefined, null, true, false].forEach((value, i) => table.set(offset + i, value));
      },
    },
  };
  const { instance } = await WebAssembly.instantiate(module as BufferSource, imports);
  wasm = instance.exports as unknown as PagefindExports;
  wasm.__wbindgen_start();

  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  /** Copies bytes into the module's memory (which takes them over) and gives their address and length. */
  const pass = (bytes: Uint8Array): [number, number] => {
    const pointer = wasm.__wbindgen_malloc(bytes.length, 1) >>> 0;
    new Uint8Array(wasm.memory.buffer).set(bytes, pointer);
    return [pointer, bytes.length];
  };
  const text = (value: string) => pass(encoder.encode(value));
  /** Reads a string the module returned, then frees it. */
  const read = ([pointer, length]: [number, number]) => {
    const value = decoder.decode(new Uint8Array(wasm.memory.buffer, pointer >>> 0, length));
    wasm.__wbindgen_free(pointer, length, 1);
    return value;
  };

  // The module hands back a new handle to the index each time it takes in a chunk.
  let handle = wasm.init_pagefind(...pass(metadata)) >>> 0;
  const chunks = new Map<string, Promise<void>>();
  const loadChunk = (hash: string) => {
    if (!chunks.has(hash)) {
      chunks.set(
        hash,
        fetchPagefindFile(`${bundleUrl}index/${hash}.pf_index`).then((chunk) => {
          handle = wasm.load_index_chunk(handle, ...pass(chunk)) >>> 0;
        }),
      );
    }
    return chunks.get(hash)!;
  };
  const fragments = new Map<string, Promise<PagefindFragment>>();
  const loadFragment = (hash: string) => {
    if (!fragments.has(hash)) {
      fragments.set(
        hash,
        fetchPagefindFile(`${bundleUrl}fragment/${hash}.pf_fragment`).then((bytes) => displayedFragment(JSON.parse(decoder.decode(bytes)) as PagefindFragment, baseUrl)),
      );
    }
    return fragments.get(hash)!;
  };

  return {
    async search(input) {
      const { term, originalTerm, exact } = pagefindTerm(input, language, entry.include_characters);
      if (!term) return { results: [] };
      const needed = JSON.parse(read(wasm.request_indexes(handle, ...text(term)))) as string[];
      await Promise.all(needed.filter(Boolean).map(loadChunk));
      const found = read(wasm.search(handle, ...text(term), ...text(originalTerm), ...text('{}'), ...text(''), exact, exactDiacritics));
      return { results: resultsOf(found).map((result) => ({ ...result, data: () => loadFragment(result.id) })) };
    },
  };
}
