/**
 * Why Gujarati search keeps its vowel signs. Pagefind (since its PR #995, in the pinned 1.5.2) strips combining
 * marks before matching; in Gujarati those marks are vowel signs, so ખાતું ("account"), ખત ("letter") and ખાતરી
 * ("assurance") all become ખત… and match each other. This builds two tiny indexes of three pages, one as Pagefind
 * reads them by default and one as the site indexes them (sectionRecord with the language's setting in
 * src/i18n/languages.ts: src/lib/search-marks.ts), and searches both in Chromium with Pagefind's own pagefind.js, the
 * query written as the search box writes it: the site's must keep the words apart.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageByCode } from '../../src/i18n/languages';
import { marksInSearch, maskMarks } from '../../src/lib/search-marks';
import { sectionRecord } from '../../src/lib/search-sections';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser } from '../support/browser';

const pages = {
  account: 'તમારું ખાતું બંધ કરતાં પહેલાં ઓર્ડર પૂરા કરો.',
  letter: 'ડેટા પ્રોટેક્શન અધિકારીને ખત મોકલો.',
  assurance: 'ડેટા ભૂંસાયો છે તેની ખાતરી માગો.',
};
const marks = marksInSearch(languageByCode('gu'));

let root: string;
let server: { close(callback: () => void): void };
let siteUrl: string;
let browser: BrowserContext;
let page: Page;

async function writeIndex(folder: string, recordOf: (name: string, text: string) => string): Promise<void> {
  const { index } = await pagefind.createIndex({});
  for (const [name, text] of Object.entries(pages)) await index!.addHTMLFile({ url: `/${name}/`, content: recordOf(name, text) });
  await index!.writeFiles({ outputPath: join(root, folder, 'pagefind') });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'guide-diacritics-'));
  mkdirSync(join(root, 'account'));
  writeFileSync(join(root, 'account', 'index.html'), '<!doctype html><html lang="gu"><head><title>account</title></head><body></body></html>');
  await writeIndex('default', (name, text) => `<!doctype html><html lang="gu"><head><title>${name}</title></head><body><main><h1>${name}</h1><p>${text}</p></main></body></html>`);
  await writeIndex('site', (name, text) => sectionRecord({ lang: 'gu', title: name, sections: [] }, { title: name, blocks: [text], searchWords: [] }, marks));
  await pagefind.close();
  ({ server, url: siteUrl } = await startServer({ root, port: 0 }));
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${siteUrl}account/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(root, { recursive: true, force: true });
});

async function pagesFound(folder: string, query: string, exactDiacritics: boolean): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  return page.evaluate(`(async () => {
    // No web worker: under a busy machine its 5 s start-up timeout made Pagefind give up loading the index.
    const instance = (await import('/${folder}/pagefind/pagefind.js')).createInstance({ basePath: '/${folder}/pagefind/', noWorker: true });
    await instance.options({ baseUrl: '/', exactDiacritics: ${JSON.stringify(exactDiacritics)} });
    const search = await instance.search(${JSON.stringify(query)});
    const urls = await Promise.all(search.results.map(async (result) => (await result.data()).url));
    await instance.destroy();
    return urls.sort();
  })()`);
}

/** A query as the search box sends it for Gujarati (src/scripts/search-box.ts). */
const siteSearch = (query: string) => pagesFound('site', marks === 'masked' ? maskMarks(query) : query, marks !== 'ignored');

describe('Gujarati search and vowel signs', () => {
  it('with the marks stripped (Pagefind default), "letter" also finds "account" and "assurance"', async () => {
    expect(await pagesFound('default', 'ખત', false)).toEqual(['/account/', '/assurance/', '/letter/']);
  });

  it('with the site setting for Gujarati, each word finds only its own page', async () => {
    expect(marks).not.toBe('ignored');
    expect(await siteSearch('ખત')).toEqual(['/letter/']);
    expect(await siteSearch('ખાતું')).toEqual(['/account/']);
    expect(await siteSearch('ખાતરી')).toEqual(['/assurance/']);
    // A word's beginning still finds it, marks included.
    expect(await siteSearch('ખાત')).toEqual(['/account/', '/assurance/']);
  });
});
