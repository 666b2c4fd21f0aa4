/**
 * The pages obey their Content Security Policy while reading and searching (sent both as the meta tag and, by the
 * test server, as the _headers file's header), set no cookies and store nothing.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { launchBrowser } from '../support/browser';
import { searchFor } from '../support/search';

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
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|CSP/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
});
afterAll(async () => {
  await browser?.close();
});

describe('Content Security Policy', () => {
  it('is sent as a header and as a meta tag, without unsafe-inline or unsafe-eval', async () => {
    const response = await page.goto(`${siteUrl}en/`);
    const header = (await response!.allHeaders())['content-security-policy'];
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'none'");
  });

  it.each(languages.map((l) => ({ code: l.code })))('/$code/: reading and searching raise no violation or console error', async ({ code }) => {
    problems.length = 0;
    await page.goto(`${siteUrl}${code}/desktop/`);
    await page.locator('#site-search').fill('code');
    await page.locator('#site-search').press('Backspace');
    await searchFor(page, code === 'ko' ? '코드' : code === 'gu' ? 'કોડ' : 'code');
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
    await searchFor(page, '코드');
    expect(await browser.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
  });
});
