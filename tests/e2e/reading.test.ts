/** Reading the guide in Chromium: scripts render with real fonts, the picker keeps the page, keyboard works. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fontsUsedFor, launchBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Checks that every character of a script in the element was drawn by a font made for that script. A missing font
 * shows as boxes drawn by some other font, which this catches; a screenshot alone would not fail.
 */
async function expectScriptFont(selector: string, script: RegExp, fontName: RegExp) {
  const text = (await page.locator(selector).first().textContent()) ?? '';
  const needed = [...text.normalize('NFC')].filter((c) => script.test(c)).length;
  expect(needed, `no ${script} text in ${selector}`).toBeGreaterThan(0);
  const fonts = await fontsUsedFor(page, selector);
  const drawnByScriptFont = fonts.filter((f) => fontName.test(f.family)).reduce((sum, f) => sum + f.glyphs, 0);
  // Gujarati clusters can take fewer glyphs than characters (conjuncts) or more (split vowel signs): allow some slack.
  expect(drawnByScriptFont, JSON.stringify(fonts)).toBeGreaterThanOrEqual(Math.floor(needed * 0.6));
  const others = fonts.filter((f) => !fontName.test(f.family)).reduce((sum, f) => sum + f.glyphs, 0);
  const nonScript = [...text].filter((c) => !script.test(c)).length;
  expect(others, `glyphs drawn by other fonts: ${JSON.stringify(fonts)}`).toBeLessThanOrEqual(nonScript);
}

describe('reading in Korean and switching to Gujarati', () => {
  it('a Korean page renders its text with a Korean font, not boxes', async () => {
    await page.goto(`${siteUrl}ko/desktop/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
    await expectScriptFont('h1', /\p{Script=Hangul}/u, /CJK|KR|Gothic|Nanum/);
    await expectScriptFont('#get-code', /\p{Script=Hangul}/u, /CJK|KR|Gothic|Nanum/);
    expect(await page.locator('#get-code').textContent()).toMatch(/[가-힣]/);
  });

  it('the picker switches to the same page in Gujarati, whose text renders with a Gujarati font', async () => {
    await page.goto(`${siteUrl}ko/desktop/`);
    await page.locator('.language-picker summary').click();
    await page.locator('.language-picker a[lang="gu"]').click();
    await page.waitForURL(`${siteUrl}gu/desktop/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('gu');
    await expectScriptFont('h1', /\p{Script=Gujarati}/u, /Gujarati/);
    await expectScriptFont('#get-code', /\p{Script=Gujarati}/u, /Gujarati/);
  });

  it('a step link lands on the step', async () => {
    await page.goto(`${siteUrl}gu/desktop/#get-code`);
    const box = await page.locator('#get-code').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(200);
  });
});

describe('keyboard only', () => {
  it('the skip link is the first stop, visible when focused, and moves focus to the guide', async () => {
    await page.goto(`${siteUrl}en/faq/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(page.url()).toBe(`${siteUrl}en/faq/#main`);
  });

  it('opens the language picker and changes language with Tab and Enter, focus always visible', async () => {
    await page.goto(`${siteUrl}ko/faq/`);
    const outlines: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, inPicker: !!el.closest('.language-picker'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      outlines.push(`${focused.tag}: ${focused.outline}`);
      expect(focused.outline, `focus on ${focused.tag} has no visible outline`).not.toMatch(/^none|0px$/);
      if (focused.tag === 'SUMMARY' && focused.inPicker) break;
    }
    expect(outlines.at(-1)).toMatch(/^SUMMARY/);
    await page.keyboard.press('Enter');
    expect(await page.locator('.language-picker').getAttribute('open')).not.toBeNull();
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('lang'))) === 'gu') break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(`${siteUrl}gu/faq/`);
  });
});

describe('tabbing through a whole page', () => {
  it('reaches every control of a guide page, the search box included, and focus is always visible', async () => {
    await page.goto(`${siteUrl}ko/mobile-browser/`);
    // Every control a reader can reach: links in the closed language list are not, until it is opened.
    const expected = await page.evaluate(
      () =>
        [...document.querySelectorAll('a[href], input, button, summary')].filter(
          (el) => (el as HTMLElement).getClientRects().length > 0 && (el.tagName === 'SUMMARY' || !el.closest('details:not([open])')),
        ).length,
    );
    const seen: string[] = [];
    for (let i = 0; i < expected + 5; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const box = el.getBoundingClientRect();
        return { label: `${el.tagName} ${el.getAttribute('href') ?? el.id ?? ''}`, visible, onScreen: box.width > 0 && box.height > 0 };
      });
      if (!focused) break;
      expect(focused.visible, `no visible focus on ${focused.label}`).toBe(true);
      expect(focused.onScreen, `${focused.label} is focused but not on screen`).toBe(true);
      if (seen.includes(focused.label) && focused.label.startsWith('A #main')) break;
      seen.push(focused.label);
    }
    expect(seen).toContain('INPUT site-search');
    expect(seen.length, seen.join(" | ")).toBe(expected);
  });
});

describe('without JavaScript', () => {
  it('the guide reads in full and the search form leads to a page listing every page', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const reader = await noJs.newPage();
      await reader.goto(`${siteUrl}ko/mobile-browser/`);
      expect(await reader.locator('ol.steps > li').count()).toBeGreaterThanOrEqual(8);
      await reader.locator('#site-search').fill('코드');
      await reader.locator('#site-search').press('Enter');
      await reader.waitForURL(/\/ko\/search\/\?q=/);
      expect(await reader.locator('main noscript, main p').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('자바스크립트')]));
      expect(await reader.locator('main .guide-nav a').count()).toBe(8);
    } finally {
      await noJs.close();
    }
  });
});
