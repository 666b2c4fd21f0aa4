import { describe, expect, it } from 'vitest';
import { hreflangsOf, languages } from '../i18n/languages';
import { alternatesFor } from './alternates';

describe('alternatesFor', () => {
  it('lists every language once and x-default, all absolute', () => {
    const alternates = alternatesFor('desktop', 'https://example.org', '/');
    expect(alternates.map((a) => a.hreflang)).toEqual([...languages.flatMap((l) => hreflangsOf(l)), 'x-default']);
    // Spanish is written for Spain and is the only Spanish: declared for both.
    expect(alternates.filter((a) => a.href === 'https://example.org/es/desktop/').map((a) => a.hreflang)).toEqual(['es', 'es-ES']);
    expect(alternates.find((a) => a.hreflang === 'ko')?.href).toBe('https://example.org/ko/desktop/');
    expect(alternates.find((a) => a.hreflang === 'x-default')?.href).toBe('https://example.org/en/desktop/');
  });

  it('points x-default of the overviews at the language chooser, under the base path', () => {
    const alternates = alternatesFor('index', 'https://example.org', '/guide/');
    expect(alternates.find((a) => a.hreflang === 'x-default')?.href).toBe('https://example.org/guide/');
    expect(alternates.find((a) => a.hreflang === 'gu')?.href).toBe('https://example.org/guide/gu/');
  });
});
