/**
 * Why Gujarati search keeps its vowel signs. Pagefind (since its PR #995, in the pinned 1.5.2) strips combining
 * marks before matching; in Gujarati those marks are vowel signs, so ખાતું ("account"), ખત ("letter") and ખાતરી
 * ("assurance") all become ખત… and match each other. This builds a tiny index of three pages and searches it in
 * Chromium both ways: the setting in src/i18n/languages.ts must keep the words apart.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageByCode } from '../../src/i18n/languages';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser } from '../support/browser';

const pages = {
  account: 'તમારું ખાતું બંધ કરતાં પહેલાં ઓર્ડર પૂરા કરો.',
  letter: 'ડેટા પ્રોટેક્શન અધિકારીને ખત મોકલો.',
  assurance: 'ડેટા ભૂંસાયો છે તેની ખાતરી માગો.',
};

let root: string;
let server: { close(callback: () => void): void };
let siteUrl: string;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'guide-diacritics-'));
  const { index } = await pagefind.createIndex({});
  for (const [name, text] of Object.entries(pages)) {
    const html = `<!doctype html><html lang="gu"><head><title>${name}</title></head><body><main><h1>${name}</h1><p>${text}</p></main></body></html>`;
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, 'index.html'), html);
    await index!.addHTMLFile({ url: `/${name}/`, content: html });
  }
  await index!.writeFiles({ outputPath: join(root, 'pagefind') });
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

async function pagesFound(query: string, exactDiacritics: boolean): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  return page.evaluate(`(async () => {
    // No web worker: under a busy machine its 5 s start-up timeout made Pagefind give up loading the index.
    const instance = (await import('/pagefind/pagefind.js')).createInstance({ basePath: '/pagefind/', noWorker: true });
    await instance.options({ exactDiacritics: ${JSON.stringify(exactDiacritics)} });
    const search = await instance.search(${JSON.stringify(query)});
    const urls = await Promise.all(search.results.map(async (result) => (await result.data()).url));
    await instance.destroy();
    return urls.sort();
  })()`);
}

describe('Gujarati search and vowel signs', () => {
  it('with the marks stripped (Pagefind default), "letter" also finds "account" and "assurance"', async () => {
    expect(await pagesFound('ખત', false)).toEqual(['/account/', '/assurance/', '/letter/']);
  });

  it('with the site setting for Gujarati, each word finds only its own page', async () => {
    const exact = languageByCode('gu').searchExactDiacritics;
    expect(await pagesFound('ખત', exact)).toEqual(['/letter/']);
    expect(await pagesFound('ખાતું', exact)).toEqual(['/account/']);
    expect(await pagesFound('ખાતરી', exact)).toEqual(['/assurance/']);
  });
});
