/** Typing into a search box and waiting for its answer, as a reader would, without guessing how long it takes. */
import type { Page } from 'playwright-core';

/**
 * The first search loads Pagefind, its WebAssembly and the language's index: under a second on an idle machine, but
 * several seconds when another process keeps a core busy. The wait ends as soon as the answer is on screen; the
 * limit only turns a search that never answers into a failure.
 */
export const searchAnswerLimitMs = 60_000;

/** Fills the box and resolves once the results (or the "nothing found" message) for exactly `query` are shown. */
export async function searchFor(page: Page, query: string, box = '#site-search'): Promise<void> {
  await page.locator(box).fill(query);
  await waitForSearchAnswer(page, query, box);
}

/** Resolves once the search box's container says the results for `query` are on screen (search-box.ts). */
export async function waitForSearchAnswer(page: Page, query: string, box = '#site-search'): Promise<void> {
  await page.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.closest<HTMLElement>('[data-search]')?.dataset.searchCompleted === expected,
    [box, query] as const,
    { timeout: searchAnswerLimitMs },
  );
}

/** The hrefs of the results now shown under the box. */
export function resultLinks(page: Page, box = '#site-search'): Promise<(string | null)[]> {
  return page
    .locator(box)
    .locator('xpath=ancestor::*[@data-search][1]')
    .locator('.search-results a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
}
