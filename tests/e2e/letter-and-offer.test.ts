/** The erasure-request letter and the offer of the reader's own language, in Chromium. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('erasure-request letter', () => {
  it('fills the English letter and the Korean version from the form, with no placeholder left', async () => {
    await page.goto(`${siteUrl}ko/erasure-request/`);
    const english = page.locator('[data-letter-english]');
    expect(await english.textContent()).toContain('[YOUR FULL NAME]');
    expect(await page.locator('[data-letter-copy]').isDisabled()).toBe(true);
    expect(await page.locator('[data-letter-mailto]').getAttribute('href')).toBeNull();

    await page.locator('#letter-name').fill('김민지');
    await page.locator('#letter-email').fill('minji@example.com');
    await page.locator('#letter-country').selectOption('kr');
    const text = (await english.textContent())!;
    expect(text).toContain('My name is 김민지.');
    expect(text).toContain('minji@example.com');
    expect(text).toContain('Article 36 of the Personal Information Protection Act');
    expect(text).toContain('within 10 days');
    expect(text).not.toMatch(/\[[A-Z ]+\]/);
    const korean = (await page.locator('[data-letter-own]').textContent())!;
    expect(korean).toContain('김민지');
    expect(korean).not.toContain('[성명]');

    const mailto = new URL((await page.locator('[data-letter-mailto]').getAttribute('href'))!);
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe('DataProtection.AE@aliexpress.com');
    expect(mailto.searchParams.get('subject')).toBe('Request to erase my personal data');
    expect(mailto.searchParams.get('body')).toContain('My name is 김민지.');

    const download = page.locator('[data-letter-download]');
    expect(await download.getAttribute('download')).toBe('erasure-request.txt');
    expect(decodeURIComponent((await download.getAttribute('href'))!.replace('data:text/plain;charset=utf-8,', ''))).toContain('김민지');

    await page.locator('[data-letter-copy]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('My name is 김민지.');
  });

  it('cannot go out with an invalid email or no country', async () => {
    await page.goto(`${siteUrl}en/erasure-request/`);
    await page.locator('#letter-name').fill('Ana Souza');
    await page.locator('#letter-email').fill('ana@example');
    await page.locator('#letter-country').selectOption('br');
    expect(await page.locator('[data-letter-copy]').isDisabled()).toBe(true);
    expect(await page.locator('[data-letter-mailto]').getAttribute('href')).toBeNull();
    await page.locator('#letter-email').fill('ana@example.com.br');
    expect(await page.locator('[data-letter-copy]').isDisabled()).toBe(false);
    expect(await page.locator('[data-letter-english]').textContent()).toContain('Article 18 of Brazil');
    await page.locator('#letter-country').selectOption('');
    expect(await page.locator('[data-letter-copy]').isDisabled()).toBe(true);
  });

  it('sends nothing anywhere while the letter is filled in', async () => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${siteUrl}gu/erasure-request/`);
    await page.locator('#letter-name').fill('પટેલ');
    await page.locator('#letter-email').fill('patel@example.in');
    await page.locator('#letter-country').selectOption('in');
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(requests.filter((url) => url.includes('?') || url.includes('patel'))).toEqual([]);
  });
});

describe('offer of the reader’s language', () => {
  it('a ko-KR browser on an English page sees an offer of the Korean page, is not redirected, and a dismissal is remembered', async () => {
    const korean = await launchBrowser({ locale: 'ko-KR' });
    try {
      const reader = await korean.newPage();
      await reader.goto(`${siteUrl}en/desktop/`);
      const offer = reader.locator('[data-language-offer]');
      // The offer script marks the offer once it has decided (language-offer.ts): wait for that, not for a time.
      await reader.locator('[data-language-offer][data-language-offer-checked]').waitFor({ state: 'attached' });
      expect(await offer.isVisible()).toBe(true);
      expect(reader.url()).toBe(`${siteUrl}en/desktop/`);
      const link = offer.locator('a:visible');
      expect(await link.count()).toBe(1);
      expect(await link.getAttribute('href')).toBe('/ko/desktop/');
      expect(await link.getAttribute('lang')).toBe('ko');
      await offer.locator('button').click();
      expect(await offer.isVisible()).toBe(false);
      await reader.reload();
      await reader.locator('[data-language-offer][data-language-offer-checked]').waitFor({ state: 'attached' });
      expect(await offer.isVisible()).toBe(false);
      await reader.goto(`${siteUrl}ko/desktop/`);
      await reader.locator('[data-language-offer][data-language-offer-checked]').waitFor({ state: 'attached' });
      expect(await reader.locator('[data-language-offer]').isVisible()).toBe(false);
      expect(await korean.cookies()).toEqual([]);
    } finally {
      await korean.close();
    }
  });
});
