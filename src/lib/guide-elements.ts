/**
 * The one list of elements a guide page may contain: our MDX components, and a few HTML elements for marking the
 * direction or language of a phrase. Every attribute is a quoted string (or a bare flag); an attribute not listed
 * here, an `{…}` expression as a value, and any element not listed here stop the build (src/lib/content-checks.ts).
 * The components are passed to the page in src/pages/[lang]/[...page].astro; a new one needs a line in both.
 */

export type AttributeRule = (
  | { kind: 'id' } // lowercase Latin letters, digits and hyphens: an anchor such as #get-code
  | { kind: 'text' } // any non-empty text in the reader's language
  | { kind: 'flag' } // written alone, without a value: <Steps checklist>
  | { kind: 'one-of'; values: readonly string[] }
  | { kind: 'language' } // a BCP 47 language tag such as en or pt-BR
) & { required?: boolean };

export interface ElementRule {
  attributes: Readonly<Record<string, AttributeRule>>;
  /** The element must sit directly inside this one. */
  inside?: string;
  /** Only these elements may sit directly inside (and no Markdown text). */
  holds?: readonly string[];
  /** The attribute that names a fact in content/facts/: uses of this element are the page's facts. */
  namesFact?: string;
  /** A plain HTML element rather than one of our components. */
  html?: boolean;
}

const direction: AttributeRule = { kind: 'one-of', values: ['ltr', 'rtl', 'auto'] };
const phrase: ElementRule = { html: true, attributes: { dir: direction, lang: { kind: 'language' } } };
const bare: ElementRule = { html: true, attributes: {} };
const factId: AttributeRule = { kind: 'id', required: true };

export const guideElements = {
  Steps: { attributes: { checklist: { kind: 'flag' } }, holds: ['Step'] },
  // `label`: the English screen label the title (or question) holds, word for word; it is marked as English.
  Step: { attributes: { id: { kind: 'id', required: true }, title: { kind: 'text', required: true }, label: { kind: 'text' } }, inside: 'Steps' },
  Callout: { attributes: { type: { kind: 'one-of', values: ['note', 'caution', 'danger'], required: true }, title: { kind: 'text' } } },
  Faq: { attributes: {}, holds: ['FaqItem'] },
  FaqItem: { attributes: { id: { kind: 'id', required: true }, question: { kind: 'text', required: true }, label: { kind: 'text' } }, inside: 'Faq' },
  UiLabel: { attributes: { en: { kind: 'text', required: true } } },
  RoutesDiagram: { attributes: {} },
  // Facts from content/facts/, rendered in the reader's language (src/lib/fact-components.ts says which facts each shows).
  FactLink: { attributes: { id: factId }, namesFact: 'id' },
  Contact: { attributes: { id: factId, show: { kind: 'one-of', values: ['email', 'all'] } }, namesFact: 'id' },
  ScreenLabel: { attributes: { id: factId }, namesFact: 'id' },
  Deadline: { attributes: { place: factId, for: { kind: 'one-of', values: ['reply', 'erasure', 'complaint', 'lawsuit'] } }, namesFact: 'place' },
  RightsTable: { attributes: {} },
  YourRegulators: { attributes: {} },
  RouteNotice: { attributes: { route: factId, status: { kind: 'one-of', values: ['unavailable', 'may-not-apply'] } }, namesFact: 'route' },
  ErasureWarning: { attributes: {} },
  WhatIsKept: { attributes: {} },
  RegulatorDecision: { attributes: { id: factId }, namesFact: 'id' },
  LetterLanguage: { attributes: {} },
  LetterLink: { attributes: {} },
  bdi: phrase,
  div: phrase,
  span: phrase,
  br: bare,
  kbd: bare,
  sub: bare,
  sup: bare,
} as const satisfies Record<string, ElementRule>;

export type GuideElementName = keyof typeof guideElements;

export function elementRule(name: string): ElementRule | undefined {
  return Object.hasOwn(guideElements, name) ? (guideElements as Record<string, ElementRule>)[name] : undefined;
}

export const componentNames = Object.keys(guideElements).filter((name) => !elementRule(name)!.html);
export const htmlElementNames = Object.keys(guideElements).filter((name) => elementRule(name)!.html);

/** HTML that embeds or runs something: named in its own message, never allowed whatever the list above says. */
export const neverAllowedHtml = ['script', 'style', 'iframe', 'object', 'embed', 'form'] as const;
