/**
 * Turning a page Pagefind found into the result a reader sees: the part of the page that answers the query (the
 * step, question or section holding most of its distinct words) and an excerpt from it with the matched words marked.
 */

/** An element with an id on the page, as Pagefind records it: where it starts (a word position) and its text. */
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
  /** Where the link goes: the step, question or section that matched most words, else the page. */
  url: string;
  /** The step or section title; the page title when the best match is in the page's opening text. */
  title: string;
  pageTitle: string;
  /** HTML-escaped text with <mark> around the matched words. */
  excerpt: string;
}

/**
 * Readers' words for a step are indexed in a hidden element with this id prefix (<SearchWords>); an empty element
 * with the same id plus "-end" marks where they stop, so excerpts can leave them out.
 */
export const searchWordsIdPrefix = 'search-words-';

interface Section {
  id?: string;
  title: string;
  /** 1 for the page's opening text, 2–6 for headings. */
  level: number;
  start: number;
  end: number;
}

function sectionsOf(fragment: PagefindFragment, pageTitle: string): Section[] {
  const headings = fragment.anchors
    .filter((anchor) => /^h[1-6]$/i.test(anchor.element) && anchor.text.trim() !== '')
    .sort((a, b) => a.location - b.location);
  const top: Section = { title: pageTitle, level: 1, start: 0, end: headings[0]?.location ?? Infinity };
  return [
    top,
    ...headings.map((heading, i) => ({
      id: heading.id,
      title: heading.text.trim(),
      level: Number(heading.element.slice(1)),
      start: heading.location,
      end: headings[i + 1]?.location ?? Infinity,
    })),
  ];
}

/** Word ranges [start, end) of the hidden search words, which hold no text a reader would recognise as the page's. */
export function hiddenRanges(anchors: readonly PagefindAnchor[]): [number, number][] {
  const byId = new Map(anchors.map((anchor) => [anchor.id, anchor.location]));
  return anchors
    .filter((anchor) => anchor.id.startsWith(searchWordsIdPrefix) && !anchor.id.endsWith('-end'))
    .map((anchor) => [anchor.location, byId.get(`${anchor.id}-end`) ?? anchor.location]);
}

/**
 * The section to link to: the one holding most distinct query words; on a tie the one with more matches, then the
 * deeper heading (a step or question rather than the section around it), then the first.
 */
function bestSection(sections: readonly Section[], locationsByWord: readonly (readonly number[])[]): Section {
  const inside = (section: Section, location: number) => location >= section.start && location < section.end;
  const scored = sections.map((section) => ({
    section,
    distinct: locationsByWord.filter((locations) => locations.some((l) => inside(section, l))).length,
    matches: locationsByWord.reduce((sum, locations) => sum + locations.filter((l) => inside(section, l)).length, 0),
  }));
  scored.sort((a, b) => b.distinct - a.distinct || b.matches - a.matches || b.section.level - a.section.level || a.section.start - b.section.start);
  return scored[0].distinct > 0 ? scored[0].section : sections[0];
}

/** `length` words of the section around its densest matches, leaving out the hidden search words; matches in <mark>. */
export function excerptOf(fragment: PagefindFragment, section: { start: number; end: number }, locations: readonly number[], length: number): string {
  const text = fragment.raw_content ?? fragment.content;
  const unspaced = text.includes('\u200B');
  const words = unspaced ? text.split('\u200B') : text.split(/[\r\n\s]+/);
  const hidden = hiddenRanges(fragment.anchors);
  const shown: number[] = [];
  for (let i = section.start; i < Math.min(section.end, words.length); i++) {
    if (!hidden.some(([start, end]) => i >= start && i < end)) shown.push(i);
  }
  const marked = new Set(locations);
  let from = 0;
  let most = -1;
  shown.forEach((position, index) => {
    if (!marked.has(position)) return;
    const start = Math.max(0, index - 2);
    const count = shown.slice(start, start + length).filter((p) => marked.has(p)).length;
    if (count > most) [from, most] = [start, count];
  });
  return shown
    .slice(from, from + length)
    .map((position) => (marked.has(position) ? `<mark>${words[position]}</mark>` : words[position]))
    .join(unspaced ? '' : ' ')
    .trim();
}

/** The result for one page: a link to its best section for the query's words, that section's title and an excerpt. */
export function hitFromFragment(fragment: PagefindFragment, locationsByWord: readonly (readonly number[])[], excerptLength = 24): SearchHit {
  const pageTitle = fragment.meta.title ?? fragment.url;
  const section = bestSection(sectionsOf(fragment, pageTitle), locationsByWord);
  const excerpt = excerptOf(fragment, section, locationsByWord.flat(), excerptLength);
  return { url: section.id ? `${fragment.url}#${section.id}` : fragment.url, title: section.title, pageTitle, excerpt };
}

/** Keeps only <mark> tags in an excerpt; everything else stays escaped text. */
export function safeExcerpt(excerpt: string): string {
  const escaped = excerpt.replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}
