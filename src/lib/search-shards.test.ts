import { describe, expect, it } from 'vitest';
import { filesByLanguage, isPagefindScript, languageShards, mergeSearchEntries, shardOfPage, type PagefindEntry } from './search-shards';

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

  it('writes the same entry, byte for byte, whatever order the parts come in', () => {
    const parts = [entry('1.5.2', 'ko', 'en'), entry('1.5.2', 'pt-br'), entry('1.5.2', 'ar', 'pt')];
    const written = JSON.stringify(mergeSearchEntries(parts));
    expect(JSON.stringify(mergeSearchEntries([...parts].reverse()))).toBe(written);
    expect(Object.keys(JSON.parse(written).languages)).toEqual(['ar', 'en', 'ko', 'pt', 'pt-br']);
  });

  it('refuses parts that share a language or come from different Pagefind versions', () => {
    expect(() => mergeSearchEntries([entry('1.5.2', 'en'), entry('1.5.2', 'en', 'ko')])).toThrow(/both hold the language "en"/);
    expect(() => mergeSearchEntries([entry('1.5.2', 'en'), entry('1.6.0', 'ko')])).toThrow(/different Pagefind versions \(1\.5\.2, 1\.6\.0\)/);
    expect(() => mergeSearchEntries([])).toThrow(/different Pagefind versions/);
    expect(() => mergeSearchEntries([{ ...entry('1.5.2', 'en'), include_characters: ['_'] }, { ...entry('1.5.2', 'ko'), include_characters: ['-'] }])).toThrow(/disagree on "include_characters"/);
    expect(() => mergeSearchEntries([entry('1.5.2', 'en'), { ...entry('1.5.2', 'ko'), include_characters: ['_'] }])).toThrow(/disagree on the fields/);
  });
});

describe("an index's files by language", () => {
  const index: PagefindEntry = {
    version: '1.5.2',
    languages: {
      pt: { hash: 'pt_aa11', wasm: 'pt', page_count: 2 },
      'pt-br': { hash: 'pt-br_bb22', wasm: 'pt', page_count: 3 },
      gu: { hash: 'gu_cc33', wasm: null, page_count: 1 },
    },
  };
  const paths = [
    'pagefind.js',
    'pagefind-ui.css',
    'pagefind-entry.json',
    'pagefind.pt_aa11.pf_meta',
    'pagefind.pt-br_bb22.pf_meta',
    'pagefind.gu_cc33.pf_meta',
    'wasm.pt.pagefind',
    'wasm.unknown.pagefind',
    'index/pt_1.pf_index',
    'index/pt-br_2.pf_index',
    'fragment/pt-br_3.pf_fragment',
    'fragment/gu_4.pf_fragment',
    'filter/gu_5.pf_filter',
  ];

  it("gives each language its metadata, chunks, fragments, filters and its stemmer's WebAssembly (shared), Pagefind's scripts to none", () => {
    expect(Object.fromEntries(filesByLanguage(paths, index))).toEqual({
      pt: ['pagefind.pt_aa11.pf_meta', 'wasm.pt.pagefind', 'index/pt_1.pf_index'],
      'pt-br': ['pagefind.pt-br_bb22.pf_meta', 'wasm.pt.pagefind', 'index/pt-br_2.pf_index', 'fragment/pt-br_3.pf_fragment'],
      gu: ['pagefind.gu_cc33.pf_meta', 'fragment/gu_4.pf_fragment', 'filter/gu_5.pf_filter'],
    });
    // Pagefind writes the WebAssembly of languages without a stemmer into every index, as it does its scripts.
    expect(paths.filter(isPagefindScript)).toEqual(['pagefind.js', 'pagefind-ui.css', 'wasm.unknown.pagefind']);
  });

  it('stops at a file of no language it knows, naming it', () => {
    expect(() => filesByLanguage([...paths, 'fragment/ko_6.pf_fragment'], index)).toThrow(
      'Pagefind wrote fragment/ko_6.pf_fragment, which is not the file of one language of pagefind-entry.json (pt, pt-br, gu)',
    );
    expect(() => filesByLanguage([...paths, 'pagefind.xx_1.pf_meta'], index)).toThrow('Pagefind wrote pagefind.xx_1.pf_meta');
    expect(() => filesByLanguage([...paths, 'wasm.ko.pagefind'], index)).toThrow('Pagefind wrote wasm.ko.pagefind');
  });
});
