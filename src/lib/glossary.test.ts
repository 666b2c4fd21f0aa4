import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageCodes } from '../i18n/languages';
import { conceptsFile, readGlossaries, searchRulesOf, searchWordsAt } from './glossary';

const concepts = `verification-code:
  about: The emailed code.
  searchAt: [desktop#get-code, mobile-browser#get-code]
undo:
  about: Getting the account back.
  searchAt: [faq#undo]
`;

function files(entries: Record<string, string>) {
  return (path: string) => entries[path];
}

describe('readGlossaries', () => {
  it('reads every glossary of the project without a problem', () => {
    const { glossaries, problems } = readGlossaries((path) => readFileSync(path, 'utf8'));
    expect(problems).toEqual([]);
    expect(Object.keys(glossaries.byLanguage).sort()).toEqual([...languageCodes].sort());
  });

  it('names file:line and says what to add when a language lacks words for a concept', () => {
    const { problems } = readGlossaries(files({ [conceptsFile]: concepts, 'content/glossary/ko.yaml': 'words:\n  verification-code: [인증번호]\n' }), ['ko']);
    expect(problems).toEqual(['content/glossary/ko.yaml:1 words: no words for "undo" (Getting the account back.); add words.undo: [ … ]']);
  });

  it('names an unknown concept, a bad field and a missing file', () => {
    const { problems } = readGlossaries(
      files({
        [conceptsFile]: concepts,
        'content/glossary/ko.yaml': 'words:\n  verification-code: [인증번호]\n  undo: [복구]\n  refund: [환불]\n',
        'content/glossary/ja.yaml': 'words:\n  verification-code: []\n  undo: [取り消し]\nsearch:\n  fillers: [の]\n  stems: [x]\n',
      }),
      ['ko', 'ja', 'he'],
    );
    expect(problems).toEqual([
      'content/glossary/ko.yaml:4 words.refund: not a concept of content/glossary/concepts.yaml (known: verification-code, undo)',
      'content/glossary/ja.yaml:2 words.verification-code: give at least one word',
      'content/glossary/ja.yaml:6 search.stems: unknown field "stems": remove or rename',
      'content/glossary/he.yaml:1 cannot be read: every language needs a glossary (copy content/glossary/en.yaml and write its words)',
    ]);
  });

  it('checks the places of the concepts', () => {
    const { problems } = readGlossaries(files({ [conceptsFile]: 'undo:\n  about: x\n  searchAt: [FAQ#Undo]\n' }), []);
    expect(problems).toEqual(['content/glossary/concepts.yaml:3 undo.searchAt.0: a place is a page ("faq", "index") or a step or question ("desktop#get-code")']);
  });
});

describe('searchWordsAt and searchRulesOf', () => {
  const { glossaries } = readGlossaries(
    files({
      [conceptsFile]: concepts,
      'content/glossary/en.yaml': 'words:\n  verification-code: [verification code, OTP, the code]\n  undo: [get it back]\nsearch:\n  fillers: [the, it]\n',
    }),
    ['en'],
  );

  it('gives each word of the concepts placed there once, without filler words', () => {
    expect(searchWordsAt(glossaries, 'en', 'desktop#get-code')).toEqual(['verification', 'code', 'OTP']);
    expect(searchWordsAt(glossaries, 'en', 'faq#undo')).toEqual(['get', 'back']);
    expect(searchWordsAt(glossaries, 'en', 'faq#app')).toEqual([]);
  });

  it('gives the search rules with their defaults', () => {
    expect(searchRulesOf(glossaries, 'en')).toEqual({ fillers: ['the', 'it'], prefixes: [], endings: [], equivalents: [] });
  });
});
