/**
 * Text in every script the site has renders with a real font in Chromium. CSS.getPlatformFontsForNode tells which
 * fonts drew an element's glyphs: when no installed font covers a script, its characters are drawn as boxes by some
 * other font, which a screenshot test would not notice.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { fontsUsedFor, launchBrowser } from '../support/browser';

interface ScriptCheck {
  /** Characters of the language's own script. */
  characters: RegExp;
  /** Names of fonts made for that script. */
  fonts: RegExp;
}

const latin: ScriptCheck = { characters: /\p{Script=Latin}/u, fonts: /^(Noto Sans|Noto Serif|DejaVu Sans|DejaVu Serif|Liberation|Roboto|Cantarell)( |$)/ };
const checkByLanguage: Record<string, ScriptCheck> = {
  en: latin,
  es: latin,
  'pt-br': latin,
  fr: latin,
  de: latin,
  it: latin,
  nl: latin,
  pl: latin,
  tr: latin,
  ko: { characters: /\p{Script=Hangul}/u, fonts: /CJK KR|Sans KR|Nanum/ },
  ja: { characters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, fonts: /CJK JP|Sans JP/ },
  gu: { characters: /\p{Script=Gujarati}/u, fonts: /Gujarati/ },
  hi: { characters: /\p{Script=Devanagari}/u, fonts: /Devanagari/ },
  ar: { characters: /\p{Script=Arabic}/u, fonts: /Arabic/ },
  he: { characters: /\p{Script=Hebrew}/u, fonts: /Hebrew/ },
};

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

async function expectScriptFont(selector: string, check: ScriptCheck) {
  const text = ((await page.locator(selector).first().textContent()) ?? '').normalize('NFC');
  const ownScript = [...text].filter((c) => check.characters.test(c)).length;
  expect(ownScript, `no text in the language's script in ${selector}`).toBeGreaterThan(0);
  const fonts = await fontsUsedFor(page, selector);
  const byScriptFont = fonts.filter((f) => check.fonts.test(f.family)).reduce((sum, f) => sum + f.glyphs, 0);
  const byOthers = fonts.filter((f) => !check.fonts.test(f.family)).reduce((sum, f) => sum + f.glyphs, 0);
  // Complex scripts shape several characters into one glyph or one into several: allow some slack either way.
  expect(byScriptFont, `${selector}: ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(Math.floor(ownScript * 0.6));
  expect(byOthers, `${selector}: glyphs drawn by other fonts ${JSON.stringify(fonts)}`).toBeLessThanOrEqual(text.length - ownScript);
}

describe('every script renders with a font made for it', () => {
  it('every language of the site has a script check', () => {
    expect(languages.filter((l) => !checkByLanguage[l.code]).map((l) => l.code)).toEqual([]);
  });

  it.each(languages.map((l) => ({ code: l.code })))('/$code/desktop/: heading, step and navigation', async ({ code }) => {
    await page.goto(`${siteUrl}${code}/desktop/`);
    for (const selector of ['h1', '#get-code', '.guide-nav a[aria-current="page"]']) {
      await expectScriptFont(selector, checkByLanguage[code]);
    }
  });

  it('the language chooser draws every language name with its own script font', async () => {
    await page.goto(siteUrl);
    for (const language of languages) {
      await expectScriptFont(`.chooser-list li[lang="${language.hreflang}"] .chooser-name`, checkByLanguage[language.code]);
    }
  });
});
