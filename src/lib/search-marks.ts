/**
 * How search treats combining marks (accents, vowel signs) in a language. Pagefind compares words with their marks
 * stripped; with `exactDiacritics` it keeps apart words that differ only in marks by storing every marked word twice,
 * stripped and as written, which nearly doubles the Hindi and Gujarati indexes a first search downloads (their vowel
 * signs are marks). Where words are separated by spaces, the index instead holds each mark as a stand-in letter, which
 * Pagefind leaves alone: every word is stored once and compared exactly, marks included. The search box writes a query
 * the same way and turns results back into the real text. Scripts Pagefind cuts into words with a segmenter when
 * indexing (Japanese, Chinese, Thai) keep Pagefind's own `exactDiacritics`: a segmenter would not know the stand-ins.
 */
import { pagefindSegments } from './pagefind-term.ts';

export type MarksInSearch =
  /** Pagefind's default: "eliminacion" finds "eliminación". */
  | 'ignored'
  /** Pagefind's `exactDiacritics`. */
  | 'exact'
  /** Stand-in letters in the index and the query (maskMarks). */
  | 'masked';

export function marksInSearch(language: { hreflang: string; searchExactDiacritics: boolean }): MarksInSearch {
  if (!language.searchExactDiacritics) return 'ignored';
  return pagefindSegments(language.hreflang) ? 'exact' : 'masked';
}

/**
 * Marks from U+0300 (Latin combining accents) on stand in as CJK Unified Ideographs Extension A, which Pagefind reads
 * as letters (alphanumeric, no case, unchanged by normalisation), three bytes in UTF-8 like an Indic vowel sign, and
 * which a text in a language with marks masked never holds. The range covers every script block up to U+1CBF
 * (Latin, Greek, Cyrillic, Hebrew, Arabic, the Indic scripts, Thai, Tibetan, Myanmar, …); a mark beyond it stays as
 * it is and Pagefind strips it as before.
 */
const firstMark = 0x300;
const firstStandIn = 0x3400;
const standIns = 0x4dc0 - firstStandIn;

/** The text decomposed (NFD), each combining mark replaced by its stand-in letter. */
export function maskMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, (mark) => {
    const offset = mark.codePointAt(0)! - firstMark;
    return offset >= 0 && offset < standIns ? String.fromCodePoint(firstStandIn + offset) : mark;
  });
}

/** The real text again (composed, NFC) from masked text. */
export function unmaskMarks(text: string): string {
  return text.replace(/[\u3400-\u4dbf]/g, (standIn) => String.fromCodePoint(standIn.codePointAt(0)! - firstStandIn + firstMark)).normalize('NFC');
}
