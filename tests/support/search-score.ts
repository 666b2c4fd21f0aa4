/**
 * Runs the query set (tests/search-queries/<lang>.json) through the site's own search box in Chromium, as a reader
 * sees it: one page per language, each query typed into the box, the result links read once the answer is shown.
 * Used by tests/e2e/search-queries.test.ts and `npm run search:score`.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseQuerySet, rankOfAnswer, type SearchQuery } from '../../src/lib/search-scoring.ts';
import { resultLinks, searchFor } from './search.ts';

export interface QueryOutcome extends SearchQuery {
  lang: string;
  /** The result links shown, in order. */
  links: string[];
  /** 1-based rank of the first right answer among the links, if any. */
  rank: number | undefined;
}

export function querySetFile(lang: string): string {
  return `tests/search-queries/${lang}.json`;
}

export function readQuerySet(lang: string): SearchQuery[] {
  const file = querySetFile(lang);
  return parseQuerySet(readFileSync(file, 'utf8'), file);
}

/** Types every query of one language into the search box of that language's overview and scores the links shown. */
export async function runQuerySet(page: Page, siteUrl: string, lang: string, queries: readonly SearchQuery[]): Promise<QueryOutcome[]> {
  await page.goto(`${siteUrl}${lang}/`);
  const outcomes: QueryOutcome[] = [];
  for (const { query, expect } of queries) {
    await searchFor(page, query);
    const links = (await resultLinks(page)).filter((href): href is string => href !== null);
    outcomes.push({ lang, query, expect, links, rank: rankOfAnswer(links, expect, lang, new URL(siteUrl).pathname) });
  }
  return outcomes;
}
