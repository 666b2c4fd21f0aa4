import { describe, expect, it } from 'vitest';
import { offeredLanguage, preferredLanguages } from './language-offer';

const site = ['en', 'ko', 'gu', 'pt-BR', 'es'];

describe('offeredLanguage', () => {
  it('offers the first preferred language the site has', () => {
    expect(offeredLanguage(['ko-KR', 'ko', 'en-US'], site, 'en')).toBe('ko');
    expect(offeredLanguage(['fr-FR', 'es-MX', 'en'], site, 'en')).toBe('es');
    expect(offeredLanguage(['pt-PT'], site, 'en')).toBe('pt-BR');
  });

  it('offers nothing when the page is already in the preferred language, or nothing matches', () => {
    expect(offeredLanguage(['en-GB', 'ko'], site, 'en')).toBeUndefined();
    expect(offeredLanguage(['ko-KR'], site, 'ko')).toBeUndefined();
    expect(offeredLanguage(['fr-FR', 'de'], site, 'en')).toBeUndefined();
    expect(offeredLanguage([], site, 'en')).toBeUndefined();
  });
});

describe('preferredLanguages', () => {
  it('lists the site languages the browser prefers, in its order, each once', () => {
    expect(preferredLanguages(['pt-PT', 'ko-KR', 'ko', 'fr', 'en-US'], site)).toEqual(['pt-BR', 'ko', 'en']);
    expect(preferredLanguages(['PT-br'], site)).toEqual(['pt-BR']);
    expect(preferredLanguages(['fr', 'de'], site)).toEqual([]);
  });
});
