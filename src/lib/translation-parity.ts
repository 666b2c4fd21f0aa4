/**
 * Section parity: whether a translated page says what its English original says, section by section. Sections are
 * matched by order (a heading's id differs by language): the opening before the first `##`, then each `##` section.
 * In each, a translation must have the same steps (ids, in order), questions (ids, in order), callouts (types, in
 * order), links (pages of the site with the language left out; other addresses as written), facts, screen labels
 * (the English label each names) and numbers (by value, see numbers-in-text.ts). What a translation drops or adds
 * is named, so a dropped caveat with a link, an added figure or a lost callout all show.
 */
import type { GuideModel, Place } from './guide-model.ts';
import { numbersIn } from './numbers-in-text.ts';

/** What a section holds that every language must hold alike. */
export interface SectionContents {
  steps: string[];
  questions: string[];
  callouts: string[];
  links: string[];
  facts: string[];
  labels: string[];
  numbers: string[];
}

export type PartName = keyof SectionContents;

/** Parts whose order matters; the others are compared as multisets (a sentence may move within its section). */
const orderedParts: readonly PartName[] = ['steps', 'questions', 'callouts'];

const partNames: Record<PartName, string> = {
  steps: 'steps',
  questions: 'questions',
  callouts: 'callouts',
  links: 'links',
  facts: 'facts',
  labels: 'screen labels',
  numbers: 'numbers',
};

export interface ParityMismatch {
  lang: string;
  page: string;
  /** 0 for the opening before the first `##`, n for the n-th `##` section. */
  section: number;
  englishHeading: string;
  heading: string;
  part: PartName | 'sections';
  /** In English and not in the translation; in the translation and not in English. */
  missing: string[];
  extra: string[];
  /** The translation's file and where its section starts. */
  file: string;
  place: Place;
}

const openingName = '(opening, before the first heading)';

/** The index of the section a place is in: 0 before the first `##`, n inside the n-th. */
export function sectionIndexAt(model: GuideModel, place: Place): number {
  let index = 0;
  model.sections.forEach((section, i) => {
    if (section.place.line < place.line || (section.place.line === place.line && section.place.column <= place.column)) index = i + 1;
  });
  return index;
}

/**
 * A link as every language writes it: a page of the site loses its language (/ko/desktop/#get-code → /desktop/#get-code;
 * the content checks already stop a link that leaves the page's language)
 * and an anchor on a heading becomes the heading's section number, since heading ids differ by language. `headingsOf`
 * gives the heading ids of a page in a language, when known.
 */
export function normalisedLink(href: string, headingsOf?: (lang: string, page: string) => readonly string[] | undefined): string {
  const match = /^\/([a-z]{2}(?:-[a-z]{2})?)\/([^#?]*?)\/?(#.*)?$/.exec(href);
  if (!match) return href;
  const [, linkLang, path, anchor] = match;
  const page = path === '' ? 'index' : path;
  let target = anchor ?? '';
  const headings = anchor ? headingsOf?.(linkLang, page) : undefined;
  const headingIndex = headings?.indexOf(anchor!.slice(1)) ?? -1;
  if (headingIndex >= 0) target = `#(section ${headingIndex + 1})`;
  return `/${path ? `${path}/` : ''}${target}`;
}

/** What each section of a page holds: [0] the opening, [n] the n-th `##` section. */
export function sectionContents(
  model: GuideModel,
  hreflang: string,
  headingsOf?: (lang: string, page: string) => readonly string[] | undefined,
): SectionContents[] {
  const sections: SectionContents[] = Array.from({ length: model.sections.length + 1 }, () => ({
    steps: [],
    questions: [],
    callouts: [],
    links: [],
    facts: [],
    labels: [],
    numbers: [],
  }));
  const at = (place: Place) => sections[sectionIndexAt(model, place)];
  for (const step of model.steps) at(step.place).steps.push(step.id);
  for (const question of model.questions) at(question.place).questions.push(question.id);
  for (const callout of model.callouts) at(callout.place).callouts.push(callout.type);
  for (const link of model.links) if (link.kind === 'link') at(link.place).links.push(normalisedLink(link.href, headingsOf));
  for (const fact of model.facts) at(fact.place).facts.push(`${fact.element} ${fact.fact}`);
  for (const label of model.uiLabels) at(label.place).labels.push(label.en);
  for (const block of model.texts) sections[block.section + 1].numbers.push(...numbersIn(block.text, hreflang));
  return sections;
}

/** What `a` has that `b` lacks, counting repeats. */
function lacking(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const i = left.indexOf(item);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

export interface ParityInput {
  model: GuideModel;
  lang: string;
  hreflang: string;
}

/** Every way a translated page differs from English, section by section. */
export function parityMismatches(
  english: GuideModel,
  translation: ParityInput,
  page: string,
  headingsOf?: (lang: string, page: string) => readonly string[] | undefined,
): ParityMismatch[] {
  const { model, lang, hreflang } = translation;
  const ours = sectionContents(model, hreflang, headingsOf);
  const theirs = sectionContents(english, 'en', headingsOf);
  const headingAt = (m: GuideModel, i: number) => (i === 0 ? openingName : (m.sections[i - 1]?.title ?? '(none)'));
  const placeAt = (i: number): Place => (i === 0 ? { line: 1, column: 1 } : (model.sections[i - 1]?.place ?? { line: 1, column: 1 }));
  const base = (section: number) => ({ lang, page, section, englishHeading: headingAt(english, section), heading: headingAt(model, section), file: model.file, place: placeAt(section) });
  const mismatches: ParityMismatch[] = [];
  if (ours.length !== theirs.length) {
    mismatches.push({
      ...base(Math.min(ours.length, theirs.length)),
      part: 'sections',
      missing: english.sections.slice(model.sections.length).map((s) => s.title),
      extra: model.sections.slice(english.sections.length).map((s) => s.title),
    });
  }
  for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
    for (const part of Object.keys(partNames) as PartName[]) {
      const expected = theirs[i][part];
      const found = ours[i][part];
      const missing = lacking(expected, found);
      const extra = lacking(found, expected);
      const reordered = orderedParts.includes(part) && missing.length === 0 && extra.length === 0 && expected.join('\n') !== found.join('\n');
      if (missing.length > 0 || extra.length > 0 || reordered) {
        mismatches.push({ ...base(i), part, missing: reordered ? expected : missing, extra: reordered ? found : extra });
      }
    }
  }
  return mismatches;
}

/** One line a translator can act on: where, which section in both languages, and what differs. */
export function formatMismatch(m: ParityMismatch): string {
  const where = `${m.file}:${m.place.line}`;
  const section = m.section === 0 ? openingName : `section ${m.section} "${m.englishHeading}" (here "${m.heading}")`;
  const list = (items: string[]) => items.map((item) => `"${item}"`).join(', ');
  let what: string;
  if (m.part === 'sections') {
    what = `English has ${m.missing.length ? `sections this page lacks: ${list(m.missing)}` : ''}${m.extra.length ? `fewer sections; this page adds ${list(m.extra)}` : ''}`;
  } else if (m.missing.length > 0 && m.extra.length > 0 && m.missing.length === m.extra.length && lacking(m.missing, m.extra).length === 0) {
    what = `${partNames[m.part]} in another order: English ${list(m.missing)}, here ${list(m.extra)}`;
  } else {
    const parts = [m.missing.length ? `missing ${list(m.missing)}` : '', m.extra.length ? `not in English ${list(m.extra)}` : ''].filter(Boolean);
    what = `${partNames[m.part]}: ${parts.join('; ')}`;
  }
  return `${where}: ${m.lang}/${m.page}, ${section}: ${what}`;
}
