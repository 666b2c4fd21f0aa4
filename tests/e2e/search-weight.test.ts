/**
 * What a reader's first search downloads, in every language, counted as a CDN sends it: at most 100 KiB
 * (tests/budgets.json), except the languages listed there with the most they may cost until brought under.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { chromiumPath } from '../support/browser';
import { readQuerySet } from '../support/search-score';
import { firstSearchTraffic } from '../support/search-traffic';

const siteUrl = inject('siteUrl');
const budget = JSON.parse(readFileSync('tests/budgets.json', 'utf8')).search as { firstSearchMaxBytes: number; firstSearchOverBudget: Record<string, number | string> };
const limitFor = (code: string) => (typeof budget.firstSearchOverBudget[code] === 'number' ? (budget.firstSearchOverBudget[code] as number) : budget.firstSearchMaxBytes);
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
afterAll(async () => {
  await browser?.close();
});

describe('first search weight', () => {
  it('lists as over budget only languages of the site, each above 100 KiB', () => {
    const listed = Object.keys(budget.firstSearchOverBudget).filter((key) => key !== '$comment');
    expect(listed.filter((code) => !languages.some((l) => l.code === code))).toEqual([]);
    expect(listed.filter((code) => limitFor(code) <= budget.firstSearchMaxBytes)).toEqual([]);
  });

  it.each(languages.map((l) => ({ code: l.code })))(
    'in $code, a first search stays within its budget',
    async ({ code }) => {
      const traffic = await firstSearchTraffic(browser, siteUrl, code, readQuerySet(code)[0].query);
      const files = traffic.files.map((f) => `${f.bytes} ${f.path}`).join('\n');
      console.log(`first search ${code}: ${traffic.bytes} bytes (${(traffic.bytes / 1024).toFixed(1)} KiB) in ${traffic.files.length} files`);
      expect(traffic.files.some((f) => f.path.includes('/pagefind/fragment/'))).toBe(true);
      expect(traffic.bytes, files).toBeLessThanOrEqual(limitFor(code));
    },
    120_000,
  );
});
