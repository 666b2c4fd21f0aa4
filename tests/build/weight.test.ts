/** Every page loads in one small transfer: the budgets in tests/budgets.json, in exact brotli bytes. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageWeight, staticImportsOf } from '../../scripts/page-weight.mjs';
import { toolPageSlugs } from '../../src/lib/guide-pages';
import { distDir, htmlFiles, readPage } from '../support/dist';

const { pageTotalMax, factsPages, factsPageTotalMax, scriptAtLoadMax, toolScriptAtLoadMax } = JSON.parse(readFileSync('tests/budgets.json', 'utf8')).weight as {
  pageTotalMax: number;
  factsPages: string[];
  factsPageTotalMax: number;
  scriptAtLoadMax: number;
  toolScriptAtLoadMax: number;
};
/** The pages that carry every place's facts and their sources have their own budget (see tests/budgets.json). */
const budgetFor = (file: string) => (factsPages.some((slug) => file.startsWith(`${file.split('/')[0]}/${slug}/`)) ? factsPageTotalMax : pageTotalMax);
/** The letter tool runs its own script on top of every page's (see tests/budgets.json). */
const scriptBudgetFor = (file: string) => (toolPageSlugs.some((slug) => file.startsWith(`${file.split('/')[0]}/${slug}/`)) ? toolScriptAtLoadMax : scriptAtLoadMax);

describe('weight budgets', () => {
  it.each(htmlFiles().map((file) => ({ file })))('$file fits the budget', ({ file }) => {
    const weight = pageWeight(distDir, file);
    const detail = `${file}: HTML ${weight.html} + CSS ${weight.css} + JS ${weight.js} = ${weight.total} bytes brotli`;
    expect(weight.total, `${detail}; budget ${budgetFor(file)}`).toBeLessThanOrEqual(budgetFor(file));
    expect(weight.js, `${detail}; JavaScript budget ${scriptBudgetFor(file)}`).toBeLessThanOrEqual(scriptBudgetFor(file));
  });

  it('no page loads Pagefind, web fonts or images at load', () => {
    for (const file of htmlFiles()) {
      const page = readPage(file);
      const loaded = [...page.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"], link[rel="modulepreload"], img')].map(
        (el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '',
      );
      expect(loaded.filter((url) => /pagefind|\.woff2?$|\.ttf$|\.otf$/.test(url)), file).toEqual([]);
      expect(readFileSync(`${distDir}/${file}`, 'utf8')).not.toMatch(/@font-face/);
    }
    for (const css of readdirSync(`${distDir}/_astro`).filter((name) => name.endsWith('.css'))) {
      expect(readFileSync(`${distDir}/_astro/${css}`, 'utf8'), css).not.toMatch(/@font-face|@import/);
    }
  });

  it('follows static imports but not dynamic ones', () => {
    expect(staticImportsOf('import{a as b}from"./x.js";import "./y.js";const p=import("/pagefind/pagefind.js")')).toEqual(['./x.js', './y.js']);
  });
});
