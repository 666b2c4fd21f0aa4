/** The reader tools in Chromium: the checklist that remembers, step links that copy, and printing. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe('before-you-start checklist', () => {
  it('remembers ticks across reloads and languages, and the button clears them', async () => {
    await page.goto(`${siteUrl}en/before-you-start/`);
    const boxes = page.locator('.checklist input[type="checkbox"]');
    expect(await boxes.count()).toBe(7);
    await page.locator('#done-finish-orders').click();
    await page.locator('#done-save-history').check();
    await page.reload();
    expect(await page.locator('#done-finish-orders').isChecked()).toBe(true);
    expect(await page.locator('#done-save-history').isChecked()).toBe(true);
    expect(await page.locator('#done-use-balance').isChecked()).toBe(false);

    await page.goto(`${siteUrl}ko/before-you-start/`);
    expect(await page.locator('#done-finish-orders').isChecked()).toBe(true);

    await page.locator('[data-checklist-reset]').click();
    expect(await page.locator('.checklist input:checked').count()).toBe(0);
    await page.reload();
    expect(await page.locator('.checklist input:checked').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  it('each checkbox is named by its step title', async () => {
    await page.goto(`${siteUrl}gu/before-you-start/`);
    const title = (await page.locator('#check-email').textContent())!.trim();
    expect(await page.getByRole('checkbox', { name: title }).count()).toBe(1);
  });
});

describe('step links', () => {
  it('the # beside a step puts it in the address bar and copies the address', async () => {
    await page.goto(`${siteUrl}ko/desktop/`);
    await page.locator('a.step-link[href="#get-code"]').click();
    // The status message is written once the clipboard has the address (step-links.ts), so wait for it, not a time.
    await page.locator('p[role="status"].visually-hidden').filter({ hasText: /\S/ }).waitFor({ state: 'attached' });
    expect(page.url()).toBe(`${siteUrl}ko/desktop/#get-code`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}ko/desktop/#get-code`);
  });

  it('every step link has a name that says which step it links to', async () => {
    await page.goto(`${siteUrl}en/mobile-browser/`);
    const names = await page.locator('a.step-link').evaluateAll((links) => links.map((a) => a.textContent?.trim() ?? ''));
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) expect(name).toMatch(/^#Link to the step “.+”$/);
  });
});

describe('structured data in the browser', () => {
  it('the HowTo steps of the phone page are exactly the steps the reader sees, in order', async () => {
    await page.goto(`${siteUrl}fr/mobile-browser/`);
    const fromJsonLd = await page.evaluate(() => {
      const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '{}'));
      const howTo = scripts.find((d) => d['@type'] === 'HowTo');
      return howTo.step.flatMap((s: { '@type': string; itemListElement?: { name: string }[]; name: string }) =>
        s['@type'] === 'HowToSection' ? s.itemListElement!.map((i) => i.name) : [s.name],
      );
    });
    const onScreen = await page.locator('ol.steps .step-title').evaluateAll((titles) => titles.map((t) => t.textContent?.trim()));
    expect(fromJsonLd).toEqual(onScreen);
    expect(onScreen.length).toBeGreaterThanOrEqual(10);
  });
});

describe('printing', () => {
  it('prints the steps and warnings without navigation, search or link controls', async () => {
    await page.goto(`${siteUrl}en/desktop/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.guide-nav', '.prev-next', '.step-link', '.site-footer']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('.step').first().isVisible()).toBe(true);
    expect(await page.locator('.callout').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
