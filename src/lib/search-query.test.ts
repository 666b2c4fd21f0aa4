import { describe, expect, it } from 'vitest';
import { queryWords, spellingVariants, tokensOf, withoutEnding, withoutPrefixes, type SearchRules } from './search-query';

const none: SearchRules = { fillers: [], prefixes: [], endings: [], equivalents: [] };

describe('tokensOf', () => {
  it('lowercases in the language and trims punctuation around words', () => {
    expect(tokensOf('Didnt get the CODE?', 'en')).toEqual(['didnt', 'get', 'the', 'code']);
    expect(tokensOf('HESABIM', 'tr')).toEqual(['hesabım']);
  });

  it('cuts Japanese with the word segmenter, as Pagefind does', () => {
    const tokens = tokensOf('認証コードが届かない', 'ja');
    expect(tokens.length).toBeGreaterThan(2);
    expect(tokens.join('')).toBe('認証コードが届かない');
  });
});

describe('queryWords', () => {
  it('drops filler words, unless the query is nothing else', () => {
    const rules = { ...none, fillers: ['how', 'do', 'i', 'my'] };
    expect(queryWords('How do I delete my account', 'en', rules).map((w) => w.word)).toEqual(['delete', 'account']);
    expect(queryWords('how do i', 'en', rules).map((w) => w.word)).toEqual(['how', 'do', 'i']);
  });

  it('searches a word with inner punctuation as Pagefind reads it and by its parts', () => {
    const words = queryWords("supprimer depuis l'appli", 'fr', { ...none, fillers: ['depuis'] });
    expect(words).toEqual([
      { word: 'supprimer', forms: ['supprimer'] },
      { word: "l'appli", forms: ['lappli', 'appli'] },
    ]);
  });

  it('adds the word without its Korean particle or ending', () => {
    const rules = { ...none, endings: ['가', '에서', '했는데'] };
    expect(queryWords('인증번호가 앱에서 탈퇴했는데', 'ko', rules).map((w) => w.forms)).toEqual([
      ['인증번호가', '인증번호'],
      ['앱에서', '앱'],
      ['탈퇴했는데', '탈퇴'],
    ]);
  });

  it('adds Hebrew forms without the attached letters, and with each of them as exact words', () => {
    const rules = { ...none, prefixes: ['ו', 'ה', 'וה'] };
    const [word] = queryWords('והחשבוניות', 'he', rules);
    expect(word.forms).toEqual(['והחשבוניות', 'חשבוניות', 'החשבוניות', '"וחשבוניות"']);
    expect(queryWords('חשבוניות', 'he', rules)[0].forms).toEqual(['חשבוניות', '"וחשבוניות"', '"החשבוניות"', '"והחשבוניות"']);
  });

  it('adds the spellings readers use for one another', () => {
    const rules = { ...none, equivalents: [['ं', 'ँ']] };
    expect(queryWords('हटाएं', 'hi', rules)[0].forms).toEqual(['हटाएं', 'हटाएँ']);
  });

  it('counts a repeated word once', () => {
    expect(queryWords('code code', 'en', none)).toHaveLength(1);
  });
});

describe('withoutEnding', () => {
  it('keeps two letters before a one-letter ending, one before a longer ending', () => {
    expect(withoutEnding('앱에서', ['에서'])).toBe('앱');
    expect(withoutEnding('카드가', ['가'])).toBe('카드');
    expect(withoutEnding('국가', ['가'])).toBeUndefined();
    expect(withoutEnding('코드', ['가'])).toBeUndefined();
  });
});

describe('withoutPrefixes', () => {
  it('takes off each prefix the word starts with, once, the longest first, and keeps three letters', () => {
    expect(withoutPrefixes('והחשבוניות', ['ו', 'ה', 'וה'])).toEqual(['חשבוניות', 'החשבוניות']);
    expect(withoutPrefixes('להוריד', ['ו', 'ה', 'ל'])).toEqual(['הוריד']);
    expect(withoutPrefixes('ובית', ['ו', 'ב'])).toEqual(['בית']);
    expect(withoutPrefixes('בית', ['ו', 'ב'])).toEqual([]);
  });
});

describe('spellingVariants', () => {
  it('tries each group member in each place, nearest spellings first', () => {
    expect(spellingVariants('konto loeschen', [['oe', 'ö']])).toEqual(['konto loeschen', 'konto löschen']);
    expect(spellingVariants('ઇન્વોઇસ', [['ો', 'ૉ'], ['ઇ', 'ઈ']])).toEqual(['ઇન્વોઇસ', 'ઈન્વોઇસ', 'ઇન્વૉઇસ', 'ઇન્વોઈસ', 'ઈન્વૉઇસ', 'ઈન્વોઈસ', 'ઇન્વૉઈસ', 'ઈન્વૉઈસ']);
  });

  it('may drop an optional mark (an empty group member) but never inserts one', () => {
    expect(spellingVariants('फ़ोन', [['़', '']])).toEqual(['फ़ोन', 'फोन']);
    expect(spellingVariants('फोन', [['़', '']])).toEqual(['फोन']);
  });

  it('replaces a letter with a nukta as a whole', () => {
    expect(spellingVariants('ज़रूरी', [['ज़', 'ज']])).toEqual(['ज़रूरी', 'जरूरी']);
    expect(spellingVariants('जरूरी', [['ज़', 'ज']])).toEqual(['जरूरी', 'ज़रूरी']);
  });

  it('stops at the limit', () => {
    expect(spellingVariants('ििििििि', [['ि', 'ी']], 5)).toHaveLength(5);
  });
});
