import { describe, expect, it } from 'vitest';
import { offeredLanguage } from './language-offer';

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
