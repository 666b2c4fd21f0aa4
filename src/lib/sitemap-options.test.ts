import { describe, expect, it } from 'vitest';
import { isSitemapPage, withXDefault } from './sitemap-options';

describe('sitemap options', () => {
  it('leaves out the 404 and search pages', () => {
    expect(isSitemapPage('https://example.org/404/', '/')).toBe(false);
    expect(isSitemapPage('https://example.org/guide/ko/search/', '/guide/')).toBe(false);
    expect(isSitemapPage('https://example.org/guide/ko/desktop/', '/guide/')).toBe(true);
    expect(isSitemapPage('https://example.org/', '/')).toBe(true);
  });

  it('adds x-default: the chooser for overviews, English otherwise', () => {
    const links = [
      { lang: 'en', url: 'https://example.org/en/faq/' },
      { lang: 'ko', url: 'https://example.org/ko/faq/' },
    ];
    expect(withXDefault({ url: 'https://example.org/ko/faq/', links }, 'https://example.org', '/').links?.at(-1)).toEqual({
      lang: 'x-default',
      url: 'https://example.org/en/faq/',
    });
    const overview = withXDefault({ url: 'https://example.org/ko/', links }, 'https://example.org', '/');
    expect(overview.links?.at(-1)).toEqual({ lang: 'x-default', url: 'https://example.org/' });
    expect(withXDefault({ url: 'https://example.org/404/' }, 'https://example.org', '/').links).toBeUndefined();
  });

  it('drops the chooser from the language links, where the plugin files it as English', () => {
    const links = [
      { lang: 'en', url: 'https://example.org/guide/' },
      { lang: 'en', url: 'https://example.org/guide/en/' },
      { lang: 'ko', url: 'https://example.org/guide/ko/' },
    ];
    expect(withXDefault({ url: 'https://example.org/guide/', links }, 'https://example.org', '/guide/').links).toEqual([
      { lang: 'en', url: 'https://example.org/guide/en/' },
      { lang: 'ko', url: 'https://example.org/guide/ko/' },
      { lang: 'x-default', url: 'https://example.org/guide/' },
    ]);
  });
});
