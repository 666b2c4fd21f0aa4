/**
 * schema.org structured data (JSON-LD) for the guide pages, built from the page's model (src/lib/guide-model.ts), the
 * same parse of the MDX the checks read, so that it cannot disagree with the page: HowTo for the method pages,
 * FAQPage for the questions, BreadcrumbList everywhere.
 */
import type { Question, Step } from './guide-model';

interface PageInfo {
  url: string;
  title: string;
  description: string;
  lang: string;
}

/** HowTo with its steps; steps from more than one section (the phone page: browser, then app) become sections. */
export function howTo(page: PageInfo, steps: Step[]) {
  const step = (s: Step, position: number) => ({ '@type': 'HowToStep', position, name: s.title, text: s.text || s.title, url: `${page.url}#${s.id}` });
  const sections = [...new Set(steps.map((s) => s.section))];
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: page.title,
    description: page.description,
    inLanguage: page.lang,
    url: page.url,
    step:
      sections.length > 1
        ? sections.map((name) => ({
            '@type': 'HowToSection',
            name,
            itemListElement: steps.filter((s) => s.section === name).map((s, i) => step(s, i + 1)),
          }))
        : steps.map((s, i) => step(s, i + 1)),
  };
}

export function faqPage(page: PageInfo, questions: Question[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: page.lang,
    url: page.url,
    mainEntity: questions.map((q) => ({ '@type': 'Question', name: q.question, url: `${page.url}#${q.id}`, acceptedAnswer: { '@type': 'Answer', text: q.answer } })),
  };
}

export function breadcrumbList(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so that no text can close the script element. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
