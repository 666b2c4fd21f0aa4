/** Right-to-left pages are mirrored in Chromium, and Latin labels inside them keep their own direction. */
import { describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { sharedPage } from '../support/browser';

const siteUrl = inject('siteUrl');
const session = sharedPage();

const rightToLeft = languages.filter((l) => l.dir === 'rtl').map((l) => ({ code: l.code }));

describe('right-to-left pages', () => {
  it('the site has right-to-left languages to check', () => {
    expect(rightToLeft.length).toBeGreaterThanOrEqual(2);
  });

  it.each(rightToLeft)('/$code/desktop/ is mirrored: navigation on the right, step numbers right of their titles', async ({ code }) => {
    await session.page.setViewportSize({ width: 1280, height: 900 });
    await session.page.goto(`${siteUrl}${code}/desktop/`);
    expect(await session.page.locator('html').getAttribute('dir')).toBe('rtl');
    const nav = (await session.page.locator('.guide-nav').boundingBox())!;
    const main = (await session.page.locator('main').boundingBox())!;
    expect(nav.x).toBeGreaterThan(main.x + main.width - 1);
    const title = (await session.page.locator('#get-code').boundingBox())!;
    const step = session.page.locator('li.step', { has: session.page.locator('#get-code') });
    // The number circle sits at inset-inline-start: the right edge in a right-to-left page.
    expect(await step.evaluate((li) => getComputedStyle(li, '::before').right)).toBe('0px');
    expect(title.x + title.width).toBeLessThan((await step.boundingBox())!.x + (await step.boundingBox())!.width);
    await session.page.setViewportSize({ width: 412, height: 900 });
    const picker = (await session.page.locator('.language-picker').boundingBox())!;
    const name = (await session.page.locator('.site-name').boundingBox())!;
    expect(name.x).toBeGreaterThan(picker.x);
  });

  it.each(rightToLeft)('/$code/desktop/: English labels are isolated left-to-right runs', async ({ code }) => {
    await session.page.goto(`${siteUrl}${code}/desktop/`);
    const label = session.page.locator('.ui-label b[lang="en"]', { hasText: 'Delete my account' }).first();
    expect(await label.getAttribute('dir')).toBe('ltr');
    expect(await label.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await label.evaluate((el) => getComputedStyle(el.parentElement!.parentElement!).direction)).toBe('rtl');
  });
});
