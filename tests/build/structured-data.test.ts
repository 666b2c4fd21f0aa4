/** JSON-LD on every guide page parses and agrees with the page: HowTo steps, FAQ questions, breadcrumbs. */
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { guidePageSlugs } from '../../src/lib/guide-pages';
import { guidePath } from '../../src/lib/urls';
import { fileForUrlPath, readPage } from '../support/dist';

const site = 'https://aliexpress-deletion.guide';
const pages = languages.flatMap((l) => guidePageSlugs.map((slug) => ({ code: l.code, hreflang: l.hreflang, slug, path: guidePath(l.code, slug) })));

interface Thing {
  '@type': string;
  [key: string]: unknown;
}

function structuredData(path: string): Thing[] {
  return readPage(fileForUrlPath(path))
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.text) as Thing);
}

function stepNames(howTo: Thing): string[] {
  const steps = howTo.step as Thing[];
  return steps.flatMap((s) => (s['@type'] === 'HowToSection' ? (s.itemListElement as Thing[]) : [s])).map((s) => s.name as string);
}

describe('structured data', () => {
  it.each(pages)('$path: valid JSON-LD with a breadcrumb ending at this page', ({ code, slug, path }) => {
    const data = structuredData(path);
    for (const thing of data) expect(thing['@context']).toBe('https://schema.org');
    const breadcrumb = data.find((t) => t['@type'] === 'BreadcrumbList')!;
    const items = breadcrumb.itemListElement as Thing[];
    expect(items[0].item).toBe(`${site}/${code}/`);
    expect(items.at(-1)!.item).toBe(`${site}${path}`);
    expect(items.at(-1)!.name).toBe(readPage(fileForUrlPath(path)).querySelector('.guide-nav a[aria-current="page"]')!.text.trim());
    expect(items).toHaveLength(slug === 'index' ? 1 : 2);
  });

  it.each(pages.filter((p) => ['desktop', 'mobile-browser', 'privacy-erasure'].includes(p.slug)))(
    '$path: HowTo steps are exactly the steps on the page, in order',
    ({ hreflang, path }) => {
      const howTo = structuredData(path).find((t) => t['@type'] === 'HowTo')!;
      expect(howTo.inLanguage).toBe(hreflang);
      const onPage = readPage(fileForUrlPath(path)).querySelectorAll('.step-title').map((h) => h.text.trim());
      expect(stepNames(howTo)).toEqual(onPage);
      const urls = (howTo.step as Thing[]).flatMap((s) => (s['@type'] === 'HowToSection' ? (s.itemListElement as Thing[]) : [s])).map((s) => s.url);
      expect(urls).toEqual(readPage(fileForUrlPath(path)).querySelectorAll('.step-title').map((h) => `${site}${path}#${h.id}`));
    },
  );

  it.each(pages.filter((p) => p.slug === 'faq'))('$path: FAQPage questions are exactly the questions on the page', ({ path }) => {
    const faq = structuredData(path).find((t) => t['@type'] === 'FAQPage')!;
    const questions = (faq.mainEntity as Thing[]).map((q) => q.name);
    expect(questions).toEqual(readPage(fileForUrlPath(path)).querySelectorAll('.faq-item h3').map((h) => h.text.trim()));
    for (const q of faq.mainEntity as Thing[]) expect(((q.acceptedAnswer as Thing).text as string).length).toBeGreaterThan(20);
  });
});
