/**
 * A build for a subfolder (BASE_PATH=/some/path/ SITE_URL=https://example.org) works there: links, assets, anchors,
 * hreflang, canonical URLs, the sitemap and search. Builds the site again into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { brokenLinks } from '../support/link-check';
import { searchFor } from '../support/search';
import { cleanEnvironment } from '../support/clean-env';
import { startServer } from '../../scripts/serve.mjs';

const base = '/some/path/';
const site = 'https://example.org';
let outDir: string;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'guide-subpath-'));
  const env = { ...cleanEnvironment(), BASE_PATH: base, SITE_URL: site, ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { env, encoding: 'utf8' });
  expect(astro.status, astro.stderr).toBe(0);
}, 180_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`a build for ${base}`, () => {
  it('has no broken links, assets or anchors under the subpath', () => {
    expect(brokenLinks(outDir, base)).toEqual([]);
  });

  it('puts the subpath into canonical, hreflang, the sitemap and robots.txt', () => {
    const page = parse(readFileSync(join(outDir, 'ko/desktop/index.html'), 'utf8'));
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${base}ko/desktop/`);
    expect(page.querySelector('link[hreflang="gu"]')?.getAttribute('href')).toBe(`${site}${base}gu/desktop/`);
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${site}${base}gu/faq/</loc>`);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}${base}sitemap-index.xml`);
    expect(readFileSync(join(outDir, '_headers'), 'utf8')).toMatch(new RegExp(`^${base}_astro/\\*$`, 'm'));
  });

  it('search finds a step and links to it under the subpath', async () => {
    const { server, url } = await startServer({ root: outDir, port: 0, base });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${url}ko/`);
      await searchFor(page, '인증 코드');
      const first = page.locator('.search-results a[href$="#get-code"]').first();
      expect(await first.getAttribute('href')).toMatch(new RegExp(`^${base}ko/(desktop|mobile-browser)/#get-code$`));
      await first.click();
      await page.waitForURL(/#get-code$/);
      expect(await page.locator('#get-code').isVisible()).toBe(true);
    } finally {
      await browser.close();
      server.close();
    }
  });
});
