import { describe, expect, it } from 'vitest';
import { languageShards, mergeSearchEntries, shardOfPage, type PagefindEntry } from './search-shards';

const entry = (version: string, ...languages: string[]): PagefindEntry => ({
  version,
  languages: Object.fromEntries(languages.map((l) => [l, { hash: `${l}_1234`, wasm: l, page_count: 7 }])),
});

describe('splitting the search index by language', () => {
  it('puts every language in exactly one group, the groups no more than one apart in size', () => {
    const codes = ['en', 'ko', 'gu', 'ja', 'ar'];
    const shards = languageShards(codes, 2);
    expect(shards).toEqual([['en', 'gu', 'ar'], ['ko', 'ja']]);
    expect(shards.flat().sort()).toEqual([...codes].sort());
    expect(languageShards(codes, 8)).toHaveLength(5);
    expect(languageShards(codes, 0)).toEqual([codes]);
  });

  it('finds a page its group by its language folder, and sends any other page to the first group', () => {
    const shards = [['en', 'gu'], ['ko', 'pt-br']];
    expect(shardOfPage('ko/desktop/index.html', shards)).toBe(1);
    expect(shardOfPage('pt-br/index.html', shards)).toBe(1);
    expect(shardOfPage('en/faq/index.html', shards)).toBe(0);
    expect(shardOfPage('index.html', shards)).toBe(0);
    expect(shardOfPage('koala/index.html', shards)).toBe(0);
  });

  it('merges the entries of the parts into one that lists every language, with the settings they share', () => {
    expect(mergeSearchEntries([entry('1.5.2', 'en', 'gu'), entry('1.5.2', 'ko')])).toEqual(entry('1.5.2', 'en', 'gu', 'ko'));
    const withCharacters = (e: PagefindEntry) => ({ ...e, include_characters: ['_', '‿'] });
    expect(mergeSearchEntries([withCharacters(entry('1.5.2', 'en')), withCharacters(entry('1.5.2', 'ko'))])).toEqual(withCharacters(entry('1.5.2', 'en', 'ko')));
  });

  it('refuses parts that share a language or come from different Pagefind versions', () => {
    expect(() => mergeSearchEntries([entry('1.5.2', 'en'), entry('1.5.2', 'en', 'ko')])).toThrow(/both hold the language "en"/);
    expect(() => mergeSearchEntries([entry('1.5.2', 'en'), entry('1.6.0', 'ko')])).toThrow(/different Pagefind versions \(1\.5\.2, 1\.6\.0\)/);
    expect(() => mergeSearchEntries([])).toThrow(/different Pagefind versions/);
    expect(() => mergeSearchEntries([{ ...entry('1.5.2', 'en'), include_characters: ['_'] }, { ...entry('1.5.2', 'ko'), include_characters: ['-'] }])).toThrow(/disagree on "include_characters"/);
    expect(() => mergeSearchEntries([entry('1.5.2', 'en'), { ...entry('1.5.2', 'ko'), include_characters: ['_'] }])).toThrow(/disagree on the fields/);
  });
});
