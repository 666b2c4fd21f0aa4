/**
 * Turning a record Pagefind found (a step, question or section of a page: src/lib/search-sections.ts) into the result
 * a reader sees: its title, its page's title, a link to it, and an excerpt with the matched words marked.
 */
import { unmaskMarks, type MarksInSearch } from './search-marks.ts';

/** An element with an id in the record, as Pagefind keeps it: where it starts (a word position) and its text. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The parts of a Pagefind fragment (a result's `data()`) that the search box reads. */
export interface PagefindFragment {
  url: string;
  content: string;
  /** The content with `<` and `>` escaped and, for Japanese and the like, zero-width spaces between words. */
  raw_content?: string;
  meta: { title?: string };
  anchors: readonly PagefindAnchor[];
}

export interface SearchHit {
  /** The step, question or section (or the page, for its opening text). */
  url: string;
  title: string;
  /** The name of the page a step, question or section is on; none for a page's opening text. */
  pageTitle?: string;
  /** HTML-escaped text with <mark> around the matched words. */
  excerpt: string;
}

/** The id of the marker before a record's hidden search words, which end the record (see sectionRecord in search-sections.ts). */
export const searchWordsId = 'search-words';
/** The id of a record's title, whose anchor holds its text (see sectionRecord). */
export const recordTitleId = 'title';

/** Word range [start, end) of the record's hidden search words, which a reader would not recognise as the page's text. */
export function hiddenRange(anchors: readonly PagefindAnchor[]): [number, number] | undefined {
  const start = anchors.find((anchor) => anchor.id === searchWordsId)?.location;
  return start === undefined ? undefined : [start, Infinity];
}

/** `length` words of the record around its densest matches, leaving out the hidden search words; matches in <mark>. */
export function excerptOf(fragment: PagefindFragment, locations: readonly number[], length: number): string {
  const text = fragment.raw_content ?? fragment.content;
  const unspaced = text.includes('\u200B');
  const words = unspaced ? text.split('\u200B') : text.split(/[\r\n\s]+/);
  const [hiddenStart, hiddenEnd] = hiddenRange(fragment.anchors) ?? [Infinity, Infinity];
  const shown = words.map((_, i) => i).filter((i) => i < hiddenStart || i >= hiddenEnd);
  const marked = new Set(locations);
  // A few words of context before the first match, as long as the window still holds the match.
  const leadIn = Math.min(2, Math.floor((length - 1) / 2));
  let from = 0;
  let most = 0;
  shown.forEach((position, index) => {
    if (!marked.has(position)) return;
    const start = Math.max(0, index - leadIn);
    const count = shown.slice(start, start + length).filter((p) => marked.has(p)).length;
    if (count > most) [from, most] = [start, count];
  });
  return shown
    .slice(from, from + length)
    .map((position) => (marked.has(position) ? `<mark>${words[position]}</mark>` : words[position]))
    .join(unspaced ? '' : ' ')
    .trim();
}

/**
 * The result for one record; `pageTitleOf` names the page a URL is on (the search box reads the site's navigation).
 * Text is composed (NFC) for display: Korean is indexed decomposed (decomposeHangul in search-sections.ts), and a
 * language whose `marks` are masked holds stand-in letters (search-marks.ts); Thai's zero-width spaces between words
 * are left out (segmentThai in search-sections.ts; excerptOf drops them).
 */
export function hitFromFragment(fragment: PagefindFragment, locations: readonly number[], pageTitleOf: (url: string) => string | undefined, excerptLength = 24, marks: MarksInSearch = 'ignored'): SearchHit {
  const text = (indexed: string) => (marks === 'masked' ? unmaskMarks(indexed) : indexed.normalize('NFC'));
  const title = text(fragment.anchors.find((anchor) => anchor.id === recordTitleId)?.text ?? fragment.meta.title ?? fragment.url).replaceAll('\u200B', '');
  const pageTitle = fragment.url.includes('#') ? pageTitleOf(fragment.url.slice(0, fragment.url.indexOf('#'))) : undefined;
  return { url: fragment.url, title, pageTitle, excerpt: text(excerptOf(fragment, locations, excerptLength)) };
}

/** Keeps only <mark> tags in an excerpt; everything else stays escaped text. */
export function safeExcerpt(excerpt: string): string {
  const escaped = excerpt.replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}
