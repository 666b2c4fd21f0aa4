/**
 * The translation records (content/translation-status/<lang>.json, written by `npm run translation-status -- --mark`)
 * as the build reads them. A language without a file has no page marked yet.
 */
import type { LanguageRecord } from './translation-sections';

const files = import.meta.glob<LanguageRecord>('/content/translation-status/*.json', { eager: true, import: 'default' });
const records: Record<string, LanguageRecord> = Object.fromEntries(Object.entries(files).map(([path, record]) => [path.replace(/^.*\/(.+)\.json$/, '$1'), record]));

export function translationRecordFor(lang: string): LanguageRecord {
  return records[lang] ?? {};
}
