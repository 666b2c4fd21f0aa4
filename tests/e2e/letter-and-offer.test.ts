/** The erasure-request letter and the offer of the reader's own language, in Chromium. */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '../../src/i18n/strings/en.json';
import ko from '../../src/i18n/strings/ko.json';
import { fieldMaxLength } from '../../src/lib/erasure-letter';
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
    expect(text).toContain('Legal basis: Personal Information Protection Act (South Korea; PIPA), Article 36.');
    expect(text).toContain('within 10 days of receiving this request');
    expect(text).not.toMatch(/\[[A-Z ]+\]/);
    const korean = (await page.locator('[data-letter-own]').textContent())!;
    expect(korean).toContain('김민지');
    expect(korean).not.toContain('[성명]');

    const mailto = new URL((await page.locator('[data-letter-mailto]').getAttribute('href'))!);
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe('DataProtection.AE@aliexpress.com');
    // Korean residents may also write to the Korean representative: the letter goes to both.
    expect(mailto.searchParams.get('cc')).toBe('korea_govreach@aliexpress.com');
    expect(await page.locator('[data-letter-status]').textContent()).toContain('korea_govreach@aliexpress.com');
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
    expect(await page.locator('[data-letter-english]').textContent()).toContain("Legal basis: Brazil's General Personal Data Protection Law (Law No. 13,709/2018; LGPD), Article 18.");
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

describe('erasure-request letter: what readers type', () => {
  /** Unicode's Bidi_Control characters (see cleanTypedText in src/lib/erasure-letter.ts). */
  const bidiControl = /\p{Bidi_Control}/u;
  const mailtoBody = async () => new URL((await page.locator('[data-letter-mailto]').getAttribute('href'))!).searchParams.get('body')!;
  const downloadText = async () => decodeURIComponent((await page.locator('[data-letter-download]').getAttribute('href'))!.replace('data:text/plain;charset=utf-8,', ''));
  const fillComplete = async (lang: string) => {
    await page.goto(`${siteUrl}${lang}/erasure-request/`);
    await page.locator('#letter-name').fill('Ana Souza');
    await page.locator('#letter-email').fill('ana@example.com');
    await page.locator('#letter-country').selectOption('fr');
    await page.locator('[data-letter-mailto][href]').waitFor({ state: 'attached' });
  };

  it('strips direction controls from the letter shown, the copy, the download and the email', async () => {
    await page.goto(`${siteUrl}ar/erasure-request/`);
    await page.locator('#letter-name').fill('Ana \u202Eazuos\u202C');
    await page.locator('#letter-email').fill('ana@example.com\u200F');
    await page.locator('#letter-country').selectOption('fr');
    await page.locator('#letter-details').fill('order \u061C123-456 \u2067x\u2069');
    await page.locator('[data-letter-mailto][href]').waitFor({ state: 'attached' });
    const shown = (await page.locator('[data-letter-english]').textContent())!;
    expect(shown).toContain('My name is Ana azuos.');
    expect(shown).toContain('is ana@example.com,');
    expect(shown).toContain('Further details: order 123-456 x');
    await page.locator('[data-letter-copy]').click();
    const copied = (await page.locator('.letter-messages').getAttribute('data-copied'))!.replace('{address}', 'DataProtection.AE@aliexpress.com');
    await page.locator('[data-letter-status]').filter({ hasText: copied }).waitFor();
    // The Arabic copy isolates its own legal references ("12(3)") left to right; what the reader typed is stripped.
    const own = (await page.locator('[data-letter-own]').textContent())!.replace(/\u2066[^\u2066-\u2069]*\u2069/g, '');
    const outputs = [shown, own, await mailtoBody(), await downloadText(), await page.evaluate(() => navigator.clipboard.readText())];
    for (const output of outputs) expect(output).not.toMatch(bidiControl);
    expect(await mailtoBody()).toContain('My name is Ana azuos.');
  });

  it('a lone surrogate set into a field leaves no older letter in the copy, download or email', async () => {
    const errors: string[] = [];
    const onError = (error: Error) => errors.push(error.message);
    page.on('pageerror', onError);
    await fillComplete('en');
    expect(await mailtoBody()).not.toContain('Further details');
    await page.locator('#letter-details').evaluate((details: HTMLTextAreaElement) => {
      details.value = 'order 8\uD800';
      details.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await page.locator('[data-letter-english]').textContent()).toContain('Further details: order 8\uFFFD');
    expect(await mailtoBody()).toContain('Further details: order 8\uFFFD');
    expect(await downloadText()).toContain('Further details: order 8\uFFFD');
    page.off('pageerror', onError);
    expect(errors).toEqual([]);
  });

  it('details that quote a placeholder do not hold the letter back', async () => {
    await fillComplete('en');
    await page.locator('#letter-details').fill(`My old account was registered as ${en['letter.placeholderName']}.`);
    expect(await page.locator('[data-letter-copy]').isDisabled()).toBe(false);
    expect(await mailtoBody()).toContain(`registered as ${en['letter.placeholderName']}.`);
  });

  it('the fields take no more than their maxlength', async () => {
    await page.goto(`${siteUrl}en/erasure-request/`);
    for (const [id, max] of [['#letter-name', fieldMaxLength.name], ['#letter-email', fieldMaxLength.email], ['#letter-details', fieldMaxLength.details]] as const) {
      expect(await page.locator(id).getAttribute('maxlength')).toBe(String(max));
      await page.locator(id).fill('a'.repeat(max + 50));
      expect((await page.locator(id).inputValue()).length, id).toBe(max);
    }
  });

  it('a letter too long for an email link says so in the reader’s language; copy and download still work', async () => {
    await fillComplete('ko');
    const details = '주문 번호와 다른 이메일 주소도 함께 삭제해 주세요. '.repeat(12).trim();
    await page.locator('#letter-details').fill(details);
    const mailto = page.locator('[data-letter-mailto]');
    await page.locator('[data-letter-hint]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-letter-hint]').textContent()).toBe(ko['letter.mailtoTooLong']);
    expect(await mailto.getAttribute('href')).toBeNull();
    expect(await mailto.getAttribute('aria-disabled')).toBe('true');
    expect(await mailto.getAttribute('aria-describedby')).toBe('letter-hint');
    expect(await page.locator('[data-letter-copy]').isDisabled()).toBe(false);
    expect(await downloadText()).toContain(details);

    await page.locator('#letter-details').fill('주문 번호 123');
    await page.locator('[data-letter-hint]').waitFor({ state: 'hidden' });
    expect(await page.locator('[data-letter-hint]').textContent()).toBe('');
    expect(await mailtoBody()).toContain('주문 번호 123');
  });

  it('a place whose requests go elsewhere (Russia) gets a letter to copy, no email link, and says why', async () => {
    await page.goto(`${siteUrl}en/erasure-request/`);
    await page.locator('#letter-name').fill('Ivan Petrov');
    await page.locator('#letter-email').fill('ivan@example.com');
    await page.locator('#letter-country').selectOption('ru');
    expect(await page.locator('[data-letter-copy]').isDisabled()).toBe(false);
    expect(await page.locator('[data-letter-mailto]').getAttribute('href')).toBeNull();
    expect(await page.locator('[data-letter-hint]').textContent()).toBe(en['letter.noRecipient']);
    expect(await page.locator('[data-letter-english]').textContent()).toContain('within 10 working days of receiving this request');
  });

  it('the advice for no reply names the chosen place’s regulator, and only that place', async () => {
    await page.goto(`${siteUrl}fr/erasure-request/`);
    const shown = page.locator('[data-advice-place]:visible');
    // Before a choice: the places readers of French pages most likely live.
    expect(await shown.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.advicePlace))).toEqual(['fr', 'be', 'lu']);
    await page.locator('#letter-country').selectOption('it');
    expect(await shown.count()).toBe(1);
    expect(await shown.textContent()).toContain('Autorité italienne de protection des données');
    await page.locator('#letter-country').selectOption('kr');
    expect(await shown.textContent()).toContain('korea_govreach@aliexpress.com');
  });

  it('the download link saves the letter under the Content Security Policy', async () => {
    const violations: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    };
    page.on('console', onConsole);
    await fillComplete('en');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-letter-download]').click()]);
    expect(download.suggestedFilename()).toBe('erasure-request.txt');
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toBe(`${(await page.locator('[data-letter-english]').textContent())!}\n`);
    page.off('console', onConsole);
    expect(violations).toEqual([]);
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
