/**
 * The search index is written by several Pagefind processes at once, one per core, each for some of the languages
 * (src/integrations/search-index.ts): Pagefind keeps a separate index per language, so the files each writes are the
 * files one process would write for those languages, byte for byte; only pagefind-entry.json, which lists the
 * languages, is written by each and must be merged.
 */

/** Pagefind's pagefind-entry.json: its version, per language the hash of that language's index, and settings. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  /** Settings of the whole index, the same in every part (Pagefind 1.5 writes include_characters). */
  [setting: string]: unknown;
}

/** The language codes split into `count` groups (fewer when there are fewer languages), each language in one. */
export function languageShards(codes: readonly string[], count: number): string[][] {
  const shards = Array.from({ length: Math.max(1, Math.min(count, codes.length)) }, () => [] as string[]);
  codes.forEach((code, i) => shards[i % shards.length].push(code));
  return shards;
}

/** The shard a built page belongs to: pages live under dist/<language code>/; anything else goes with the first. */
export function shardOfPage(relativePath: string, shards: readonly (readonly string[])[]): number {
  const folder = relativePath.split(/[\\/]/)[0];
  return Math.max(0, shards.findIndex((shard) => shard.includes(folder)));
}

/**
 * One entry listing every language of the given ones (by name), with their settings, which must agree; a language in
 * two of them means two indexes for it.
 */
export function mergeSearchEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const versions = [...new Set(entries.map((entry) => entry.version))];
  if (versions.length !== 1) throw new Error(`the search index's parts were written by different Pagefind versions (${versions.join(', ') || 'none'})`);
  const settings = (entry: PagefindEntry) => Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'languages'));
  for (const [key, value] of Object.entries(settings(entries[0]))) {
    if (entries.some((entry) => JSON.stringify(entry[key]) !== JSON.stringify(value))) throw new Error(`the search index's parts disagree on "${key}" in pagefind-entry.json`);
  }
  const keys = new Set(entries.flatMap((entry) => Object.keys(settings(entry))));
  if (keys.size !== Object.keys(settings(entries[0])).length) throw new Error(`the search index's parts disagree on the fields of pagefind-entry.json (${[...keys].join(', ')})`);
  const languages = new Map<string, PagefindEntry['languages'][string]>();
  for (const entry of entries) {
    for (const [language, index] of Object.entries(entry.languages)) {
      if (languages.has(language)) throw new Error(`two parts of the search index both hold the language "${language}": pages of one language must all be in one part`);
      languages.set(language, index);
    }
  }
  // In one order whatever the parts and the cache gave: the same pages make the same file.
  const sorted = Object.fromEntries([...languages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { version: versions[0], languages: sorted, ...settings(entries[0]) };
}

/**
 * Pagefind's own scripts and styles (pagefind.js, pagefind-ui.css…) and the WebAssembly of languages without a stemmer
 * (wasm.unknown.pagefind), which it writes into every index: the same whatever was indexed.
 */
export const isPagefindScript = (path: string) =>
  path === 'wasm.unknown.pagefind' || (!path.includes('/') && !path.startsWith('wasm.') && !path.endsWith('.pf_meta') && path !== 'pagefind-entry.json');

/**
 * The files of an index (paths as Pagefind gives them) that belong to each language of its entry: its metadata
 * (pagefind.<hash>.pf_meta), its chunks, fragments and filters (named <language>_…), and its stemmer's WebAssembly
 * (wasm.<wasm>.pagefind, which languages of one stemmer share). Pagefind's scripts belong to none; any other file is an
 * error, so that nothing Pagefind writes is left out of a language kept between builds.
 */
export function filesByLanguage(paths: readonly string[], entry: PagefindEntry): Map<string, string[]> {
  const owned = new Map(Object.keys(entry.languages).map((language) => [language, [] as string[]]));
  for (const path of paths) {
    if (isPagefindScript(path) || path === 'pagefind-entry.json') continue;
    const owners = Object.entries(entry.languages).filter(
      ([language, { hash, wasm }]) =>
        path === `pagefind.${hash}.pf_meta` ||
        path === `wasm.${wasm}.pagefind` ||
        (/^(index|fragment|filter)\//.test(path) && path.split('/')[1].startsWith(`${language}_`)),
    );
    const isSharedWebAssembly = path.startsWith('wasm.');
    if (owners.length === 0 || (owners.length > 1 && !isSharedWebAssembly)) {
      throw new Error(`Pagefind wrote ${path}, which is not the file of one language of pagefind-entry.json (${Object.keys(entry.languages).join(', ')})`);
    }
    for (const [language] of owners) owned.get(language)!.push(path);
  }
  return owned;
}
