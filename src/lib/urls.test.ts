import { describe, expect, it } from 'vitest';
import { absoluteUrl, guidePath, isExternalHref, languageSegment, samePageIn, stripBase, withBase } from './urls';

describe('urls', () => {
  it('builds guide paths, with the overview at the language root', () => {
    expect(guidePath('ko', 'index')).toBe('/ko/');
    expect(guidePath('gu', 'desktop')).toBe('/gu/desktop/');
  });

  it('joins a base path with or without its slash', () => {
    expect(withBase('/', '/ko/')).toBe('/ko/');
    expect(withBase('/guide/', '/ko/')).toBe('/guide/ko/');
    expect(withBase('/guide', 'pagefind/pagefind.js')).toBe('/guide/pagefind/pagefind.js');
  });

  it('makes absolute URLs under the base path', () => {
    expect(absoluteUrl('https://example.org', '/guide/', '/ko/desktop/')).toBe('https://example.org/guide/ko/desktop/');
    expect(absoluteUrl('https://example.org/', '/', '/')).toBe('https://example.org/');
  });

  it('strips the base path and finds the language segment', () => {
    expect(stripBase('/guide/', '/guide/ko/faq/')).toBe('/ko/faq/');
    expect(stripBase('/', '/ko/faq/')).toBe('/ko/faq/');
    expect(languageSegment('/ko/faq/')).toBe('ko');
    expect(languageSegment('/')).toBeUndefined();
  });
});

describe('isExternalHref', () => {
  it('tells links to other sites from links inside this one', () => {
    expect(isExternalHref('https://privacy.aliexpress.com/')).toBe(true);
    expect(isExternalHref('//example.org/')).toBe(true);
    expect(isExternalHref('/ko/desktop/#get-code')).toBe(false);
    expect(isExternalHref('#get-code')).toBe(false);
    expect(isExternalHref('mailto:DataProtection.AE@aliexpress.com')).toBe(false);
  });
});

describe('samePageIn', () => {
  it('puts the path after the other language', () => {
    expect(samePageIn('ko', 'desktop/')).toBe('/ko/desktop/');
    expect(samePageIn('pt-br', '')).toBe('/pt-br/');
    expect(samePageIn('gu', '/faq/')).toBe('/gu/faq/');
  });
});
