/**
 * What Pagefind 1.5.2's own pagefind.js does to a search term and to a result's fragment before and after its
 * WebAssembly sees them (`search` and `loadFragment` in pagefind_web_js/lib/coupled_search.ts), for the search box's
 * lean client (src/scripts/pagefind-client.ts). Kept the same step by step, so that a query finds what it found
 * through pagefind.js.
 */
import type { PagefindFragment } from './search-results.ts';

/**
 * The Pagefind whose pagefind.js this mirrors and whose WebAssembly src/scripts/pagefind-client.ts calls. With an
 * index of any other version the search box falls back to pagefind.js, and scripts/search-index.ts stops the build
 * until both files have been compared with the new pagefind.js and this is updated.
 */
export const pagefindVersion = '1.5.2';

/** The term as Pagefind's WebAssembly takes it. */
export interface PagefindTerm {
  /** Lowercased, punctuation dropped, marks stripped (NFD): what the index's words are compared with. */
  term: string;
  /** The same before the marks are stripped: compared with the words' forms when marks count (exactDiacritics). */
  originalTerm: string;
  /** A term in double quotes: that exact word or phrase. */
  exact: boolean;
}

/** Languages Pagefind cuts into words with a segmenter, when indexing and (with the browser's) when searching. */
const segmentedLanguages = new Set(['zh', 'ja', 'th']);

export function pagefindSegments(language: string): boolean {
  return segmentedLanguages.has(language.split('-')[0].toLowerCase());
}
/** Pagefind's test for a grapheme it leaves out of a term, as written there (the alternation is not anchored as a whole). */
const droppedGrapheme = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

/**
 * `term` as Pagefind's `search` prepares it for an index in `language`; `includeCharacters` are the characters the
 * index keeps as they are (pagefind-entry.json `include_characters`).
 */
export function pagefindTerm(input: string, language: string, includeCharacters: readonly string[] = []): PagefindTerm {
  const exact = /^\s*".+"\s*$/.test(input);
  const keep = (grapheme: string) => (includeCharacters.includes(grapheme) ? grapheme : droppedGrapheme.test(grapheme) ? '' : grapheme.toLocaleLowerCase());
  let locale: string | undefined;
  try {
    locale = Intl.getCanonicalLocales(language)[0];
  } catch {
    locale = undefined;
  }
  let term: string;
  if (locale && typeof Intl.Segmenter === 'function') {
    const graphemes = (text: string) => [...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(text)].map((s) => keep(s.segment)).join('');
    if (pagefindSegments(locale)) {
      const words = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(input)].map((s) => graphemes(s.segment)).filter((word) => word !== '');
      term = words.join(' ');
    } else {
      term = graphemes(input);
    }
  } else {
    term = [...input].map(keep).join('');
  }
  const originalTerm = term.replace(/\s{2,}/g, ' ').trim();
  return { term: originalTerm.normalize('NFD').replace(/\p{M}/gu, ''), originalTerm, exact };
}

/** A result's address as Pagefind gives it: the site's base joined to the record's URL, unless that is absolute. */
export function pagefindUrl(raw: string, baseUrl: string): string {
  if (/^(https?:)?\/\//.test(raw)) return raw;
  return `${baseUrl}/${raw}`.replace(/\/+/g, '/').replace(/^(https?:\/)/, '$1/');
}

/** A fragment as Pagefind hands it to a result's `data()`: its text escaped for excerpts, its URL on the site. */
export function displayedFragment(stored: PagefindFragment, baseUrl: string): PagefindFragment {
  return {
    ...stored,
    raw_content: stored.content.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    content: stored.content.replace(/\u200B/g, ''),
    url: pagefindUrl(stored.url, baseUrl),
  };
}

/** One result of Pagefind's WebAssembly `search`, as it writes it (JSON). */
export interface RawPagefindResult {
  /** The record's fragment hash. */
  p: string;
  /** Score. */
  s: number;
  /** Where the words matched: word position `l`, weight `w` (×24) and balanced score `s`. */
  l: { l: number; w: number; s: number }[];
}

/** The record id, score and matched word positions of each result, as pagefind.js's `search` returns them. */
export function resultsOf(json: string): { id: string; score: number; words: number[] }[] {
  const { results } = JSON.parse(json) as { results: RawPagefindResult[] };
  return results.map((result) => ({ id: result.p, score: result.s, words: result.l.map((location) => location.l) }));
}
