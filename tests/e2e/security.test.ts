/**
 * The pages obey their Content Security Policy while reading and searching (sent both as the meta tag and, by the
 * test server, as the _headers file's header, and with the meta tag alone as on GitHub Pages), set no cookies and
 * store nothing.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser } from '../support/browser';
import { searchFor as typeAndWait } from '../support/search';

const siteUrl = inject('siteUrl');
let browser: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  await browser.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  page = await watchedPage();
});

/** A new page whose console errors, CSP violations and uncaught errors land in `problems`. */
async function watchedPage(): Promise<Page> {
  const watched = await browser.newPage();
  watched.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|CSP/i.test(message.text())) problems.push(`${watched.url()}: ${message.text()}`);
  });
  watched.on('pageerror', (error) => problems.push(`${watched.url()}: ${error.message}`));
  return watched;
}

/** Types a query into the header's search box and waits for its results; resolves to the web workers started meanwhile. */
async function searchFor(on: Page, query: string): Promise<string[]> {
  const workers: string[] = [];
  const onWorker = (worker: { url(): string }) => workers.push(worker.url());
  on.on('worker', onWorker);
  await typeAndWait(on, query);
  on.off('worker', onWorker);
  expect(await on.locator('.search-results a').count()).toBeGreaterThan(0);
  return workers;
}
afterAll(async () => {
  await browser?.close();
});

describe('Content Security Policy', () => {
  it('is sent as a header and as a meta tag, without unsafe-inline or unsafe-eval', async () => {
    const response = await page.goto(`${siteUrl}en/`);
    const header = (await response!.allHeaders())['content-security-policy'];
    expect(header).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval';/);
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toContain("default-src 'none'");
    expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('search runs Pagefind and compiles its WebAssembly on the page’s own thread, under the page’s policy', async () => {
    problems.length = 0;
    await page.goto(`${siteUrl}en/desktop/`);
    expect(await searchFor(page, 'code')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('with the meta tag alone (GitHub Pages ignores _headers) search still works, with no violation', async () => {
    const { server, url } = await startServer({ root: 'dist', port: 0, sendHeaders: false });
    const metaOnly = await watchedPage();
    try {
      problems.length = 0;
      const response = await metaOnly.goto(`${url}ko/desktop/`);
      expect((await response!.allHeaders())['content-security-policy']).toBeUndefined();
      expect(await metaOnly.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval';/);
      await searchFor(metaOnly, '코드');
      expect(problems).toEqual([]);
    } finally {
      await metaOnly.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.each(languages.map((l) => ({ code: l.code })))('/$code/: reading and searching raise no violation or console error', async ({ code }) => {
    problems.length = 0;
    await page.goto(`${siteUrl}${code}/desktop/`);
    await page.locator('#site-search').fill('code');
    await page.locator('#site-search').press('Backspace');
    await typeAndWait(page, code === 'ko' ? '코드' : code === 'gu' ? 'કોડ' : 'code');
    expect(problems).toEqual([]);
  });

  it('a script injected into the page is blocked, so the policy is really enforced', async () => {
    problems.length = 0;
    await page.goto(`${siteUrl}en/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(problems.some((p) => /CSP violation: script-src/.test(p))).toBe(true);
  });
});

describe('privacy', () => {
  it('no cookies and no storage after reading and searching', async () => {
    await page.goto(`${siteUrl}ko/faq/`);
    await typeAndWait(page, '코드');
    expect(await browser.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
  });
});
