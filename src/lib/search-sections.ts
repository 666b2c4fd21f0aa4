/**
 * What search indexes: every step, question and section of a built page as a record of its own, so a result is the
 * part of a page that answers, and a result costs the download of that part only (Pagefind sends a result's whole
 * record to show it). scripts/search-index.ts feeds these records to Pagefind.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { pagefindSegments } from './pagefind-term.ts';
import { maskMarks, type MarksInSearch } from './search-marks.ts';
import { recordTitleId, searchWordsId } from './search-results.ts';

export interface SearchSection {
  /** The heading's id; none for the page's opening text (before its first heading). */
  id?: string;
  title: string;
  /** The section's text, one entry per paragraph, list item or cell. */
  blocks: string[];
  /** Readers' words for this section from the glossary (<SearchWords>): indexed, never shown in an excerpt. */
  searchWords: string[];
}

export interface SearchPage {
  /** `<html lang>`: Pagefind keeps one index per language. */
  lang: string;
  title: string;
  sections: SearchSection[];
}

/** Elements Pagefind leaves out of its index (its parser's list), and anything marked data-pagefind-ignore. */
const leftOut = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);
const blockTags = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'div', 'pre', 'blockquote', 'summary', 'figcaption', 'caption', 'section', 'ul', 'ol', 'table', 'tr', 'details', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The id prefix of the hidden search words a page holds per step or question (<SearchWords>). */
export const searchWordsPrefix = 'search-words-';

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The searchable element's markup, without the rest of the page: the head, header and navigation before it are most
 * of a page's bytes and none of them is indexed. Undefined when no tag has a `data-pagefind-body` attribute.
 */
function searchableMarkup(html: string): string | undefined {
  const attribute = html.search(/\sdata-pagefind-body[\s=>/]/);
  if (attribute < 0) return undefined;
  const start = html.lastIndexOf('<', attribute);
  const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1];
  if (!tag) return undefined;
  const close = html.lastIndexOf(`</${tag}>`);
  return html.slice(start, close > start ? close + tag.length + 3 : undefined);
}

/** The sections of a built page's searchable part (`[data-pagefind-body]`); undefined for a page without one. */
export function searchPageOf(html: string): SearchPage | undefined {
  const markup = searchableMarkup(html);
  if (!markup) return undefined;
  // The attribute found may stand in a script's text: then the whole page is parsed.
  const body = parse(markup).querySelector('[data-pagefind-body]') ?? parse(html).querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const pageTitle = () => parse(/<title\b[^>]*>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '').querySelector('title')?.text;
  const title = clean(body.querySelector('h1')?.text ?? pageTitle() ?? '');
  const sections: SearchSection[] = [{ title, blocks: [], searchWords: [] }];
  let block = '';
  const endBlock = () => {
    if (clean(block)) sections.at(-1)!.blocks.push(clean(block));
    block = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      block += node.text;
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (leftOut.has(tag) || element.hasAttribute('data-pagefind-ignore') || tag === 'h1') return;
    const id = element.getAttribute('id') ?? '';
    if (id.startsWith(searchWordsPrefix)) {
      sections.at(-1)!.searchWords.push(clean(element.text));
      return;
    }
    if (/^h[2-6]$/.test(tag) && id && clean(element.text)) {
      endBlock();
      sections.push({ id, title: clean(element.text), blocks: [], searchWords: [] });
      return;
    }
    if (tag === 'br') block += ' ';
    const isBlock = blockTags.has(tag);
    if (isBlock) endBlock();
    for (const child of element.childNodes) walk(child);
    if (isBlock) endBlock();
  };
  for (const child of body.childNodes) walk(child);
  endBlock();
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const lang = parse(`${htmlTag}</html>`).querySelector('html')?.getAttribute('lang') ?? 'unknown';
  return { lang, title, sections: sections.filter((s, i) => i === 0 || s.blocks.length > 0 || s.searchWords.length > 0) };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Hangul syllables decomposed into their letters (NFD). Pagefind compares words decomposed: a Korean word indexed as
 * written is stored twice, decomposed and as written, which doubles the Korean index that a first search downloads.
 * The search box composes the text again (NFC) before showing it.
 */
export function decomposeHangul(text: string): string {
  return text.replace(/[\uAC00-\uD7A3]+/g, (syllables) => syllables.normalize('NFD'));
}

const thai = /\p{Script=Thai}/u;
const thaiSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Thai with a zero-width space (U+200B) at each word boundary the platform's segmenter finds, wherever a Thai letter
 * stands on either side. Thai is written without spaces between words, and Pagefind (its extended build, which its
 * Node API runs) cuts Thai with a dictionary of its own that disagrees with the browser's: it keeps ใบแจ้งหนี้
 * ("invoice") whole and cuts ไปยังอีเมล into ไปย|ั|งอ|ี|เมล, so the words the search box cuts a query into
 * (src/lib/search-query.ts, with the browser's Intl.Segmenter) were missing from the index. Pagefind's segmenter
 * keeps a zero-width space as a boundary, and the space is invisible: the excerpts split on it (search-results.ts).
 */
export function segmentThai(text: string): string {
  if (!thai.test(text)) return text;
  let out = '';
  let previous = '';
  for (const { segment } of thaiSegmenter.segment(text)) {
    const next = segment[0];
    if (previous && !/\s/u.test(previous) && !/\s/u.test(next) && (thai.test(previous) || thai.test(next))) out += '\u200B';
    out += segment;
    previous = segment.at(-1)!;
  }
  return out;
}

/** The text as Pagefind should read it in the page's language (Thai cut into words, see segmentThai). */
function indexedText(lang: string, text: string): string {
  return /^th\b/i.test(lang) ? segmentThai(text) : text;
}

/**
 * Weights as Pagefind 1.5.2 stores them: a word's positions in a record carry the weight ×24 as an integer, and a
 * marker byte before them unless it is 25 ("a page weight of 1 is encoded as 25", pagefind/src/index/mod.rs). Plain
 * text is weight 1, 24, so every word of every record paid that byte; 1.05 is stored as 25, which saves 0.6-0.8 KB
 * of each language's index for a 4 % difference Pagefind's ranking barely feels. A title that is not an <h1> (see
 * sectionRecord) gets the weight Pagefind gives an <h1>.
 */
const titleWeight = '7';
const textWeight = '1.05';

/**
 * One section as the small HTML document Pagefind indexes: its title, its text, and the hidden search words last
 * after a marker (the search box leaves them out of excerpts). Not the page's title: Pagefind 1.5 indexes metadata
 * too, so every section would match the words of its page's title; the search box finds the page's name in the
 * site's navigation instead. The section's title is an <h1>, which Pagefind also indexes as the record's title
 * metadata (a match there ranks the record higher), except in a language Pagefind segments (Japanese, Thai): metadata
 * is not segmented, so every title would be stored again as one long word that no query matches (8.5 KB of the
 * Japanese index); there the title is a paragraph of the same weight, and the search box reads it from its anchor.
 * `marks` says how the language's combining marks are indexed (search-marks.ts).
 */
export function sectionRecord(page: SearchPage, section: SearchSection, marks: MarksInSearch = 'ignored'): string {
  const text = (t: string) => escapeHtml(indexedText(page.lang, t));
  const words = section.searchWords.join(' ');
  const title = pagefindSegments(page.lang)
    ? `<p id="${recordTitleId}" data-pagefind-weight="${titleWeight}">${text(section.title)}</p>`
    : `<h1>${text(section.title)}</h1>`;
  const html =
    `<html lang="${escapeHtml(page.lang)}"><head></head><body>${title}` +
    `<div data-pagefind-weight="${textWeight}">${section.blocks.map((b) => `<p>${text(b)}</p>`).join('')}` +
    (words ? `<div><span id="${searchWordsId}"></span>${text(words)}</div>` : '') +
    `</div></body></html>`;
  return marks === 'masked' ? maskMarks(html) : decomposeHangul(html);
}

/** The URL of a section's record: the page's address with the section's id, or the page itself for its opening. */
export function sectionUrl(pageUrl: string, section: SearchSection): string {
  return section.id ? `${pageUrl}#${section.id}` : pageUrl;
}
