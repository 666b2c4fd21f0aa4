/**
 * Where the readers of each language most likely live: the jurisdictions (ids in content/facts/jurisdictions.yaml)
 * whose regulator a page in that language names first, and whose advice the letter shows before a place is chosen.
 * An editorial choice, not a fact: a reader anywhere can still pick any place. Arabic has no entry of its own in the
 * facts (no Arab country's law is sourced there yet), so its readers see "somewhere else"; so do Thai, Vietnamese and
 * Indonesian readers (no Thai, Vietnamese or Indonesian law in the facts yet). Russian readers live in Russia or in the
 * CIS states AliExpress's policy lists with it; Ukraine is not among those (jurisdictions.yaml, `cis` and `other`), so
 * Ukrainian readers get what the facts say for anywhere else: the global policy and Alibaba.com Singapore.
 */
import type { LanguageCode } from '../i18n/languages';

export const readerPlaces: Record<LanguageCode, readonly string[]> = {
  en: ['uk', 'us', 'us-ca', 'eu-other'],
  ko: ['kr'],
  gu: ['in'],
  es: ['es', 'mx'],
  de: ['de', 'at', 'lu', 'be'],
  'pt-br': ['br', 'pt'],
  fr: ['fr', 'be', 'lu'],
  it: ['it'],
  nl: ['nl', 'be'],
  pl: ['pl'],
  tr: ['tr'],
  ja: ['jp'],
  hi: ['in'],
  ar: ['other'],
  he: ['il'],
  ru: ['ru', 'cis'],
  uk: ['other'],
  th: ['other'],
  vi: ['other'],
  id: ['other'],
};
