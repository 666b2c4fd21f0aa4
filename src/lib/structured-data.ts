/**
 * schema.org structured data (JSON-LD) for the guide pages, built from the same MDX source as the page itself so
 * that it cannot disagree with it: HowTo for the method pages, FAQPage for the questions, BreadcrumbList everywhere.
 */

export interface SourceStep {
  id: string;
  title: string;
  text: string;
  /** The `##` section the step sits in. */
  section: string;
}

export interface SourceQuestion {
  id: string;
  question: string;
  answer: string;
}

/** Markdown and our components reduced to the plain text a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<UiLabel\s+en="([^"]*)"\s*\/>/g, '$1')
    .replace(/<UiLabel\s+en="([^"]*)"\s*>([\s\S]*?)<\/UiLabel>/g, '$1 ($2)')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function blocks(source: string, tag: 'Step' | 'FaqItem') {
  const pattern = new RegExp(`<${tag}((?:\\s+[A-Za-z]+=(?:"[^"]*"|'[^']*'))*)\\s*>([\\s\\S]*?)</${tag}>`, 'g');
  return [...source.matchAll(pattern)].map((match) => {
    const attributes = Object.fromEntries([...match[1].matchAll(/([A-Za-z]+)=(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1], a[2] ?? a[3]]));
    return { attributes, body: match[2], index: match.index };
  });
}

/** The steps of an MDX page, in order, each with the section heading above it. */
export function stepsFromSource(source: string): SourceStep[] {
  const headings = [...source.matchAll(/^##[ \t]+(.+)$/gm)].map((m) => ({ text: plainText(m[1]), index: m.index }));
  return blocks(source, 'Step').map(({ attributes, body, index }) => ({
    id: attributes.id,
    title: attributes.title,
    text: plainText(body),
    section: headings.filter((h) => h.index < index).at(-1)?.text ?? '',
  }));
}

export function questionsFromSource(source: string): SourceQuestion[] {
  return blocks(source, 'FaqItem').map(({ attributes, body }) => ({ id: attributes.id, question: attributes.question, answer: plainText(body) }));
}

interface PageInfo {
  url: string;
  title: string;
  description: string;
  lang: string;
}

/** HowTo with its steps; steps from more than one section (the phone page: browser, then app) become sections. */
export function howTo(page: PageInfo, steps: SourceStep[]) {
  const step = (s: SourceStep, position: number) => ({ '@type': 'HowToStep', position, name: s.title, text: s.text || s.title, url: `${page.url}#${s.id}` });
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

export function faqPage(page: PageInfo, questions: SourceQuestion[]) {
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
