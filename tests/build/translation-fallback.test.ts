/**
 * A page a language declares untranslated shows the English text with a notice in that language; a translation
 * older than its English original shows a notice too. Builds a changed copy of the project.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, editFile, projectWith, removeFixtureProjects } from '../support/fixture-project';

let root: string;
let output: string;
const page = (path: string) => parse(readFileSync(join(root, 'dist', path), 'utf8'));

beforeAll(() => {
  root = projectWith((r) => {
    rmSync(join(r, 'content/guides/gu/faq.mdx'));
    editFile(r, 'src/i18n/languages.ts', (t) => {
      const declared = t.replace("{ code: 'gu',", "{ code: 'gu', untranslated: ['faq'],");
      if (declared === t) throw new Error("src/i18n/languages.ts has no line starting { code: 'gu', to declare the page in");
      return declared;
    });
    editFile(r, 'content/guides/ko/desktop.mdx', (t) => t.replace(/^lastVerified: .*$/m, 'lastVerified: 2026-01-15'));
  });
  const result = buildProject(root);
  output = result.output;
  expect(result.status, output).toBe(0);
}, 240_000);
afterAll(removeFixtureProjects);

describe('pages not yet translated, or translated before the English was updated', () => {
  it('a declared untranslated page is built from the English text, marked lang="en", with a notice in Gujarati', () => {
    const faq = page('gu/faq/index.html');
    expect(faq.querySelector('html')?.getAttribute('lang')).toBe('gu');
    expect(faq.querySelector('article')?.getAttribute('lang')).toBe('en');
    expect(faq.querySelector('h1')?.text).toBe(page('en/faq/index.html').querySelector('h1')?.text);
    const notice = faq.querySelector('.translation-notice-untranslated');
    expect(notice?.text).toContain('ગુજરાતી');
    expect(faq.querySelectorAll('details.faq-item').length).toBeGreaterThanOrEqual(8);
  });

  it('a translation verified before its English original says so and links to the English page', () => {
    const notice = page('ko/desktop/index.html').querySelector('.translation-notice-outdated');
    expect(notice).not.toBeNull();
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/en/desktop/');
    expect(page('ko/faq/index.html').querySelector('.translation-notice')).toBeNull();
    expect(page('gu/desktop/index.html').querySelector('.translation-notice')).toBeNull();
  });
});
