/**
 * Checks that text in a language's script is drawn by a font made for that script. CSS.getPlatformFontsForNode tells
 * which fonts drew an element's glyphs: when no installed font covers a script, its characters are drawn as boxes
 * by some other font, which a screenshot test would not notice.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fontsUsedFor } from './browser';

export interface ScriptCheck {
  /** Characters of the language's own script. */
  characters: RegExp;
  /** Names of fonts made for that script. */
  fonts: RegExp;
}

const latin: ScriptCheck = { characters: /\p{Script=Latin}/u, fonts: /^(Noto Sans|Noto Serif|DejaVu Sans|DejaVu Serif|Liberation|Roboto|Cantarell)( |$)/ };
// Noto Sans and DejaVu Sans cover Cyrillic as well as Latin.
const cyrillic: ScriptCheck = { characters: /\p{Script=Cyrillic}/u, fonts: latin.fonts };
export const checkByLanguage: Record<string, ScriptCheck> = {
  en: latin,
  es: latin,
  'pt-br': latin,
  fr: latin,
  de: latin,
  it: latin,
  nl: latin,
  pl: latin,
  tr: latin,
  vi: latin,
  id: latin,
  ko: { characters: /\p{Script=Hangul}/u, fonts: /CJK KR|Sans KR|Nanum/ },
  ja: { characters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u, fonts: /CJK JP|Sans JP/ },
  gu: { characters: /\p{Script=Gujarati}/u, fonts: /Gujarati/ },
  hi: { characters: /\p{Script=Devanagari}/u, fonts: /Devanagari/ },
  ar: { characters: /\p{Script=Arabic}/u, fonts: /Arabic/ },
  he: { characters: /\p{Script=Hebrew}/u, fonts: /Hebrew/ },
  ru: cyrillic,
  uk: cyrillic,
  th: { characters: /\p{Script=Thai}/u, fonts: /Thai/ },
};

export async function expectScriptFont(page: Page, selector: string, check: ScriptCheck) {
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
