/**
 * Finds facts typed by hand into a guide page that content/facts/ holds: an email address, a phone number or a link
 * of AliExpress's, a screen label written as <UiLabel en="…">, a deadline ("10 days", "10일"), a law cited with a
 * provision ("GDPR, Article 17"), or the month a law's rights start to apply. Each of these must come from the data
 * through a component (<Contact>, <FactLink>, <ScreenLabel>, <Deadline>, <RightsTable>…) so that a corrected fact
 * changes every page and every language at once.
 *
 * Pure: it reads plain text pieces with their positions (text, attribute values, link targets) as a parser of the MDX
 * gives them, and the facts; the build turns each finding into "file:line: … use <Component …> instead".
 */
import type { LanguageCode } from '../i18n/languages';
import { durationText, monthText, provisionText, type Translate } from './fact-phrases';
import type { Facts, Provision } from './facts-schema';
import type { GuideModel, Problem } from './guide-model';

/** A run of text from a page, where it starts, and what it is. */
export interface TextPiece {
  text: string;
  line: number;
  /** 1-based column of the piece's first character; 1 when unknown. */
  column?: number;
  /** Prose (the default), an attribute's value, or a link's target. */
  kind?: 'text' | 'attribute' | 'href';
  /** For an attribute: the component and the attribute's name (<UiLabel en="…">: "UiLabel", "en"). */
  component?: string;
  attribute?: string;
  /** The block the piece stands in (a paragraph split by markup), where a provision looks for its law's name. */
  context?: string;
}

export interface HandTypedFact {
  line: number;
  column: number;
  /** The text as the page has it. */
  found: string;
  /** The fact it repeats: "contacts/dpo", "links/delete-page", "jurisdictions/kr deadline"… */
  fact: string;
  /** What to write instead. */
  use: string;
}

interface Needle {
  pattern: RegExp;
  /** Characters that must not touch a match, before or after it: it would be part of a longer number or word. */
  notGlued?: { before?: RegExp; after?: RegExp };
  fact: string;
  use: string;
  /** Only in attribute values of this component and attribute (the English of a <UiLabel>). */
  only?: { component: string; attribute: string };
  /** Only when one of these also appears in the same piece (a provision is a fact only beside its law's name). */
  near?: string[];
  /**
   * The fact as written holds a digit, which every match holds too: a piece without digits (most of them) is not
   * searched for it.
   */
  hasDigit?: boolean;
}

const digit = /\p{N}/u;
const digitOrLatin = /[\p{Script=Latin}\p{N}]/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A needle that is not part of a longer number or Latin word ("10 days" is not found in "110 days", "Art. 1" not in
 * "Art. 12"). Other scripts attach particles and postpositions to it ("10일입니다", "મે 2027થી", "から10日以内"),
 * so only digits and Latin letters count as glued. The neighbours are checked outside the regular expression
 * (standaloneMatches): as lookarounds, Unicode classes in a case-insensitive expression cost 0.2 ms each to compile,
 * and with some 2,000 needles that was most of this check's time in a build.
 */
function needleFor(text: string, source = escape(text)): Pick<Needle, 'pattern' | 'notGlued' | 'hasDigit'> {
  const guard = (char: string) => (digit.test(char) ? digit : digitOrLatin.test(char) ? digitOrLatin : undefined);
  const [first, last] = [text.at(0) ?? '', [...text].at(-1) ?? ''];
  return { pattern: new RegExp(source, 'giu'), notGlued: { before: guard(first), after: guard(last) }, hasDigit: digit.test(text) };
}

/** The character (code point) that ends just before `index`, or starts at it. */
const pointBefore = (text: string, index: number) => (index > 0 ? String.fromCodePoint(text.codePointAt(index - 1 - (/[\uDC00-\uDFFF]/.test(text[index - 1]) && index > 1 ? 1 : 0))!) : '');
const pointAt = (text: string, index: number) => (index < text.length ? String.fromCodePoint(text.codePointAt(index)!) : '');

/** The needle's matches in `text`, left to right, as a regular expression with lookarounds for notGlued finds them. */
function standaloneMatches(needle: Needle, text: string): RegExpExecArray[] {
  const { pattern, notGlued } = needle;
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    const glued = (notGlued?.before?.test(pointBefore(text, match.index)) ?? false) || (notGlued?.after?.test(pointAt(text, end)) ?? false);
    if (glued) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    matches.push(match);
    pattern.lastIndex = Math.max(end, match.index + 1);
  }
  pattern.lastIndex = 0;
  return matches;
}

function contactNeedles(facts: Facts): Needle[] {
  return Object.entries(facts.contacts).flatMap(([id, contact]) => {
    const needles: Needle[] = [];
    if (contact.email) needles.push({ pattern: new RegExp(escape(contact.email), 'gi'), fact: `contacts/${id}`, use: `<Contact id="${id}" />` });
    if (contact.phone) {
      // The number without its country code, in groups that may be written with or without separators.
      const national = contact.phone.replace(/^\+\d{1,3}[\s-]*/, '').split(/[\s-]+/).filter(Boolean);
      needles.push({ ...needleFor(national.join(''), national.map(escape).join('[\\s.-]?')), fact: `contacts/${id}`, use: `<Contact id="${id}" show="all" />` });
    }
    return needles;
  });
}

function linkNeedles(facts: Facts): Needle[] {
  return Object.entries(facts.links).map(([id, link]) => {
    // With or without https:// and a trailing slash: "privacy.aliexpress.com/home#/request/delete".
    const bare = link.url.replace(/^https:\/\//, '').replace(/\/$/, '');
    return { pattern: new RegExp(`(?:https://)?${escape(bare)}(?![\\w#/.-]*[\\w#])`, 'gi'), fact: `links/${id}`, use: `<FactLink id="${id}">…</FactLink>` };
  });
}

function labelNeedles(facts: Facts): Needle[] {
  return Object.entries(facts.labels).map(([id, label]) => ({
    pattern: new RegExp(`^${escape(label.en)}$`, 'g'),
    fact: `labels/${id}`,
    use: `<ScreenLabel id="${id}">…</ScreenLabel>`,
    only: { component: 'UiLabel', attribute: 'en' },
  }));
}

function deadlineNeedles(facts: Facts, lang: LanguageCode, t: Translate): Needle[] {
  const seen = new Map<string, Needle>();
  for (const [id, entry] of Object.entries(facts.jurisdictions)) {
    for (const deadline of entry.deadlines ?? []) {
      if ('none' in deadline) continue;
      const durations = [[deadline.amount, deadline.unit] as const, ...(deadline.extension?.amount && deadline.extension.unit ? [[deadline.extension.amount, deadline.extension.unit] as const] : [])];
      for (const [amount, unit] of durations) {
        const text = durationText({ lang, t }, amount, unit);
        if (seen.has(text)) continue;
        // Japanese and Korean write a date's day the same way ("7月10日", "7월 10일"): a month just before is a date.
        const notADate = lang === 'ja' ? '(?<!月)' : lang === 'ko' ? '(?<!월\\s?)' : '';
        const flexible = escape(text).replace(/\\?\s+|\u00a0|\u202f/g, '[\\s\\u00a0\\u202f]?');
        seen.set(text, { ...needleFor(text, `${notADate}${flexible}`), fact: `jurisdictions/${id} deadline`, use: `<Deadline place="${id}" />` });
      }
    }
  }
  return [...seen.values()];
}

function provisionNeedles(facts: Facts, lang: LanguageCode, t: Translate): Needle[] {
  const needles: Needle[] = [];
  const add = (id: string, law: string, provision: Provision | undefined) => {
    if (!provision || facts.laws[law].generic) return;
    const names = [facts.laws[law].short?.[lang], facts.laws[law].name[lang], facts.laws[law].short?.en].filter((n): n is string => !!n);
    const ref = provision.ref;
    const [, number = ref] = /^([0-9.]+)/.exec(ref) ?? [];
    const forms = new Set([provisionText({ lang, t }, provision), `Art. ${number}`, `Article ${number}`, `Art ${number}`]);
    for (const form of forms) needles.push({ ...needleFor(form), fact: `jurisdictions/${id} ${law}`, use: '<RightsTable /> or <Deadline place="…" />', near: names });
  };
  for (const [id, entry] of Object.entries(facts.jurisdictions)) {
    add(id, entry.erasure.law, entry.erasure.provision);
    for (const also of entry.erasure.alsoUnder ?? []) add(id, also.law, also.provision);
    for (const deadline of entry.deadlines ?? []) if (deadline.law) add(id, deadline.law, deadline.provision);
  }
  return needles;
}

function rightsFromNeedles(facts: Facts, lang: LanguageCode): Needle[] {
  return Object.entries(facts.laws)
    .filter(([, law]) => law.rightsApplyFrom)
    .map(([id, law]) => ({ ...needleFor(monthText(lang, law.rightsApplyFrom!)), fact: `laws/${id} rightsApplyFrom`, use: '<RightsTable />' }));
}

/** Every needle for pages in one language: the facts as that language writes them. */
export function factNeedles(facts: Facts, lang: LanguageCode, t: Translate): Needle[] {
  return [...sameInEveryLanguage(facts), ...onlyFirst([...deadlineNeedles(facts, lang, t), ...provisionNeedles(facts, lang, t), ...rightsFromNeedles(facts, lang)])];
}

/**
 * The needles without their repeats: a law shared by many places (the GDPR) gives the same needle once for each, and
 * the first one's finding is the one kept. Compiling each regular expression once per language is most of this check's
 * time in a build (3,660 of them for 20 languages before, 1,731 now, with the needles shared by every language).
 */
function onlyFirst(needles: readonly Needle[]): Needle[] {
  const seen = new Set<string>();
  return needles.filter((needle) => {
    const key = JSON.stringify([needle.pattern.source, needle.pattern.flags, needle.notGlued?.before?.source, needle.notGlued?.after?.source, needle.near, needle.only]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Contacts, links and screen labels are written the same in every language: their needles are built once. */
const languageFreeNeedles = new WeakMap<Facts, Needle[]>();

function sameInEveryLanguage(facts: Facts): Needle[] {
  if (!languageFreeNeedles.has(facts)) languageFreeNeedles.set(facts, onlyFirst([...contactNeedles(facts), ...linkNeedles(facts), ...labelNeedles(facts)]));
  return languageFreeNeedles.get(facts)!;
}

/** Needles per facts and language: built once per build, not once per page (105 pages, 15 languages). */
const needlesByFacts = new WeakMap<Facts, Map<LanguageCode, Needle[]>>();

function needlesFor(facts: Facts, lang: LanguageCode, t: Translate): Needle[] {
  if (!needlesByFacts.has(facts)) needlesByFacts.set(facts, new Map());
  const byLanguage = needlesByFacts.get(facts)!;
  if (!byLanguage.has(lang)) byLanguage.set(lang, factNeedles(facts, lang, t));
  return byLanguage.get(lang)!;
}

/** The facts typed by hand in a page's text pieces, in the order they appear. */
export function handTypedFacts(pieces: readonly TextPiece[], facts: Facts, lang: LanguageCode, t: Translate): HandTypedFact[] {
  const needles = needlesFor(facts, lang, t);
  const found: HandTypedFact[] = [];
  for (const piece of pieces) {
    let around: string | undefined;
    const pieceHasDigit = digit.test(piece.text);
    for (const needle of needles) {
      if (needle.only ? piece.component !== needle.only.component || piece.attribute !== needle.only.attribute : piece.component === 'UiLabel') continue;
      if (needle.hasDigit && !pieceHasDigit) continue;
      // Most needles match nothing: search first, and only then look around for the law's name.
      const matches = standaloneMatches(needle, piece.text);
      if (matches.length === 0) continue;
      around ??= (piece.context ?? piece.text).toLowerCase();
      if (needle.near && !needle.near.some((name) => around!.includes(name.toLowerCase()))) continue;
      for (const match of matches) {
        const before = piece.text.slice(0, match.index);
        const lineBreaks = before.split('\n').length - 1;
        const column = lineBreaks === 0 ? (piece.column ?? 1) + match.index : match.index - before.lastIndexOf('\n');
        found.push({ line: piece.line + lineBreaks, column, found: match[0], fact: needle.fact, use: needle.use });
      }
    }
  }
  // One finding per place in the text: a law shared by several places (the GDPR) matches once for each.
  const unique = new Map<string, HandTypedFact>();
  for (const finding of found) {
    const key = `${finding.line}:${finding.column}:${finding.found}`;
    if (!unique.has(key)) unique.set(key, finding);
  }
  return [...unique.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A finding as a content problem: where, what was found, the fact it repeats and what to write instead. */
export function handTypedFactProblem(finding: HandTypedFact): Problem {
  return {
    place: { line: finding.line, column: finding.column },
    message: `"${finding.found}" is typed by hand, but content/facts/ holds it (${finding.fact}); write ${finding.use} instead`,
  };
}

/**
 * The text pieces of a page's model: the frontmatter's title, navTitle and description, every run of Markdown text,
 * and the value of every component attribute (a <UiLabel en="…">, a step's title). Source lists are left out: a
 * source's address is a citation, not a fact shown.
 */
export function textPiecesOfModel(model: GuideModel): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const field of ['title', 'navTitle', 'description'] as const) {
    const value = model.frontmatter?.data?.[field];
    const place = model.frontmatter?.places[field];
    if (typeof value === 'string' && place) pieces.push({ text: value, line: place.line });
  }
  for (const run of model.runs) pieces.push({ text: run.text, line: run.place.line, column: run.place.column, context: run.block });
  for (const element of model.elements) {
    for (const attribute of element.attributes) {
      if (attribute.name === undefined || attribute.value.kind !== 'text') continue;
      // The value starts after name=" on the attribute's line.
      const column = attribute.place.column + attribute.name.length + 2;
      pieces.push({ text: attribute.value.text, line: attribute.place.line, column, kind: 'attribute', component: element.name, attribute: attribute.name });
    }
  }
  return pieces;
}
