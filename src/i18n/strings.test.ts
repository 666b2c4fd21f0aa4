import { describe, expect, it } from 'vitest';
import en from './strings/en.json';
import { languages } from './languages';
import { problemsWithStrings, stringsFor } from './strings';

describe('UI strings', () => {
  it('every language has every key with the same placeholders', async () => {
    for (const language of languages) {
      const strings = (await import(`./strings/${language.code}.json`)).default;
      expect(problemsWithStrings(language.code, strings), language.code).toEqual([]);
    }
  });

  it('names missing keys, unknown keys and wrong placeholders', () => {
    const broken: Record<string, string> = { ...en, 'page.next': '', 'extra.key': 'x', 'search.resultCount': '{n} results' };
    expect(problemsWithStrings('xx', broken)).toEqual([
      'src/i18n/strings/xx.json: "search.resultCount" has placeholders {n}, expected {count,query}',
      'src/i18n/strings/xx.json: "page.next" is missing or empty',
      'src/i18n/strings/xx.json: "extra.key" is not a known key (see en.json)',
    ]);
  });

  it('fills placeholders', () => {
    expect(stringsFor('ko')('search.resultCount', { query: '코드', count: 3 })).toBe('“코드” 검색 결과 3건');
  });
});

describe('no English left in other languages', () => {
  /** Keys whose value may equal English: punctuation templates. */
  const sameEverywhere = new Set([
    'callout.withTitle',
    'uiLabel.open',
    'uiLabel.close',
    'fact.lawWithProvision',
    'deadline.withBasis',
    'deadline.withExtension',
    'contact.separator',
    'rights.deadline',
    'rights.separator',
    'uiLabel.separator',
    'fact.provision.paragraph',
  ]);
  /** Keys whose value may equal English in one language: Vietnamese and Indonesian write "email" as English does. */
  const sameInLanguage: Record<string, ReadonlySet<string>> = {
    vi: new Set(['contact.withEmail']),
    id: new Set(['contact.withEmail']),
  };

  it('every UI string is translated', async () => {
    const untranslated: string[] = [];
    for (const language of languages.filter((l) => l.code !== 'en')) {
      const strings = (await import(`./strings/${language.code}.json`)).default as Record<string, string>;
      for (const [key, value] of Object.entries(en)) {
        if (!sameEverywhere.has(key) && !sameInLanguage[language.code]?.has(key) && strings[key] === value) untranslated.push(`${language.code}: ${key}`);
      }
    }
    expect(untranslated).toEqual([]);
  });
});
