/**
 * The language chooser at "/": all the site's languages on one screen of a phone and of a computer, each in its own
 * language and direction; the reader's browser languages first when JavaScript runs, the full list when it does not,
 * and nobody redirected.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { launchBrowser } from '../support/browser';

const siteUrl = inject('siteUrl');
const contexts: Awaited<ReturnType<typeof launchBrowser>>[] = [];

async function openChooser(options: Parameters<typeof launchBrowser>[0], viewport = { width: 360, height: 640 }): Promise<Page> {
  const context = await launchBrowser(options);
  contexts.push(context);
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(siteUrl);
  if (options?.javaScriptEnabled !== false) await page.waitForSelector('[data-language-chooser-ordered]', { state: 'attached' });
  return page;
}

/** The chooser's entries as shown, top to bottom and line by line: lang, dir and where each link is drawn. */
function entries(page: Page) {
  return page.locator('.chooser-list li').evaluateAll((items) =>
    items.map((li) => {
      const box = li.querySelector('a')!.getBoundingClientRect();
      return { lang: li.getAttribute('lang'), dir: li.getAttribute('dir'), top: box.top, bottom: box.bottom, left: box.left, right: box.right, height: box.height };
    }),
  );
}

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

describe('the language chooser', () => {
  it.each([
    { device: 'a phone', width: 360, height: 640 },
    { device: 'a computer', width: 1280, height: 720 },
  ])('shows every language on the first screen of $device ($width × $height), each a target of at least 44 px', async ({ width, height }) => {
    const page = await openChooser({ locale: 'en-US' }, { width, height });
    const shown = await entries(page);
    expect(shown).toHaveLength(languages.length);
    for (const entry of shown) {
      expect(entry.bottom, `${entry.lang} ends below the fold`).toBeLessThanOrEqual(height);
      expect(entry.left).toBeGreaterThanOrEqual(0);
      expect(entry.right).toBeLessThanOrEqual(width);
      expect(entry.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  it.each([
    { locale: 'th-TH', first: 'th' },
    { locale: 'uk-UA', first: 'uk' },
    { locale: 'pt-PT', first: 'pt-BR' },
  ])('lists the browser language first ($locale → $first), and stays on /', async ({ locale, first }) => {
    const page = await openChooser({ locale });
    const shown = await entries(page);
    expect(shown[0].lang).toBe(first);
    expect(await page.locator('.chooser-list li').first().getAttribute('data-preferred')).toBe('');
    expect(shown.map((e) => e.lang).sort()).toEqual(languages.map((l) => l.hreflang).sort());
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('without JavaScript, lists every language in the site order, each in its own lang and dir', async () => {
    const page = await openChooser({ javaScriptEnabled: false, locale: 'th-TH' });
    const shown = await entries(page);
    expect(shown.map((e) => [e.lang, e.dir])).toEqual(languages.map((l) => [l.hreflang, l.dir]));
    expect(new URL(page.url()).pathname).toBe('/');
  });
});
