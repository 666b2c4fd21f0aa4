/** Text in every script the site has renders with a real font in Chromium, never boxes (see support/script-fonts). */
import { describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { sharedPage } from '../support/browser';
import { checkByLanguage, expectScriptFont } from '../support/script-fonts';

const siteUrl = inject('siteUrl');
const session = sharedPage();

describe('every script renders with a font made for it', () => {
  it('every language of the site has a script check', () => {
    expect(languages.filter((l) => !checkByLanguage[l.code]).map((l) => l.code)).toEqual([]);
  });

  it.each(languages.map((l) => ({ code: l.code })))('/$code/desktop/: heading, step and navigation', async ({ code }) => {
    await session.page.goto(`${siteUrl}${code}/desktop/`);
    for (const selector of ['h1', '#get-code', '.guide-nav a[aria-current="page"]']) {
      await expectScriptFont(session.page, selector, checkByLanguage[code]);
    }
  });

  it('the language chooser draws every language name with its own script font', async () => {
    await session.page.goto(siteUrl);
    for (const language of languages) {
      await expectScriptFont(session.page, `.chooser-list li[lang="${language.hreflang}"] .chooser-name`, checkByLanguage[language.code]);
    }
  });
});
