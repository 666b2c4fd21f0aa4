/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on every built page in Chromium, in the light theme and, for one
 * page per language, the dark theme too. While loading every page, no request may go to another origin.
 */
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { launchBrowser } from '../support/browser';
import { htmlFiles } from '../support/dist';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let browser: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];

beforeAll(async () => {
  // axe is injected as a script, which the site's CSP rightly blocks; the CSP itself is tested in security.test.ts.
  browser = await launchBrowser({ bypassCSP: true });
  browser.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function violationsOn(path: string, colorScheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme });
  const response = await page.goto(`${siteUrl}${path}`);
  expect(response?.status(), path).toBeLessThan(path === '404.html' ? 500 : 400);
  await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(wcagTags)} } }).then((r) => r.violations)`,
  )) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${path} [${colorScheme}] ${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')} — ${node.failureSummary}`),
  );
}

const pagePaths = htmlFiles().map((file) => ({ path: file.replace(/index\.html$/, '') }));

describe('axe-core, WCAG 2.2 AA', () => {
  it.each(pagePaths)('/$path has no violations (light theme)', async ({ path }) => {
    expect(await violationsOn(path, 'light')).toEqual([]);
  });

  it.each(languages.map((l) => ({ path: `${l.code}/desktop/` })))('/$path has no violations (dark theme)', async ({ path }) => {
    expect(await violationsOn(path, 'dark')).toEqual([]);
  });

  it('the check itself catches faults (a page with low contrast and an image without alt)', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${siteUrl}en/`);
    await page.evaluate(() => {
      document.querySelector('h1')!.style.color = '#eeeeee';
      document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg">');
    });
    await page.addScriptTag({ path: axePath });
    const ids = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(wcagTags)} } }).then((r) => r.violations.map((v) => v.id))`)) as string[];
    expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
  });

  it('the light and dark themes really differ', async () => {
    const background = async (scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${siteUrl}en/`);
      return page.evaluate(() => getComputedStyle(document.body).backgroundColor + getComputedStyle(document.documentElement).backgroundColor);
    };
    expect(await background('light')).not.toBe(await background('dark'));
  });

  it('loading every page made no request to another origin', () => {
    expect(foreignRequests).toEqual([]);
  });
});
