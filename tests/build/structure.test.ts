/** Accessibility that can be read from the HTML: landmarks, headings, skip link, current page, link text. */
import { describe, expect, it } from 'vitest';
import { htmlFiles, readPage } from '../support/dist';

const pages = htmlFiles().map((file) => ({ file }));
const guidePages = pages.filter(({ file }) => /^[^/]+\/(?:[^/]+\/)?index\.html$/.test(file) && !file.includes('/search/'));

/** Link texts that say nothing on their own, in the site's languages. */
const vagueLinkTexts = /^(here|click here|read more|more|link|this page|여기|여기를 클릭|더 보기|અહીં|વધુ|aquí|hier|ici|qui|hier klicken)$/i;

describe('page structure', () => {
  it.each(pages)('$file has one h1 and headings that never skip a level', ({ file }) => {
    const headings = readPage(file).querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));
    expect(headings.filter((level) => level === 1)).toHaveLength(1);
    expect(headings[0]).toBe(1);
    const skips = headings.flatMap((level, i) => (i > 0 && level > headings[i - 1] + 1 ? [`h${headings[i - 1]} → h${level}`] : []));
    expect(skips).toEqual([]);
  });

  it.each(pages)('$file has one main landmark, and every link has text that makes sense alone', ({ file }) => {
    const page = readPage(file);
    expect(page.querySelectorAll('main')).toHaveLength(1);
    for (const link of page.querySelectorAll('a')) {
      const text = (link.getAttribute('aria-label') ?? link.text).replace(/\s+/g, ' ').trim();
      expect(text.length, `${file}: empty link to ${link.getAttribute('href')}`).toBeGreaterThan(1);
      expect(vagueLinkTexts.test(text), `${file}: link text "${text}"`).toBe(false);
    }
  });

  it.each(guidePages)('$file starts with a skip link to main, has banner, navigation and footer landmarks, and marks the current page', ({ file }) => {
    const page = readPage(file);
    const firstFocusable = page.querySelector('body a, body button, body input, body summary');
    expect(firstFocusable?.classList.contains('skip-link')).toBe(true);
    expect(firstFocusable?.getAttribute('href')).toBe('#main');
    expect(page.querySelector('body > header')).not.toBeNull();
    expect(page.querySelector('body > footer')).not.toBeNull();
    const navs = page.querySelectorAll('nav');
    expect(navs.length).toBeGreaterThanOrEqual(file.includes('erasure-request') ? 1 : 2);
    for (const nav of navs) expect(nav.getAttribute('aria-label'), `${file}: nav without a name`).toBeTruthy();
    expect(page.querySelectorAll('.guide-nav [aria-current="page"]')).toHaveLength(1);
  });
});
