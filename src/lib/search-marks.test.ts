import { describe, expect, it } from 'vitest';
import { languages } from '../i18n/languages';
import { marksInSearch, maskMarks, unmaskMarks } from './search-marks';

describe('marksInSearch', () => {
  it('masks the marks of every language that keeps them, except where Pagefind segments the text', () => {
    const byCode = Object.fromEntries(languages.map((l) => [l.code, marksInSearch(l)]));
    expect(byCode).toMatchObject({ en: 'ignored', fr: 'ignored', gu: 'masked', hi: 'masked', ja: 'exact', th: 'exact', vi: 'ignored', ru: 'ignored', uk: 'ignored', id: 'ignored' });
    expect(marksInSearch({ hreflang: 'th', searchExactDiacritics: true })).toBe('exact');
    expect(marksInSearch({ hreflang: 'vi', searchExactDiacritics: true })).toBe('masked');
  });
});

describe('maskMarks and unmaskMarks', () => {
  const samples = ['ખાતું', 'ખત', 'ખાતરી', 'क्या डिलीट', 'eliminación', 'Tiếng Việt', 'ÜBER'];

  it('leaves no combining mark, so Pagefind stores each word once', () => {
    for (const text of samples) expect(maskMarks(text)).not.toMatch(/\p{M}/u);
  });

  it('keeps words that differ only in their marks apart', () => {
    const masked = ['ખાતું', 'ખત', 'ખાતરી'].map(maskMarks);
    expect(new Set(masked).size).toBe(3);
    expect(masked[1].startsWith('ખ') && !masked[0].startsWith(masked[1])).toBe(true);
  });

  it('gives the composed text back', () => {
    for (const text of samples) expect(unmaskMarks(maskMarks(text))).toBe(text.normalize('NFC'));
  });

  it('changes nothing else', () => {
    expect(maskMarks('AliExpress 2026 <p id="x">')).toBe('AliExpress 2026 <p id="x">');
    // A mark beyond the stand-ins' range (combining marks for symbols) stays a mark.
    expect(maskMarks('a\u20DD')).toBe('a\u20DD');
  });
});
