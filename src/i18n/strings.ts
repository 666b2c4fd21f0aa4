/**
 * Every string a reader sees outside the guide text, per language. The English file defines the keys; every other
 * language must have exactly the same keys, with the same {placeholders}, or the build stops.
 */
import { fillPlaceholders } from '../lib/fill-placeholders';
import { missingPluralForms, parsePluralMessage } from '../lib/plural-message';
import { languages, type LanguageCode } from './languages';
import en from './strings/en.json';

export type UiStringKey = keyof typeof en;
export type UiStrings = Record<UiStringKey, string>;

const stringFiles = import.meta.glob<Record<string, unknown>>('./strings/*.json', { eager: true, import: 'default' });
const rawStrings: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(stringFiles).map(([path, strings]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), strings]),
);

/** The names of a string's placeholders, each once (a plural message repeats {count} in every form). */
function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/** Checks one language's strings against the English keys; returns a list of problems, empty when all is well. */
export function problemsWithStrings(code: string, strings: Record<string, unknown> | undefined): string[] {
  const file = `src/i18n/strings/${code}.json`;
  if (!strings) return [`${file}: file is missing; copy en.json and translate every value`];
  const problems: string[] = [];
  for (const key of Object.keys(en) as UiStringKey[]) {
    const value = strings[key];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${file}: "${key}" is missing or empty`);
      continue;
    }
    const expected = placeholdersIn(en[key]).join(',');
    const found = placeholdersIn(value).join(',');
    if (expected !== found) problems.push(`${file}: "${key}" has placeholders {${found}}, expected {${expected}}`);
    const language = languages.find((l) => l.code === code);
    if (language && parsePluralMessage(en[key]).size > 0) {
      const missing = missingPluralForms(value, language.hreflang);
      if (missing.length > 0) problems.push(`${file}: "${key}" needs the plural form${missing.length > 1 ? 's' : ''} ${missing.join(', ')} for ${language.englishName} (write "one: … | other: …")`);
    }
    // Page titles are also the browser tab's title, which html-validate and search engines cap at 70 characters.
    if (/(^|\.)pageTitle$/.test(key) && value.length > 70) problems.push(`${file}: "${key}" is ${value.length} characters; keep it to 70`);
  }
  for (const key of Object.keys(strings)) {
    if (!(key in en)) problems.push(`${file}: "${key}" is not a known key (see en.json)`);
  }
  return problems;
}

function loadAll(): Record<LanguageCode, UiStrings> {
  const problems = languages.flatMap((l) => problemsWithStrings(l.code, rawStrings[l.code]));
  if (problems.length > 0) throw new Error(`UI strings are incomplete:\n  ${problems.join('\n  ')}`);
  return Object.fromEntries(languages.map((l) => [l.code, rawStrings[l.code] as UiStrings])) as Record<
    LanguageCode,
    UiStrings
  >;
}

const allStrings = loadAll();


/** A translator for one language: t('search.label'), t('page.lastVerified', { date }). */
export function stringsFor(code: LanguageCode) {
  const strings = allStrings[code];
  return (key: UiStringKey, values: Record<string, string | number> = {}) => fillPlaceholders(strings[key], values);
}
