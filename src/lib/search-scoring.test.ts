import { describe, expect, it } from 'vitest';
import { answersQuery, parseQuerySet, rankOfAnswer, scoreByLanguage, targetOfLink } from './search-scoring';

describe('targetOfLink', () => {
  it('reads the page and step of a result link', () => {
    expect(targetOfLink('/ko/desktop/#get-code', 'ko')).toEqual({ page: 'desktop', anchor: 'get-code' });
    expect(targetOfLink('/ko/', 'ko')).toEqual({ page: 'index' });
    expect(targetOfLink('/guide/he/faq/#undo', 'he', '/guide/')).toEqual({ page: 'faq', anchor: 'undo' });
  });

  it('does not count a link to another language', () => {
    expect(targetOfLink('/en/desktop/#get-code', 'ko')).toBeUndefined();
  });
});

describe('answersQuery', () => {
  it('needs the exact step when a step is expected, any part of the page when a page is', () => {
    expect(answersQuery({ page: 'desktop', anchor: 'get-code' }, ['desktop#get-code'])).toBe(true);
    expect(answersQuery({ page: 'desktop', anchor: 'log-in' }, ['desktop#get-code'])).toBe(false);
    expect(answersQuery({ page: 'desktop' }, ['desktop#get-code'])).toBe(false);
    expect(answersQuery({ page: 'faq', anchor: 'undo' }, ['faq'])).toBe(true);
    expect(answersQuery({ page: 'index' }, ['faq', 'index'])).toBe(true);
  });
});

describe('rankOfAnswer and scoreByLanguage', () => {
  it('finds the rank of the first right link and turns ranks into hit@1 and hit@3', () => {
    expect(rankOfAnswer(['/ko/', '/ko/faq/#undo'], ['faq#undo'], 'ko')).toBe(2);
    expect(rankOfAnswer(['/ko/'], ['faq#undo'], 'ko')).toBeUndefined();
    const scores = scoreByLanguage([
      { lang: 'ko', rank: 1 },
      { lang: 'ko', rank: 3 },
      { lang: 'ko', rank: 4 },
      { lang: 'ko', rank: undefined },
      { lang: 'he', rank: 2 },
    ]);
    expect(scores).toEqual([
      { lang: 'ko', queries: 4, hitAt1: 0.25, hitAt3: 0.5 },
      { lang: 'he', queries: 1, hitAt1: 0, hitAt3: 1 },
      { lang: 'all', queries: 5, hitAt1: 0.2, hitAt3: 0.6 },
    ]);
  });
});

describe('parseQuerySet', () => {
  it('reads a query file', () => {
    expect(parseQuerySet('[{"query":"코드","expect":["desktop#get-code"]}]', 'ko.json')).toEqual([{ query: '코드', expect: ['desktop#get-code'] }]);
  });

  it('names the entry that is wrong and how to fix it', () => {
    expect(() => parseQuerySet('[{"query":"a","expect":["desktop#get-code"]},{"query":"b","expect":[]}]', 'ko.json')).toThrow(
      'ko.json: entry 2 ("b"): "expect" must list answers such as "desktop#get-code", "faq" or "index"',
    );
    expect(() => parseQuerySet('[{"query":"a","expect":["faq"]},{"query":"a","expect":["faq"]}]', 'ko.json')).toThrow('ko.json: entry 2: "a" is listed twice');
    expect(() => parseQuerySet('{}', 'ko.json')).toThrow('ko.json: expected a JSON array');
  });
});
