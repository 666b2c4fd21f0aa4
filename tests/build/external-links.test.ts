import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { externalLinksIn, externalLinksReport } from '../../scripts/external-links-report.mjs';

describe('external links report', () => {
  const links = externalLinksIn('dist') as { url: string; pages: string[] }[];

  it('lists only https links, each with the pages that use it', () => {
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link.url, 'links to other sites must use https').toMatch(/^https:\/\//);
      expect(link.pages.length).toBeGreaterThan(0);
    }
    expect(links.map((l) => l.url)).toContain('https://privacy.aliexpress.com/home#/request/delete');
  });

  it('reports/external-links.md is up to date (run `npm run build && npm run report:links` if not)', () => {
    expect(readFileSync('reports/external-links.md', 'utf8')).toBe(externalLinksReport(links));
  });
});
