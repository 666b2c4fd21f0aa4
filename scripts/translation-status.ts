// Translation status: for each language, which pages exist, whether they say what English says section by section
// (src/lib/translation-parity.ts), and which sections follow an older English version (src/lib/translation-sections.ts).
//
//   npm run translation-status                       the report
//   npm run translation-status -- --mark ko/desktop  after updating a translation: it now follows the current English
//   npm run translation-status -- --mark ko          every page of a language
//
// The tests run the report and fail on a missing page or a parity mismatch; a stale section is a notice to readers
// (shown on that section), not a failure.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeGuideFile, parseGuidePage, type GuideModel } from '../src/lib/guide-model.ts';
import { guidePageSlugs } from '../src/lib/guide-pages.ts';
import { formatMismatch, parityMismatches, type ParityMismatch } from '../src/lib/translation-parity.ts';
import { markPage, staleSections, type LanguageRecord } from '../src/lib/translation-sections.ts';
import { languages } from '../src/i18n/languages.ts';
import { latestScores, readReviewRecord } from '../src/lib/translation-reviews.ts';

export interface StatusRoots {
  /** content/guides */
  guides: string;
  /** content/translation-status: one <lang>.json per language; its reviews/<lang>.md records the native reviews */
  status: string;
}

export const defaultRoots: StatusRoots = { guides: 'content/guides', status: 'content/translation-status' };

export interface ReviewStatus {
  file: string;
  /** The latest round's scores, when the record is valid. */
  scores?: string;
  /** Problems with the record (file:line), or that it is missing. */
  problems: string[];
}

export interface StaleSection {
  /** 0 for the opening, n for the n-th `##` section. */
  index: number;
  englishHeading: string;
  heading: string;
}

export interface PageStatus {
  page: string;
  present: boolean;
  declaredUntranslated: boolean;
  stepsMatch: boolean;
  missingIds: string[];
  extraIds: string[];
  /** Whether the translation records which English it follows (npm run translation-status -- --mark). */
  marked: boolean;
  /** Sections whose English changed since the translation was marked (all of them when it never was). */
  stale: StaleSection[];
  parity: ParityMismatch[];
}

export interface LanguageStatus {
  code: string;
  name: string;
  pagesPresent: number;
  pagesTotal: number;
  pages: PageStatus[];
  /** The native review record (src/lib/translation-reviews.ts); none for English. */
  review?: ReviewStatus;
}

export function reviewStatus(roots: StatusRoots, code: string): ReviewStatus {
  const file = join(roots.status, 'reviews', `${code}.md`);
  if (!existsSync(file)) return { file, problems: [`${file}: no native review recorded; have the language read cold by a native reader and record it (README, Translation status)`] };
  const { record, problems } = readReviewRecord(file, readFileSync(file, 'utf8'), code);
  return { file, problems, ...(record ? { scores: latestScores(record) } : {}) };
}

/**
 * The model of one page (src/lib/guide-model.ts: sections, steps, questions, links, labels, each with its place), or
 * undefined when the file is missing or not UTF-8.
 */
export function pageModel(root: string, code: string, page: string): GuideModel | undefined {
  const path = `${root}/${code}/${page}.mdx`;
  if (!existsSync(path)) return undefined;
  const decoded = decodeGuideFile(readFileSync(path));
  return 'text' in decoded ? parseGuidePage(path, decoded.text) : undefined;
}

function statusFile(roots: StatusRoots, code: string): string {
  return join(roots.status, `${code}.json`);
}

export function readLanguageRecord(roots: StatusRoots, code: string): LanguageRecord {
  const file = statusFile(roots, code);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LanguageRecord) : {};
}

/** Steps and questions in the order they appear on the page. */
function itemIds(model: GuideModel | undefined): string[] {
  return model ? [...model.steps, ...model.questions].sort((a, b) => a.place.line - b.place.line).map((item) => item.id) : [];
}

/** Only some languages or pages, for a quicker report (parsing every page of every language takes seconds). */
export interface StatusScope {
  languages?: readonly string[];
  pages?: readonly string[];
}

export function translationStatus(roots: StatusRoots = defaultRoots, scope: StatusScope = {}): LanguageStatus[] {
  const models = new Map<string, GuideModel | undefined>();
  const model = (code: string, page: string) => {
    const key = `${code}/${page}`;
    if (!models.has(key)) models.set(key, pageModel(roots.guides, code, page));
    return models.get(key);
  };
  const headingsOf = (code: string, page: string) => model(code, page)?.sections.map((s) => s.id);
  return languages.filter((language) => !scope.languages || scope.languages.includes(language.code)).map((language) => {
    const untranslated: readonly string[] = 'untranslated' in language ? (language.untranslated as readonly string[]) : [];
    const record = language.code === 'en' ? {} : readLanguageRecord(roots, language.code);
    const pages = guidePageSlugs.filter((page) => !scope.pages || scope.pages.includes(page)).map((page): PageStatus => {
      const english = model('en', page);
      const own = model(language.code, page);
      const englishIds = itemIds(english);
      const ids = itemIds(own);
      const translated = own !== undefined && english !== undefined && language.code !== 'en';
      const title = (m: GuideModel, i: number) => (i === 0 ? '(opening)' : (m.sections[i - 1]?.title ?? '(none)'));
      return {
        page,
        present: own !== undefined,
        declaredUntranslated: untranslated.includes(page),
        stepsMatch: own !== undefined && ids.join(',') === englishIds.join(','),
        missingIds: englishIds.filter((id) => !ids.includes(id)),
        extraIds: ids.filter((id) => !englishIds.includes(id)),
        marked: record[page] !== undefined,
        stale: translated ? staleSections(english!, record[page]).map((index) => ({ index, englishHeading: title(english!, index), heading: title(own!, index) })) : [],
        parity: translated ? parityMismatches(english!, { model: own!, lang: language.code, hreflang: language.hreflang }, page, headingsOf) : [],
      };
    });
    const review = language.code === 'en' ? {} : { review: reviewStatus(roots, language.code) };
    return { code: language.code, name: language.englishName, pagesPresent: pages.filter((p) => p.present).length, pagesTotal: pages.length, pages, ...review };
  });
}

export function formatStatus(statuses: LanguageStatus[]): string {
  const lines = ['Translation status (pages present · pages saying what English says · sections following the current English)', ''];
  for (const status of statuses) {
    const inParity = status.pages.filter((p) => p.present && p.stepsMatch && p.parity.length === 0).length;
    const stale = status.pages.flatMap((p) => p.stale.map((s) => `${p.page} §${s.index}`));
    lines.push(
      `${status.code.padEnd(6)} ${status.name.padEnd(21)} pages ${status.pagesPresent}/${status.pagesTotal} · in parity ${inParity}/${status.pagesTotal}` +
        (stale.length ? ` · STALE SECTIONS: ${stale.length}` : ' · up to date'),
    );
    if (status.review?.scores) lines.push(`         native review: ${status.review.scores}`);
    for (const problem of status.review?.problems ?? []) lines.push(`         ${problem}`);
    for (const page of status.pages) {
      if (!page.present) lines.push(`         ${page.page}: ${page.declaredUntranslated ? 'declared untranslated (English shown)' : 'MISSING'}`);
      else if (!page.stepsMatch) lines.push(`         ${page.page}: missing ids [${page.missingIds.join(', ')}], extra ids [${page.extraIds.join(', ')}], or a different order`);
      for (const mismatch of page.parity) lines.push(`         ${formatMismatch(mismatch)}`);
      if (page.present && !page.marked && page.stale.length > 0) {
        lines.push(`         ${page.page}: not marked yet, so every section reads as stale; once it says what English says, run npm run translation-status -- --mark ${status.code}/${page.page}`);
        continue;
      }
      for (const section of page.stale) {
        const name = section.index === 0 ? 'the opening' : `section ${section.index} "${section.englishHeading}" (here "${section.heading}")`;
        lines.push(`         ${page.page}: ${name}: English has changed since this translation was marked; update it, then run npm run translation-status -- --mark ${status.code}/${page.page}`);
      }
    }
  }
  return lines.join('\n');
}

/**
 * Records that the given pages ("ko/desktop") or languages ("ko") follow the current English; returns what it did,
 * line by line, with any parity mismatch the translator should still fix.
 */
export function markCurrent(targets: readonly string[], roots: StatusRoots = defaultRoots): string[] {
  const report: string[] = [];
  const byLanguage = new Map<string, string[]>();
  for (const target of targets) {
    const [code, page] = target.split('/');
    const language = languages.find((l) => l.code === code);
    if (!language || language.code === 'en') throw new Error(`--mark ${target}: "${code}" is not a translated language; use one of ${languages.filter((l) => l.code !== 'en').map((l) => l.code).join(', ')}`);
    if (page !== undefined && !(guidePageSlugs as readonly string[]).includes(page)) throw new Error(`--mark ${target}: "${page}" is not a page; pages are ${guidePageSlugs.join(', ')}`);
    byLanguage.set(code, [...(byLanguage.get(code) ?? []), ...(page ? [page] : guidePageSlugs)]);
  }
  for (const [code, pages] of byLanguage) {
    const hreflang = languages.find((l) => l.code === code)!.hreflang;
    let record = readLanguageRecord(roots, code);
    for (const page of new Set(pages)) {
      const english = pageModel(roots.guides, 'en', page);
      const own = pageModel(roots.guides, code, page);
      if (!english || !own) {
        report.push(`${code}/${page}: not marked, the page ${own ? 'has no English original' : 'is not translated'}`);
        continue;
      }
      record = markPage(record, page, english, guidePageSlugs);
      const mismatches = parityMismatches(english, { model: own, lang: code, hreflang }, page, (l, p) => pageModel(roots.guides, l, p)?.sections.map((s) => s.id));
      report.push(`${code}/${page}: marked as following the current English` + (mismatches.length ? `, but it still differs from English:` : ''));
      report.push(...mismatches.map((m) => `  ${formatMismatch(m)}`));
    }
    mkdirSync(roots.status, { recursive: true });
    writeFileSync(statusFile(roots, code), `${JSON.stringify(record, null, 2)}\n`);
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const targets = args.flatMap((arg, i) => (args[i - 1] === '--mark' ? [arg] : []));
  const unknown = args.filter((arg, i) => arg !== '--mark' && args[i - 1] !== '--mark');
  if (unknown.length > 0 || (args.includes('--mark') && targets.length === 0)) {
    console.error('usage: npm run translation-status [-- --mark <lang>[/<page>] …]');
    process.exit(2);
  }
  try {
    if (targets.length > 0) console.log(markCurrent(targets).join('\n'));
    else console.log(formatStatus(translationStatus()));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
