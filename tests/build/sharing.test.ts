/** Link previews and pictures: card metadata and a 1200 × 630 image for every page, the diagram and the step strip. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { stringsFor } from '../../src/i18n/strings';
import { guidePageSlugs, toolPageSlugs } from '../../src/lib/guide-pages';
import { guidePath } from '../../src/lib/urls';
import { distDir, fileForUrlPath, readPage } from '../support/dist';

const site = 'https://aliexpress-deletion.guide';
const pages = languages.flatMap((l) => [...guidePageSlugs, ...toolPageSlugs].map((slug) => ({ code: l.code, hreflang: l.hreflang, slug, path: guidePath(l.code, slug) })));

function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('preview cards', () => {
  it.each(pages)('$path has Open Graph and Twitter metadata in its language, with a 1200 × 630 image', ({ code, hreflang, path }) => {
    const page = readPage(fileForUrlPath(path));
    const meta = (key: string) => page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(meta('og:title')).toBe(page.querySelector('title')?.text);
    expect(meta('og:description')).toBe(meta('description'));
    expect(meta('og:url')).toBe(`${site}${path}`);
    // language_TERRITORY, as the Open Graph protocol asks (ko_KR, pt_BR), and the language is the page's own.
    expect(meta('og:locale')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(meta('og:locale')!.split('_')[0]).toBe(hreflang.split('-')[0]);
    if (hreflang.includes('-')) expect(meta('og:locale')).toBe(hreflang.replace('-', '_'));
    const alternates = page.querySelectorAll('meta[property="og:locale:alternate"]').map((m) => m.getAttribute('content'));
    expect(alternates).toHaveLength(languages.length - 1);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:title')).toBe(meta('og:title'));
    const image = meta('og:image')!;
    expect(image.startsWith(`${site}/og/${code}/`)).toBe(true);
    expect(meta('twitter:image')).toBe(image);
    expect(meta('og:image:alt')).toBeTruthy();
    expect(pngSize(`${distDir}${new URL(image).pathname}`)).toEqual({ width: 1200, height: 630 });
  });

  it.each(languages.map((l) => ({ code: l.code, hreflang: l.hreflang, font: l.imageFont })))(
    '$code: the preview font "$font" is installed and covers the language, so its titles are drawn, not boxes',
    ({ hreflang, font }) => {
      const lang = hreflang.split('-')[0];
      const covering = execFileSync('fc-list', [`${font}:lang=${lang}`, 'family'], { encoding: 'utf8' }).trim();
      expect(covering, `no installed font "${font}" covers ${lang}: install fonts-noto-core and fonts-noto-cjk`).not.toBe('');
    },
  );
});

describe('routes at a glance', () => {
  it.each(languages.map((l) => ({ code: l.code })))('/$code/ has the diagram with seven boxes linking into the guide', ({ code }) => {
    const diagram = readPage(fileForUrlPath(`/${code}/`)).querySelector('figure.routes-diagram')!;
    expect(diagram).not.toBeNull();
    expect(diagram.querySelector('figcaption')?.text).toContain(stringsFor(code)('diagram.title'));
    const hrefs = diagram.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      `/${code}/desktop/`,
      `/${code}/mobile-browser/#log-in`,
      `/${code}/mobile-browser/#app-open-settings`,
      `/${code}/desktop/#delete-my-account`,
      `/${code}/desktop/#get-code`,
      `/${code}/desktop/#final-delete`,
      `/${code}/after-deletion/`,
    ]);
    const desktop = readPage(fileForUrlPath(`/${code}/desktop/`));
    expect(diagram.querySelectorAll('a')[4].text.trim()).toBe(desktop.querySelector('#get-code')!.text.trim());
  });
});

describe('where you are', () => {
  it.each(pages.filter((p) => ['desktop', 'mobile-browser', 'privacy-erasure'].includes(p.slug)))('$path lists its steps as "step n of total" links', ({ code, path }) => {
    const page = readPage(fileForUrlPath(path));
    const links = page.querySelectorAll('nav.step-progress a');
    const steps = page.querySelectorAll('.step-title');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(steps.map((h) => `#${h.id}`));
    const first = stringsFor(code)('progress.stepOf', { n: 1, total: page.querySelectorAll('ol.steps')[0].querySelectorAll('li.step').length });
    expect(links[0].querySelector('.step-progress-count')?.text).toBe(first);
  });
});
