/** Every internal link, stylesheet, script and anchor in dist/ resolves; reading needs no JavaScript. */
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles, readPage } from '../support/dist';
import { brokenLinks } from '../support/link-check';

describe('internal links', () => {
  it('every href and src inside the site resolves to a file, and every #anchor to an element', () => {
    expect(brokenLinks(distDir)).toEqual([]);
  });

  it('every link to another site carries rel="noopener noreferrer"', () => {
    const bare: string[] = [];
    for (const file of htmlFiles()) {
      for (const link of readPage(file).querySelectorAll('a[href^="http"], a[href^="//"]')) {
        const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bare.push(`${file}: ${link.getAttribute('href')}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('ids are unique on every page', () => {
    const duplicates: string[] = [];
    for (const file of htmlFiles()) {
      const seen = new Set<string>();
      for (const element of readPage(file).querySelectorAll('[id]')) {
        if (seen.has(element.id)) duplicates.push(`${file}: id "${element.id}"`);
        seen.add(element.id);
      }
    }
    expect(duplicates).toEqual([]);
  });
});

describe('no JavaScript needed to read, nothing from other sites', () => {
  it.each(htmlFiles().map((file) => ({ file })))('$file loads scripts and styles only from this site, and no inline script', ({ file }) => {
    const page = readPage(file);
    for (const script of page.querySelectorAll('script')) {
      // Data blocks (structured data, the letter's texts) are never run.
      if (['application/ld+json', 'application/json'].includes(script.getAttribute('type') ?? '')) continue;
      expect(script.getAttribute('src'), `${file}: inline script`).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    }
    for (const element of page.querySelectorAll('link[rel="stylesheet"], img, iframe, link[rel="icon"]')) {
      const value = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      expect(value.startsWith('/'), `${file}: ${value}`).toBe(true);
    }
  });

  it('the guide text is in the HTML itself', () => {
    const page = readPage('ko/desktop/index.html');
    expect(page.querySelectorAll('article ol.steps > li.step').length).toBeGreaterThanOrEqual(5);
    expect(page.querySelector('#get-code')?.text.trim().length).toBeGreaterThan(2);
  });
});
