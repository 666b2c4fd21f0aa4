import { describe, expect, it } from 'vitest';
import { decodeSegment, maxTargetLength, normaliseBase, pathFor, readRequestTarget } from './request-target';

describe('readRequestTarget', () => {
  it('reads a page, a file and the root under the base path, keeping the query', () => {
    expect(readRequestTarget('/ko/desktop/?q=code', '/')).toEqual({ segments: ['ko', 'desktop'], directory: true, query: '?q=code' });
    expect(readRequestTarget('/guide/_astro/a.css', '/guide/')).toEqual({ segments: ['_astro', 'a.css'], directory: false, query: '' });
    expect(readRequestTarget('/guide/', '/guide/')).toEqual({ segments: [], directory: true, query: '' });
  });

  it('decodes each segment once: a Korean path, and a double-encoded dot stays a literal "%2e"', () => {
    expect(readRequestTarget('/%EC%BD%94%EB%93%9C/', '/')).toMatchObject({ segments: ['코드'] });
    expect(readRequestTarget('/%252e%252e/secret', '/')).toMatchObject({ segments: ['%2e%2e', 'secret'] });
  });

  it('answers 404 for a well-formed path outside the base path', () => {
    expect(readRequestTarget('/other/', '/guide/')).toEqual({ status: 404 });
    expect(readRequestTarget('/guide', '/guide/')).toEqual({ status: 404 });
  });

  it.each([
    ['malformed percent-encoding', '/%'],
    ['a percent sign without two hex digits', '/%zz/'],
    ['an encoded slash climbing out', '/%2e%2e%2fdist-x/secret'],
    ['a plain dot-dot segment', '/en/../../dist-x/secret'],
    ['an encoded dot segment', '/%2e/index.html'],
    ['backslashes', '/..\\..\\dist-x\\secret'],
    ['an encoded backslash', '/..%5c..%5csecret'],
    ['an encoded NUL', '/index.html%00.png'],
    ['an encoded control character', '/a%0d%0aLocation:%20x'],
    ['an overlong UTF-8 dot', '/%c0%ae%c0%ae/secret'],
    ['a lone surrogate', '/%ED%A0%80'],
    ['an empty segment', '//evil.example/'],
    ['an empty segment with a bracket', '//['],
    ['the absolute form', 'http://evil.example/'],
    ['the asterisk form', '*'],
    ['raw non-ASCII bytes', '/caf\u00e9/'],
    ['a space', '/a b'],
    ['a fragment', '/en/#top'],
    ['a target over the length limit', `/${'a'.repeat(maxTargetLength)}`],
  ])('answers 400 for %s', (_name, target) => {
    expect(readRequestTarget(target, '/')).toEqual({ status: 400 });
  });
});

describe('decodeSegment', () => {
  it('keeps ordinary names and refuses dot segments however they are written', () => {
    expect(decodeSegment('index.html')).toBe('index.html');
    expect(decodeSegment('..')).toBeUndefined();
    expect(decodeSegment('.%2E')).toBeUndefined();
    expect(decodeSegment('...')).toBe('...');
  });
});

describe('pathFor', () => {
  it('builds a path that starts with exactly one slash, re-encoding what needs it', () => {
    expect(pathFor('/', ['evil.example'], true)).toBe('/evil.example/');
    expect(pathFor('/guide/', ['ko', '코드'], true)).toBe('/guide/ko/%EC%BD%94%EB%93%9C/');
    expect(pathFor('/guide/', [], true)).toBe('/guide/');
    expect(pathFor('/', ['a?b'], false)).toBe('/a%3Fb');
  });
});

describe('normaliseBase', () => {
  it('adds the leading and trailing slash', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('guide')).toBe('/guide/');
    expect(normaliseBase('/some/path/')).toBe('/some/path/');
  });

  it('throws, naming the setting, for a base that is not a plain path', () => {
    expect(() => normaliseBase('/a//b/')).toThrow(/BASE_PATH/);
    expect(() => normaliseBase('/../')).toThrow(/not a path/);
  });
});
