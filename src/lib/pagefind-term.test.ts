import { describe, expect, it } from 'vitest';
import { displayedFragment, pagefindSegments, pagefindTerm, pagefindUrl, resultsOf } from './pagefind-term';

describe('pagefindTerm', () => {
  it('lowercases, drops punctuation and compares without marks, keeping the marks for exact matching', () => {
    expect(pagefindTerm('¿Eliminación, YA?', 'es')).toEqual({ term: 'eliminacion ya', originalTerm: 'eliminación ya', exact: false });
  });

  it('keeps the characters the index keeps', () => {
    expect(pagefindTerm('C# code', 'en', ['#']).term).toBe('c# code');
    expect(pagefindTerm('C# code', 'en', []).term).toBe('c code');
  });

  it('reads a quoted term as an exact search and leaves the quotes out', () => {
    expect(pagefindTerm('"והחשבוניות"', 'he')).toEqual({ term: 'והחשבוניות', originalTerm: 'והחשבוניות', exact: true });
  });

  it('cuts Japanese into words, as the index was cut', () => {
    expect(pagefindTerm('アカウントを削除', 'ja').term.split(' ').length).toBeGreaterThan(1);
    expect(pagefindTerm('account delete', 'en').term).toBe('account delete');
  });

  it('takes an invalid language as one without segmenting', () => {
    expect(pagefindTerm('Konto', 'not a language!').term).toBe('konto');
  });
});

describe('pagefindSegments', () => {
  it('is true for the languages Pagefind segments, with or without a region', () => {
    expect(['ja', 'zh-TW', 'th'].map(pagefindSegments)).toEqual([true, true, true]);
    expect(['en', 'hi', 'pt-br'].map(pagefindSegments)).toEqual([false, false, false]);
  });
});

describe('pagefindUrl', () => {
  it('joins the base and the record URL, leaving an absolute URL alone', () => {
    expect(pagefindUrl('/en/faq/#undo', '/guide/')).toBe('/guide/en/faq/#undo');
    expect(pagefindUrl('/en/', '/')).toBe('/en/');
    expect(pagefindUrl('https://example.org/x', '/guide/')).toBe('https://example.org/x');
  });
});

describe('displayedFragment', () => {
  it('escapes the text for excerpts, keeping the zero-width spaces between words there only', () => {
    const shown = displayedFragment({ url: '/ja/faq/', content: '<b>\u200Bコード', meta: {}, anchors: [] }, '/guide/');
    expect(shown).toEqual({ url: '/guide/ja/faq/', content: '<b>コード', raw_content: '&lt;b&gt;\u200Bコード', meta: {}, anchors: [] });
  });
});

describe('resultsOf', () => {
  it('gives each result its record, score and matched word positions', () => {
    const json = JSON.stringify({ results: [{ p: 'en_1234567', s: 2.5, l: [{ l: 3, w: 24, s: 1 }, { l: 9, w: 168, s: 2 }] }], unfiltered_total: 1 });
    expect(resultsOf(json)).toEqual([{ id: 'en_1234567', score: 2.5, words: [3, 9] }]);
  });
});
