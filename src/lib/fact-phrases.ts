/**
 * Facts put into words in one language: durations ("10 days", "10 영업일"), legal provisions ("Article 12(3)",
 * "제43조(3)"), deadlines with what they are counted from and how they may be extended, and the hedge a fact's
 * confidence asks for. Pure: components, the letter and the tests all phrase facts through these functions, with the
 * language's UI strings passed in as `t`.
 */
import { languageByCode, type LanguageCode } from '../i18n/languages';
import type { UiStringKey } from '../i18n/strings';
import type { Confidence, Deadline, Facts, Provision, durationUnits } from './facts-schema';

type DurationUnit = (typeof durationUnits)[number];
import { fillPlaceholders } from './fill-placeholders';
import { formatLongDate, siteDateOptions } from './format-date';
import { parsePluralMessage } from './plural-message';

/** A language's UI strings, as stringsFor(lang) returns them. */
export type Translate = (key: UiStringKey, values?: Record<string, string | number>) => string;

/** What every phrasing needs: the facts, the language and its strings. */
export interface PhraseContext {
  facts: Facts;
  lang: LanguageCode;
  t: Translate;
  /**
   * Wrap legal references ("12(3)") in Unicode isolates on right-to-left pages, so their parentheses and digits keep
   * their order. Off for plain text that readers copy (the letter), which must hold no direction controls.
   */
  isolate?: boolean;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: LanguageCode, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    // Western digits, as the guide text and the dates write them, whatever the language's default.
    format = new Intl.NumberFormat(languageByCode(lang).hreflang, { ...options, numberingSystem: 'latn' });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Picks the form of a plural message for a count: "one: {count} working day | other: {count} working days". The
 * categories are Intl.PluralRules' (zero, one, two, few, many, other); "other" is required.
 */
export function pluralForm(lang: LanguageCode, message: string, count: number): string {
  const forms = parsePluralMessage(message);
  const category = new Intl.PluralRules(languageByCode(lang).hreflang).select(count);
  const form = forms.get(category) ?? forms.get('other');
  if (form === undefined) throw new Error(`plural message "${message}" has no "other" form`);
  return fillPlaceholders(form, { count: numberFormat(lang, {}).format(count) });
}

const intlUnits = { days: 'day', weeks: 'week', months: 'month' } as const;

/** Where Intl writes a digit for one ("1 חודש") and the language writes the word ("חודש אחד"). */
const singleUnits: Partial<Record<LanguageCode, Record<keyof typeof intlUnits, string>>> = {
  he: { days: 'יום אחד', weeks: 'שבוע אחד', months: 'חודש אחד' },
};

/** "10 days", "1 month", "2주", "חודשיים": a length of time in the language, Intl's own plural forms. */
export function durationText({ lang, t }: Pick<PhraseContext, 'lang' | 't'>, amount: number, unit: DurationUnit): string {
  if (unit === 'working-days') return pluralForm(lang, t('fact.workingDays'), amount);
  if (amount === 1 && singleUnits[lang]) return singleUnits[lang][unit];
  const text = numberFormat(lang, { style: 'unit', unit: intlUnits[unit], unitDisplay: 'long' }).format(amount);
  // CLDR puts a space between the number and a Japanese unit ("10 日"); Japanese text writes them together.
  return lang === 'ja' ? text.replace(/(\d) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u, '$1') : text;
}

const lrIsolate = (text: string) => `\u2066${text}\u2069`;

/**
 * "Article 12(3)", "section 1798.130(a)(2)", "제43조(3)": a provision as the language cites it. The strings place
 * {number} and {rest} ("43" and "(3)") so that Korean and Japanese can put 조/条 between them; right-to-left
 * languages keep the two side by side, and get them as one isolated left-to-right run.
 */
export function provisionText({ lang, t, isolate }: Pick<PhraseContext, 'lang' | 't' | 'isolate'>, provision: Provision): string {
  const [, number = provision.ref, rest = ''] = /^([0-9.]+|[A-Z])(.*)$/s.exec(provision.ref) ?? [];
  if (isolate && languageByCode(lang).dir === 'rtl') return t(`fact.provision.${provision.unit}`, { number: lrIsolate(`${number}${rest}`), rest: '' });
  // One numbered paragraph of an article, as the language's legal writing cites it: "12(3)", "12.3", "Art. 12 Abs. 3",
  // "제12조제3항". Deeper references ("11(1)(e)", "1798.130(a)(2)") stay as the source writes them.
  const paragraph = provision.unit === 'article' ? /^\((\d+)\)$/.exec(rest)?.[1] : undefined;
  return t(`fact.provision.${provision.unit}`, { number, rest: paragraph ? t('fact.provision.paragraph', { n: paragraph }) : rest });
}

/** A law by the name readers of the language meet: its short form where it has one (DSGVO, RGPD), else its name. */
export function lawName({ facts, lang }: Pick<PhraseContext, 'facts' | 'lang'>, lawId: string): string {
  const law = facts.laws[lawId];
  return law.short?.[lang] ?? law.name[lang];
}

/**
 * A law's full name, with its short form in the language's brackets where the two differ: "Datenschutz-Grundverordnung
 * (DSGVO)", "EU一般データ保護規則（GDPR）". A name that already ends in brackets takes the short form inside them,
 * "Digital Personal Data Protection Act, 2023 (India; DPDP Act)", not a second pair.
 */
export function lawFullName({ facts, lang, t }: Pick<PhraseContext, 'facts' | 'lang' | 't'>, lawId: string): string {
  const law = facts.laws[lawId];
  const name = law.name[lang];
  const short = law.short?.[lang];
  if (!short || short === name) return name;
  const inBrackets = /\s*[(（]([^()（）]+)[)）]$/u.exec(name);
  const [head, note] = inBrackets ? [name.slice(0, inBrackets.index), `${inBrackets[1]}${t('uiLabel.separator')}${short}`] : [name, short];
  return `${head}${t('uiLabel.open')}${note}${t('uiLabel.close')}`;
}

/** "GDPR, Article 17" or, without a provision, the law's name. */
export function lawReference(context: PhraseContext, lawId: string, provision?: Provision): string {
  const name = lawName(context, lawId);
  return provision ? context.t('fact.lawWithProvision', { law: name, provision: provisionText(context, provision) }) : name;
}

/**
 * The first letter in upper case, as the language writes it (generic law names start in lower case). Languages whose
 * script has no capitals (Gujarati, Korean, Arabic…) leave the text alone, even when it starts with a Latin name
 * such as aliexpress.ru. Whether a script has capitals shows in the language's own name.
 */
export function capitalise(lang: LanguageCode, text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined || !/\p{Lu}/u.test(languageByCode(lang).ownName)) return text;
  const char = String.fromCodePoint(first);
  return char.toLocaleUpperCase(languageByCode(lang).hreflang) + text.slice(char.length);
}

/** A fact worded as its confidence requires: "likely" and "reported" facts carry a hedge. */
export function hedged({ t }: Pick<PhraseContext, 't'>, confidence: Confidence, text: string): string {
  if (confidence === 'firm') return text;
  return t(confidence === 'likely' ? 'hedge.likely' : 'hedge.reported', { fact: text });
}

/** "Answer", "Erasure", "Complaint to the regulator", "Court claim": what a deadline is for. */
export function deadlineLabel({ t }: Pick<PhraseContext, 't'>, deadline: Deadline): string {
  return t(`deadline.for.${deadline.for}`);
}

/** Where the deadline comes from: "GDPR, Article 12(3)" or "AliExpress's privacy policy, section K". */
export function deadlineBasis(context: PhraseContext, deadline: Deadline): string | undefined {
  if (deadline.basis === 'aliexpress-policy') return deadline.provision ? context.t('deadline.basis.policy', { section: deadline.provision.ref }) : context.t('deadline.basis.policyOnly');
  return deadline.law ? lawReference(context, deadline.law, deadline.provision) : undefined;
}

/** The period alone, counted from its start: "1 month from receipt of the request", "without delay". */
export function deadlinePeriod(context: PhraseContext, deadline: Deadline): string {
  const { t } = context;
  if ('none' in deadline) return t(deadline.wording ? `deadline.none.${deadline.wording}` : 'deadline.none.unstated');
  const duration = durationText(context, deadline.amount, deadline.unit);
  if (deadline.for === 'lawsuit') return t('deadline.lawsuit', { duration });
  return t(`deadline.from.${deadline.from}`, { duration });
}

/** How the deadline may be extended, or undefined when it may not. */
export function deadlineExtension(context: PhraseContext, deadline: Deadline): string | undefined {
  if ('none' in deadline || !deadline.extension) return undefined;
  const { amount, unit, condition } = deadline.extension;
  const duration = amount !== undefined && unit !== undefined ? durationText(context, amount, unit) : '';
  return context.t(`deadline.extension.${condition}`, { duration });
}

/**
 * A deadline in full: "1 month from receipt of the request (GDPR, Article 12(3)); can be extended by 2 months where
 * necessary, …", hedged when our sources are less than firm.
 */
export function deadlineText(context: PhraseContext, deadline: Deadline): string {
  const basis = deadlineBasis(context, deadline);
  const period = deadlinePeriod(context, deadline);
  const withBasis = basis ? context.t('deadline.withBasis', { deadline: period, basis }) : period;
  const extension = deadlineExtension(context, deadline);
  const text = extension ? context.t('deadline.withExtension', { deadline: withBasis, extension }) : withBasis;
  return hedged(context, deadline.confidence, text);
}

/** A jurisdiction's name in the language ("Spain", "스페인"). */
export function placeName({ facts, lang }: Pick<PhraseContext, 'facts' | 'lang'>, id: string): string {
  return facts.jurisdictions[id].name[lang];
}

/**
 * Places joined as the language joins a list, a place whose name is a phrase starting in lower case after the first:
 * "Portugal and another EU or EEA country", not "…and Another EU or EEA country".
 */
export function placeList(context: Pick<PhraseContext, 'facts' | 'lang'>, ids: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const locale = languageByCode(context.lang).hreflang;
  const names = ids.map((id, index) => {
    const name = placeName(context, id);
    if (index === 0 || !context.facts.jurisdictions[id].nameIsPhrase) return name;
    const first = String.fromCodePoint(name.codePointAt(0)!);
    return first.toLocaleLowerCase(locale) + name.slice(first.length);
  });
  return listText(context.lang, names, type);
}

/** Several items joined as the language joins a list: "Spain, France and Italy", "스페인, 프랑스 및 이탈리아". */
export function listText(lang: LanguageCode, items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  // CLDR joins Ukrainian with «і» whatever the sounds around it («Португалія і інша…»); «та» reads right everywhere.
  if (lang === 'uk' && type === 'conjunction' && items.length > 1) return `${items.slice(0, -1).join(', ')} та ${items.at(-1)}`;
  return new Intl.ListFormat(languageByCode(lang).hreflang, { style: 'long', type }).format(items);
}

/** A day written out in the language ("24 November 2020"), from YYYY-MM-DD. */
export function dateText(lang: LanguageCode, iso: string): string {
  return formatLongDate(new Date(`${iso}T00:00:00Z`), languageByCode(lang).hreflang);
}

/** A month written out ("May 2027"), from YYYY-MM or YYYY-MM-DD. */
export function monthText(lang: LanguageCode, isoMonth: string): string {
  return new Intl.DateTimeFormat(languageByCode(lang).hreflang, { year: 'numeric', month: 'long', ...siteDateOptions }).format(
    new Date(`${isoMonth.slice(0, 7)}-01T00:00:00Z`),
  );
}

/**
 * Languages that count large sums in myriads (10⁴, 10⁸) and name a currency after the number: Korean news writes
 * "19억 7,800만 원", Japanese "19億7800万ウォン", where the currency code and Western grouping read as foreign.
 */
const myriadMoney: Partial<Record<LanguageCode, { units: readonly [string, number][]; groupSeparator: string; currencies: Record<string, string> }>> = {
  ko: { units: [['억', 1e8], ['만', 1e4]], groupSeparator: ' ', currencies: { KRW: '원' } },
  ja: { units: [['億', 1e8], ['万', 1e4]], groupSeparator: '', currencies: { KRW: 'ウォン' } },
};

/** Languages that write a currency's everyday name after the number where others give its code: "1 978 000 000 вон". */
const namedMoney: Partial<Record<LanguageCode, Record<string, string>>> = {
  ru: { KRW: 'вон' },
  uk: { KRW: 'вон' },
  th: { KRW: 'วอน' },
  he: { KRW: 'וון' },
  ar: { KRW: 'وون' },
};

/** A sum of money as the language writes it: with the currency's code ("KRW 1,978,000,000"), its name, or in myriads. */
export function moneyText(lang: LanguageCode, amount: number, currency: string): string {
  const named = namedMoney[lang]?.[currency];
  if (named) return `${numberFormat(lang, { maximumFractionDigits: 0 }).format(amount)}\u00a0${named}`;
  const myriad = myriadMoney[lang];
  const name = myriad?.currencies[currency];
  if (!myriad || !name || !Number.isInteger(amount) || amount <= 0) {
    return numberFormat(lang, { style: 'currency', currency, currencyDisplay: 'code', maximumFractionDigits: 0 }).format(amount);
  }
  const digits = lang === 'ko' ? numberFormat(lang, {}) : numberFormat(lang, { useGrouping: false });
  const groups: string[] = [];
  let rest = amount;
  for (const [unit, size] of myriad.units) {
    const count = Math.floor(rest / size);
    if (count > 0) groups.push(`${digits.format(count)}${unit}`);
    rest -= count * size;
  }
  if (rest > 0) groups.push(digits.format(rest));
  return `${groups.join(myriad.groupSeparator)}${lang === 'ko' ? ' ' : ''}${name}`;
}

/** A count as the language writes it ("180,000", "180.000"); Korean and Japanese count round myriads ("18만", "18万"). */
export function countText(lang: LanguageCode, count: number): string {
  const myriad = myriadMoney[lang];
  const unit = myriad?.units.find(([, size]) => count >= size && count % size === 0);
  return unit ? `${numberFormat(lang, {}).format(count / unit[1])}${unit[0]}` : numberFormat(lang, {}).format(count);
}

/** What goes between two sentences a component joins: a space, except in Japanese, which writes none after 。. */
export function sentenceGap(lang: LanguageCode): string {
  return lang === 'ja' ? '' : ' ';
}

/** The name of a language in another language: "English", "영어". */
export function languageName(lang: LanguageCode, code: string): string {
  const name = new Intl.DisplayNames(languageByCode(lang).hreflang, { type: 'language' }).of(code) ?? code;
  // CLDR capitalises Vietnamese language names ("Tiếng Anh"); running text writes "tiếng Anh".
  return lang === 'vi' ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : name;
}

/** When a law's rights apply only from a future date, that date (YYYY-MM or YYYY-MM-DD); otherwise undefined. */
export function rightsNotYet({ facts }: Pick<PhraseContext, 'facts'>, lawId: string, today: string): string | undefined {
  const from = facts.laws[lawId].rightsApplyFrom;
  return from && from > today.slice(0, from.length) ? from : undefined;
}
