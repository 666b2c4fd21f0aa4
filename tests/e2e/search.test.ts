/** Searching in Chromium, in each language: results link to the step that matched, and nothing leaves the site. */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { languages } from '../../src/i18n/languages';
import { projectGlossaries, searchWordsAt } from '../../src/lib/glossary';
import { launchBrowser } from '../support/browser';
import { resultLinks, searchFor as typeAndWait, waitForSearchAnswer } from '../support/search';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browser.on('request', (request: Request) => requests.push(request.url()));
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Words a reader would type to find the step with the emailed code, in each language. */
const codeStepQueryByLanguage: Record<string, string> = {
  en: 'verification code',
  ko: '인증 코드',
  gu: 'કોડ',
  es: 'código de verificación',
  fr: 'code de vérification',
  de: 'Bestätigungscode',
  ja: '認証コード',
  'pt-br': 'código',
  ar: 'رمز التحقق',
  it: 'codice di verifica',
  nl: 'verificatiecode',
  tr: 'doğrulama kodu',
  pl: 'kod',
  hi: 'कोड',
  he: 'קוד',
  ru: 'код подтверждения',
  uk: 'код підтвердження',
  th: 'รหัสยืนยัน',
  vi: 'mã xác minh',
  id: 'kode verifikasi',
};
const codeStepQueries = languages.map((l) => ({ lang: l.code, hreflang: l.hreflang, query: codeStepQueryByLanguage[l.code] }));

async function searchFor(query: string) {
  await typeAndWait(page, query);
  return resultLinks(page);
}

describe('search', () => {
  it('has a query for every language of the site', () => {
    expect(codeStepQueries.filter((q) => !q.query).map((q) => q.lang)).toEqual([]);
  });

  it('loads no search code until the reader uses the search box', async () => {
    requests.length = 0;
    await page.goto(`${siteUrl}ko/faq/`);
    // Every request the page makes at load has been sent by the load event (no lazy loading): none may be Pagefind's.
    await page.waitForLoadState('load');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await searchFor('코드');
    expect(requests.some((url) => /\/pagefind\/pagefind\.ko_[\w]+\.pf_meta/.test(url))).toBe(true);
    expect(requests.some((url) => url.endsWith('/pagefind/wasm.unknown.pagefind'))).toBe(true);
    // The search box's own client (src/scripts/pagefind-client.ts) talks to Pagefind's WebAssembly: no pagefind.js.
    expect(requests.filter((url) => url.includes('/pagefind/pagefind.js'))).toEqual([]);
  });

  /** Hindi is indexed with stand-ins for its vowel signs (src/lib/search-marks.ts), Thai with zero-width spaces between words (segmentThai): readers see neither. */
  const leanAndFallback = [
    { lang: 'hi', query: 'कोड', hidden: /[\u3400-\u4dbf]/ },
    { lang: 'th', query: 'รหัสยืนยัน', hidden: /\u200B/ },
  ];
  it.each(leanAndFallback)('in $lang, without DecompressionStream, searches through Pagefind\'s own pagefind.js and shows the same results', async ({ lang, query, hidden }) => {
    await page.goto(`${siteUrl}${lang}/`);
    const lean = await searchFor(query);
    expect(lean.length).toBeGreaterThan(0);
    const oldBrowser = await browser.newPage();
    try {
      await oldBrowser.addInitScript(() => Reflect.deleteProperty(globalThis, 'DecompressionStream'));
      requests.length = 0;
      await oldBrowser.goto(`${siteUrl}${lang}/`);
      await typeAndWait(oldBrowser, query);
      expect(await resultLinks(oldBrowser)).toEqual(lean);
      const shown = await page.locator('.search-results li').allTextContents();
      expect(await oldBrowser.locator('.search-results li').allTextContents()).toEqual(shown);
      expect(await oldBrowser.locator('.search-results mark').allTextContents()).toEqual(await page.locator('.search-results mark').allTextContents());
      expect(shown.join(' ')).toContain(query.slice(0, 3));
      expect(shown.join(' ')).not.toMatch(hidden);
      expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    } finally {
      await oldBrowser.close();
    }
  });

  it.each(codeStepQueries)('in $lang, "$query" finds the code step and the result lands on it', async ({ lang, hreflang, query }) => {
    await page.goto(`${siteUrl}${lang}/`);
    const hrefs = await searchFor(query);
    const stepLink = hrefs.find((href) => /\/(desktop|mobile-browser)\/#get-code$/.test(href ?? ''));
    expect(stepLink, `results: ${hrefs.join(', ')}`).toBeDefined();
    expect(stepLink!.startsWith(`/${lang}/`)).toBe(true);
    await page.locator(`.search-results a[href="${stepLink}"]`).click();
    await page.waitForURL(`${origin}${stepLink}`);
    const box = await page.locator('#get-code').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(300);
    expect(await page.locator('html').getAttribute('lang')).toBe(hreflang);
  });

  it.each(codeStepQueries.map(({ lang }) => ({ lang })))(
    'in $lang, a reader\'s word that only the glossary holds finds the code step, and nobody sees or hears it there',
    async ({ lang }) => {
      const html = readFileSync(`dist/${lang}/desktop/index.html`, 'utf8');
      const visible = html.replace(/<div hidden[^>]*>[^<]*<\/div>/g, '').replace(/<[^>]+>/g, ' ').toLocaleLowerCase(lang);
      const word = searchWordsAt(projectGlossaries(), lang, 'desktop#get-code').find((w) => !visible.includes(w.toLocaleLowerCase(lang)));
      expect(word, 'the glossary gives the code step no word that the page lacks').toBeDefined();
      await page.goto(`${siteUrl}${lang}/desktop/`);
      expect(await page.locator('#search-words-get-code').isVisible()).toBe(false);
      expect(await page.locator('main').ariaSnapshot()).not.toContain(word!);
      const hrefs = await searchFor(word!);
      expect(hrefs.some((href) => /\/(desktop|mobile-browser)\/#(app-)?get-code$/.test(href ?? '')), `"${word}": ${hrefs.join(', ')}`).toBe(true);
    },
  );

  it('says so when nothing matches', async () => {
    await page.goto(`${siteUrl}en/`);
    await typeAndWait(page, 'zzqxv');
    expect(await page.locator('.search-status').textContent()).toContain('Nothing found for “zzqxv”');
    expect(await page.locator('.search-results').isHidden()).toBe(true);
  });

  it('works by keyboard alone: Tab to the box, type, Tab to a result, Enter', async () => {
    await page.goto(`${siteUrl}gu/faq/`);
    for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement?.id)) !== 'site-search'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('કોડ');
    await waitForSearchAnswer(page, 'કોડ');
    let href: string | null = null;
    for (let i = 0; i < 4 && !href; i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => (document.activeElement?.closest('.search-results') ? document.activeElement.getAttribute('href') : null));
    }
    expect(href).toMatch(/^\/gu\//);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${origin}${href}`);
  });

  it('the search page runs the query from its address', async () => {
    await page.goto(`${siteUrl}ko/search/?q=${encodeURIComponent('인증 코드')}`);
    await waitForSearchAnswer(page, '인증 코드', '#page-search');
    expect((await resultLinks(page, '#page-search')).length).toBeGreaterThan(0);
    expect(await page.locator('#page-search').inputValue()).toBe('인증 코드');
  });

  it('no page load or search made a request to another origin', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
  });
});
