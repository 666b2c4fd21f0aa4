/**
 * A page a language declares untranslated shows the English text with a notice in that language; a section whose
 * English changed after it was translated shows a notice under its own heading, and only there. Builds a changed copy
 * of the project.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatStatus, translationStatus } from '../../scripts/translation-status';
import { buildProject, editFile, projectWith, removeFixtureProjects } from '../support/fixture-project';

let root: string;
let output: string;
const page = (path: string) => parse(readFileSync(join(root, 'dist', path), 'utf8'));
const changedSentence = 'The privacy centre only works after you log in.';

beforeAll(() => {
  root = projectWith((r) => {
    rmSync(join(r, 'content/guides/gu/faq.mdx'));
    editFile(r, 'src/i18n/languages.ts', (t) => {
      const declared = t.replace("{ code: 'gu',", "{ code: 'gu', untranslated: ['faq'],");
      if (declared === t) throw new Error("src/i18n/languages.ts has no line starting { code: 'gu', to declare the page in");
      return declared;
    });
    // One English section changes after every translation was marked: "If something is different" on the desktop page.
    editFile(r, 'content/guides/en/desktop.mdx', (t) => {
      if (!t.includes(changedSentence)) throw new Error(`content/guides/en/desktop.mdx no longer says "${changedSentence}"`);
      return t.replace(changedSentence, 'The privacy centre only works after you log in, in the same browser.');
    });
  });
  const result = buildProject(root);
  output = result.output;
  expect(result.status, output).toBe(0);
}, 240_000);
afterAll(removeFixtureProjects);

describe('pages not yet translated, and sections translated before the English changed', () => {
  it('a declared untranslated page is built from the English text, marked lang="en", with a notice in Gujarati', () => {
    const faq = page('gu/faq/index.html');
    expect(faq.querySelector('html')?.getAttribute('lang')).toBe('gu');
    expect(faq.querySelector('article')?.getAttribute('lang')).toBe('en');
    expect(faq.querySelector('h1')?.text).toBe(page('en/faq/index.html').querySelector('h1')?.text);
    const notice = faq.querySelector('.translation-notice-untranslated');
    expect(notice?.text).toContain('ગુજરાતી');
    expect(faq.querySelectorAll('details.faq-item').length).toBeGreaterThanOrEqual(8);
    expect(faq.querySelector('.translation-notice-outdated')).toBeNull();
  });

  it('the notice follows the heading of exactly the section whose English changed, in every language, linking to it in English', () => {
    for (const lang of ['ko', 'ar']) {
      const desktop = page(`${lang}/desktop/index.html`);
      const notices = desktop.querySelectorAll('.translation-notice');
      expect(notices, `${lang}/desktop`).toHaveLength(1);
      const headings = desktop.querySelectorAll('article h2');
      expect(headings).toHaveLength(3);
      expect(headings[1].nextElementSibling).toBe(notices[0]);
      expect(notices[0].querySelector('a')?.getAttribute('href')).toBe('/en/desktop/#if-something-is-different');
      expect(notices[0].querySelector('a')?.getAttribute('hreflang')).toBe('en');
    }
    expect(page('ko/desktop/index.html').querySelectorAll('.translation-notice')[0].text).toContain('이 부분의 영어 원문이 바뀌었습니다');
    expect(page('ko/faq/index.html').querySelector('.translation-notice')).toBeNull();
    expect(page('ko/mobile-browser/index.html').querySelector('.translation-notice')).toBeNull();
    expect(page('en/desktop/index.html').querySelector('.translation-notice')).toBeNull();
  });

  it('npm run translation-status names the same section', () => {
    const roots = { guides: join(root, 'content/guides'), status: join(root, 'content/translation-status') };
    const report = formatStatus(translationStatus(roots, { languages: ['ko'], pages: ['desktop', 'faq'] }));
    expect(report).toContain('desktop: section 2 "If something is different" (here "화면이 다를 때"): English has changed since this translation was marked');
    expect(report.match(/English has changed/g)).toHaveLength(1);
  });
});
