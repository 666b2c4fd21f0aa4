/** The built site: every page in every language, with the right lang, dir, canonical, hreflang and picker links. */
import { describe, expect, it } from 'vitest';
import { hreflangsOf, languages } from '../../src/i18n/languages';
import { stringsFor } from '../../src/i18n/strings';
import { guidePageSlugs } from '../../src/lib/guide-pages';
import { guidePath } from '../../src/lib/urls';
import { fileForUrlPath, htmlFiles, readPage } from '../support/dist';

const site = 'https://aliexpress-deletion.guide';
const guidePages = languages.flatMap((language) => guidePageSlugs.map((slug) => ({ language, slug, path: guidePath(language.code, slug) })));

describe('every guide page in every language', () => {
  it('exists as a built HTML file', () => {
    const files = new Set(htmlFiles());
    const missing = guidePages.map((p) => fileForUrlPath(p.path)).filter((file) => !files.has(file));
    expect(missing).toEqual([]);
    expect(guidePages).toHaveLength(languages.length * 7);
  });

  it.each(guidePages)('$path has lang, dir, one h1, a title, a description and a canonical URL', ({ language, path }) => {
    const page = readPage(fileForUrlPath(path));
    const html = page.querySelector('html')!;
    expect(html.getAttribute('lang')).toBe(language.hreflang);
    expect(html.getAttribute('dir')).toBe(language.dir);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('title')?.text.trim().length).toBeGreaterThan(10);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThanOrEqual(50);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${path}`);
  });

  it.each(guidePages)('$path lists every language and x-default as absolute hreflang alternates, and each links back', ({ path }) => {
    const page = readPage(fileForUrlPath(path));
    const alternates = page.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => ({
      hreflang: link.getAttribute('hreflang')!,
      href: link.getAttribute('href')!,
    }));
    expect(alternates.map((a) => a.hreflang).sort()).toEqual([...languages.flatMap(hreflangsOf), 'x-default'].sort());
    for (const alternate of alternates) {
      expect(alternate.href.startsWith(`${site}/`), alternate.href).toBe(true);
      const target = readPage(fileForUrlPath(new URL(alternate.href).pathname));
      const backLinks = target.querySelectorAll('link[rel="alternate"]').map((link) => link.getAttribute('href'));
      expect(backLinks, `${alternate.href} should link back to ${path}`).toContain(`${site}${path}`);
    }
  });

  it.each(guidePages)('$path: the language picker keeps the reader on the same page', ({ language, slug, path }) => {
    const page = readPage(fileForUrlPath(path));
    const links = page.querySelectorAll('.language-picker a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(languages.map((l) => guidePath(l.code, slug)));
    expect(links.map((a) => a.getAttribute('lang'))).toEqual(languages.map((l) => l.hreflang));
    expect(page.querySelector('.language-picker a[aria-current]')?.getAttribute('href')).toBe(guidePath(language.code, slug));
  });

  it.each(guidePages)('$path marks the current page in the navigation and links previous/next in order', ({ language, slug, path }) => {
    const page = readPage(fileForUrlPath(path));
    expect(page.querySelector('.guide-nav a[aria-current="page"]')?.getAttribute('href')).toBe(path);
    const index = guidePageSlugs.indexOf(slug);
    const previous = page.querySelector('.prev-next a[rel="prev"]')?.getAttribute('href');
    const next = page.querySelector('.prev-next a[rel="next"]')?.getAttribute('href');
    expect(previous).toBe(index > 0 ? guidePath(language.code, guidePageSlugs[index - 1]) : undefined);
    expect(next).toBe(index < guidePageSlugs.length - 1 ? guidePath(language.code, guidePageSlugs[index + 1]) : undefined);
  });

  it.each(guidePages)('$path shows when it was last verified and its sources', ({ path }) => {
    const page = readPage(fileForUrlPath(path));
    expect(page.querySelector('.last-verified time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.querySelectorAll('.sources li').length).toBeGreaterThan(0);
  });
});

describe('the guide has the same structure in every language', () => {
  const stepIds = (path: string) => readPage(fileForUrlPath(path)).querySelectorAll('.step-title, .faq-item h3').map((h) => h.id);
  it.each(guidePageSlugs.map((slug) => ({ slug })))('$slug has the same steps and questions, in the same order, as English', ({ slug }) => {
    const english = stepIds(guidePath('en', slug));
    for (const language of languages) {
      expect(stepIds(guidePath(language.code, slug)), `${language.code}/${slug}`).toEqual(english);
    }
  });

  it('the method pages have their steps and the FAQ has at least 8 questions', () => {
    for (const language of languages) {
      expect(stepIds(guidePath(language.code, 'desktop'))).toContain('get-code');
      expect(stepIds(guidePath(language.code, 'mobile-browser'))).toContain('app-delete-account');
      expect(readPage(fileForUrlPath(guidePath(language.code, 'faq'))).querySelectorAll('details.faq-item').length).toBeGreaterThanOrEqual(8);
    }
  });

  it('AliExpress labels stay in English, marked lang="en", with a translation beside them on other languages', () => {
    for (const language of languages.filter((l) => l.code !== 'en')) {
      const labels = readPage(fileForUrlPath(guidePath(language.code, 'desktop'))).querySelectorAll('.ui-label');
      const deleteButton = labels.find((label) => label.querySelector('b[lang="en"]')?.text === 'Delete my account');
      expect(deleteButton, language.code).toBeDefined();
      expect(deleteButton!.querySelector('.ui-label-translation')?.text.trim().length, language.code).toBeGreaterThan(2);
    }
  });

  it('a label only some readers report says so inside the same brackets as its translation', () => {
    for (const language of languages) {
      const t = stringsFor(language.code);
      const labels = readPage(fileForUrlPath(guidePath(language.code, 'desktop'))).querySelectorAll('.ui-label').filter((label) => label.querySelector('.ui-label-hedge'));
      expect(labels.length, `${language.code}: the desktop page shows the reported tick-box label`).toBeGreaterThan(0);
      for (const label of labels) {
        const text = label.text;
        expect(text.split(t('uiLabel.open').trim()).length - 1, `${language.code}: ${text}`).toBe(1);
        expect(text.endsWith(`${t('hedge.label')}${t('uiLabel.close')}`), `${language.code}: ${text}`).toBe(true);
      }
    }
  });
});

describe('the language chooser and the 404 page', () => {
  it('/ lists every language in its own name, and is the x-default', () => {
    const page = readPage('index.html');
    const links = page.querySelectorAll('.chooser-list a');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(languages.map((l) => `/${l.code}/`));
    expect(links.map((a) => a.querySelector('.chooser-name')?.text)).toEqual(languages.map((l) => l.ownName));
    expect(page.querySelector('link[hreflang="x-default"]')?.getAttribute('href')).toBe(`${site}/`);
    expect(page.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    // One module script from the site (the browser's languages first); the list is complete without it.
    const scripts = page.querySelectorAll('script');
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['module']);
    expect(scripts[0].getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    expect(page.querySelectorAll('.chooser-list li').map((li) => [li.getAttribute('lang'), li.getAttribute('dir')])).toEqual(languages.map((l) => [l.hreflang, l.dir]));
  });

  it('404 offers the way back in each language', () => {
    const page = readPage('404.html');
    for (const language of languages) {
      const section = page.querySelector(`section[lang="${language.hreflang}"]`);
      expect(section?.querySelector(`a[href="/${language.code}/"]`), language.code).not.toBeNull();
    }
  });
});
