/** Reading the guide in Chromium: scripts render with real fonts, the picker keeps the page, keyboard works. */
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, sharedPage } from '../support/browser';
import { checkByLanguage, expectScriptFont } from '../support/script-fonts';

const siteUrl = inject('siteUrl');
const session = sharedPage();

describe('reading in Korean and switching to Gujarati', () => {
  it('a Korean page renders its text with a Korean font, not boxes', async () => {
    await session.page.goto(`${siteUrl}ko/desktop/`);
    expect(await session.page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await session.page.locator('h1').isVisible()).toBe(true);
    await expectScriptFont(session.page, 'h1', checkByLanguage.ko);
    await expectScriptFont(session.page, '#get-code', checkByLanguage.ko);
    expect(await session.page.locator('#get-code').textContent()).toMatch(/[가-힣]/);
  });

  it('the picker switches to the same page in Gujarati, whose text renders with a Gujarati font', async () => {
    await session.page.goto(`${siteUrl}ko/desktop/`);
    await session.page.locator('.language-picker summary').click();
    await session.page.locator('.language-picker a[lang="gu"]').click();
    await session.page.waitForURL(`${siteUrl}gu/desktop/`);
    expect(await session.page.locator('html').getAttribute('lang')).toBe('gu');
    await expectScriptFont(session.page, 'h1', checkByLanguage.gu);
    await expectScriptFont(session.page, '#get-code', checkByLanguage.gu);
  });

  it('a step link lands on the step', async () => {
    await session.page.goto(`${siteUrl}gu/desktop/#get-code`);
    const box = await session.page.locator('#get-code').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(200);
  });
});

describe('keyboard only', () => {
  it('the skip link is the first stop, visible when focused, and moves focus to the guide', async () => {
    await session.page.goto(`${siteUrl}en/faq/`);
    await session.page.keyboard.press('Tab');
    const skip = session.page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    await session.page.keyboard.press('Enter');
    // Following the link is not done when the key press returns: reading the address at once failed under load.
    await session.page.waitForURL(`${siteUrl}en/faq/#main`);
  });

  it('opens the language picker and changes language with Tab and Enter, focus always visible', async () => {
    await session.page.goto(`${siteUrl}ko/faq/`);
    const outlines: string[] = [];
    for (let i = 0; i < 10; i++) {
      await session.page.keyboard.press('Tab');
      const focused = await session.page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, inPicker: !!el.closest('.language-picker'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
      });
      outlines.push(`${focused.tag}: ${focused.outline}`);
      expect(focused.outline, `focus on ${focused.tag} has no visible outline`).not.toMatch(/^none|0px$/);
      if (focused.tag === 'SUMMARY' && focused.inPicker) break;
    }
    expect(outlines.at(-1)).toMatch(/^SUMMARY/);
    await session.page.keyboard.press('Enter');
    expect(await session.page.locator('.language-picker').getAttribute('open')).not.toBeNull();
    for (let i = 0; i < 5; i++) {
      await session.page.keyboard.press('Tab');
      if ((await session.page.evaluate(() => document.activeElement?.getAttribute('lang'))) === 'gu') break;
    }
    await session.page.keyboard.press('Enter');
    await session.page.waitForURL(`${siteUrl}gu/faq/`);
  });
});

describe('tabbing through a whole page', () => {
  it('reaches every control of a guide page, the search box included, and focus is always visible', async () => {
    await session.page.goto(`${siteUrl}ko/mobile-browser/`);
    // Every control a reader can reach: links in the closed language list are not, until it is opened.
    const expected = await session.page.evaluate(
      () =>
        [...document.querySelectorAll('a[href], input, button, summary')].filter(
          (el) => (el as HTMLElement).getClientRects().length > 0 && (el.tagName === 'SUMMARY' || !el.closest('details:not([open])')),
        ).length,
    );
    const seen: string[] = [];
    for (let i = 0; i < expected + 5; i++) {
      await session.page.keyboard.press('Tab');
      const focused = await session.page.evaluate(() => {
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
