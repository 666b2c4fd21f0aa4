/**
 * Which English version of each section a translation follows. `npm run translation-status -- --mark <lang>/<page>`
 * records, per page, a fingerprint of every English section (content/translation-status/<lang>.json); when an English
 * section changes, its fingerprint no longer matches, and that section of every translation is stale until its
 * translator updates it and marks it again. Sections are matched by order, as in the parity check.
 */
import { createHash } from 'node:crypto';
import type { GuideModel } from './guide-model.ts';
import { sectionIndexAt } from './translation-parity.ts';

/** The key of the opening, before the first `##` (a heading id never holds parentheses). */
export const openingKey = '(opening)';

/** Per page, per English section (its heading id, or `openingKey`), the fingerprint the translation follows. */
export type PageRecord = Record<string, string>;
export type LanguageRecord = Record<string, PageRecord>;

/** The keys of a page's sections in order: the opening, then each `##` heading's id in English. */
export function sectionKeys(english: GuideModel): string[] {
  return [openingKey, ...english.sections.map((s) => s.id)];
}

/**
 * A fingerprint of each English section: its text, steps, questions, callouts, labels, facts and link targets.
 * Anything a reader reads or follows changes it; white space and Markdown markup do not.
 */
export function sectionFingerprints(english: GuideModel): PageRecord {
  const keys = sectionKeys(english);
  const parts = keys.map(() => ({ texts: [] as string[], links: [] as string[], ids: [] as string[], callouts: [] as string[], labels: [] as string[], facts: [] as string[] }));
  for (const block of english.texts) parts[block.section + 1].texts.push(block.text);
  for (const link of english.links) parts[sectionIndexAt(english, link.place)].links.push(link.href);
  for (const item of [...english.steps, ...english.questions]) parts[sectionIndexAt(english, item.place)].ids.push(item.id);
  for (const callout of english.callouts) parts[sectionIndexAt(english, callout.place)].callouts.push(callout.type);
  for (const label of english.uiLabels) parts[sectionIndexAt(english, label.place)].labels.push(label.en);
  for (const fact of english.facts) parts[sectionIndexAt(english, fact.place)].facts.push(fact.fact);
  return Object.fromEntries(keys.map((key, i) => [key, createHash('sha256').update(JSON.stringify(parts[i])).digest('hex').slice(0, 16)]));
}

/** The sections of a translation whose English has changed since it was marked: 0 for the opening, n for the n-th `##`. */
export function staleSections(english: GuideModel, recorded: PageRecord | undefined): number[] {
  const current = sectionFingerprints(english);
  return sectionKeys(english).flatMap((key, i) => (recorded?.[key] === current[key] ? [] : [i]));
}

/** A language's record with one page marked as following the current English. */
export function markPage(record: LanguageRecord, page: string, english: GuideModel, pageOrder: readonly string[]): LanguageRecord {
  const next = { ...record, [page]: sectionFingerprints(english) };
  // Pages in reading order, so the file reads like the guide and its diffs stay small.
  return Object.fromEntries(pageOrder.filter((p) => p in next).map((p) => [p, next[p]]));
}
