// Translation status: for each language, which pages exist, whether their steps and questions match English, and
// whether the English page was verified after the translation. `npm run translation-status` prints it; the tests
// run it and fail on a missing page or mismatched steps (an outdated date is a notice to readers, not a failure).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeGuideFile, parseGuidePage, type GuideModel } from '../src/lib/guide-model.ts';
import { guidePageSlugs } from '../src/lib/guide-pages.ts';
import { languages } from '../src/i18n/languages.ts';

export interface PageStatus {
  page: string;
  present: boolean;
  declaredUntranslated: boolean;
  stepsMatch: boolean;
  missingIds: string[];
  extraIds: string[];
  lastVerified?: string;
  englishLastVerified?: string;
  outdated: boolean;
}

export interface LanguageStatus {
  code: string;
  name: string;
  pagesPresent: number;
  pagesTotal: number;
  pages: PageStatus[];
}

/**
 * The model of one page (src/lib/guide-model.ts: sections, steps, questions, links, labels, each with its place), or
 * undefined when the file is missing or not UTF-8. Comparisons beyond ids can be built on it.
 */
export function pageModel(root: string, code: string, page: string): GuideModel | undefined {
  const path = `${root}/${code}/${page}.mdx`;
  if (!existsSync(path)) return undefined;
  const decoded = decodeGuideFile(readFileSync(path));
  return 'text' in decoded ? parseGuidePage(path, decoded.text) : undefined;
}

function readPage(root: string, code: string, page: string) {
  const model = pageModel(root, code, page);
  if (!model) return undefined;
  const lastVerified = model.frontmatter?.data?.lastVerified;
  // Steps and questions in the order they appear on the page.
  const ids = [...model.steps, ...model.questions].sort((a, b) => a.place.line - b.place.line).map((item) => item.id);
  return { lastVerified: typeof lastVerified === 'string' ? lastVerified : undefined, ids };
}

export function translationStatus(root = 'content/guides'): LanguageStatus[] {
  return languages.map((language) => {
    const untranslated: readonly string[] = 'untranslated' in language ? (language.untranslated as readonly string[]) : [];
    const pages = guidePageSlugs.map((page): PageStatus => {
      const english = readPage(root, 'en', page);
      const own = readPage(root, language.code, page);
      const englishIds = english?.ids ?? [];
      const ids = own?.ids ?? [];
      return {
        page,
        present: own !== undefined,
        declaredUntranslated: untranslated.includes(page),
        stepsMatch: own !== undefined && ids.join(',') === englishIds.join(','),
        missingIds: englishIds.filter((id) => !ids.includes(id)),
        extraIds: ids.filter((id) => !englishIds.includes(id)),
        lastVerified: own?.lastVerified,
        englishLastVerified: english?.lastVerified,
        outdated: own !== undefined && !!english?.lastVerified && !!own.lastVerified && own.lastVerified < english.lastVerified,
      };
    });
    return { code: language.code, name: language.englishName, pagesPresent: pages.filter((p) => p.present).length, pagesTotal: pages.length, pages };
  });
}

export function formatStatus(statuses: LanguageStatus[]): string {
  const lines = ['Translation status (pages present · steps and questions matching English · verified vs English)', ''];
  for (const status of statuses) {
    const matching = status.pages.filter((p) => p.stepsMatch).length;
    const outdated = status.pages.filter((p) => p.outdated).map((p) => p.page);
    lines.push(
      `${status.code.padEnd(6)} ${status.name.padEnd(21)} pages ${status.pagesPresent}/${status.pagesTotal} · steps match ${matching}/${status.pagesTotal}` +
        (outdated.length ? ` · OUTDATED: ${outdated.join(', ')}` : ' · up to date'),
    );
    for (const page of status.pages) {
      if (!page.present) lines.push(`         ${page.page}: ${page.declaredUntranslated ? 'declared untranslated (English shown)' : 'MISSING'}`);
      else if (!page.stepsMatch) lines.push(`         ${page.page}: missing ids [${page.missingIds.join(', ')}], extra ids [${page.extraIds.join(', ')}], or a different order`);
      else if (page.outdated) lines.push(`         ${page.page}: verified ${page.lastVerified}, English ${page.englishLastVerified}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatStatus(translationStatus()));
}
