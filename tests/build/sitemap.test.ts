import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hreflangsOf, languages } from '../../src/i18n/languages';
import { guidePageSlugs, toolPageSlugs } from '../../src/lib/guide-pages';
import { guidePath } from '../../src/lib/urls';

const site = 'https://aliexpress-deletion.guide';

describe('sitemap', () => {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  const byLoc = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
      m[1],
      [...m[2].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => [l[1], l[2]]),
    ]),
  );

  it('is linked from the index and from robots.txt', () => {
    expect(index).toContain(`${site}/sitemap-0.xml`);
    expect(readFileSync('dist/robots.txt', 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  it('lists every guide page and the chooser, but not the 404 or search pages', () => {
    const slugs = [...guidePageSlugs, ...toolPageSlugs];
    const expected = [`${site}/`, ...languages.flatMap((l) => slugs.map((slug) => `${site}${guidePath(l.code, slug)}`))];
    expect([...byLoc.keys()].sort()).toEqual(expected.sort());
  });

  it('gives every guide page its alternates in every language and x-default', () => {
    for (const language of languages) {
      for (const slug of [...guidePageSlugs, ...toolPageSlugs]) {
        const links = byLoc.get(`${site}${guidePath(language.code, slug)}`)!;
        const expected = languages.flatMap((l) => hreflangsOf(l).map((hreflang) => [hreflang, `${site}${guidePath(l.code, slug)}`]));
        expected.push(['x-default', slug === 'index' ? `${site}/` : `${site}${guidePath('en', slug)}`]);
        expect(links.sort(), `${language.code}/${slug}`).toEqual(expected.sort());
      }
    }
  });

  it('gives the chooser the overviews as alternates, not itself as English', () => {
    const links = byLoc.get(`${site}/`)!;
    expect(links.sort()).toEqual([...languages.flatMap((l) => hreflangsOf(l).map((hreflang) => [hreflang, `${site}/${l.code}/`])), ['x-default', `${site}/`]].sort());
  });
});
