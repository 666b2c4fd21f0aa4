/**
 * What a reader's first search costs: every response to a request made from the first keystroke until the results
 * are shown, counted as a CDN sends it (scripts/page-weight.mjs sentSize). A fresh browser context each time, so
 * nothing comes from a cache.
 */
import type { Browser, Request } from 'playwright-core';
import { sentSize } from '../../scripts/page-weight.mjs';
import { searchFor } from './search.ts';

export interface SearchTraffic {
  lang: string;
  query: string;
  /** Bytes as a CDN sends them, summed. */
  bytes: number;
  files: { path: string; bytes: number }[];
}

export async function firstSearchTraffic(browser: Browser, siteUrl: string, lang: string, query: string): Promise<SearchTraffic> {
  const context = await browser.newContext({ viewport: { width: 412, height: 860 } });
  try {
    const page = await context.newPage();
    await page.goto(`${siteUrl}${lang}/`, { waitUntil: 'load' });
    // The browser fetches the page's icon whenever it likes, sometimes after the first keystroke: not search's cost.
    const icons = await page.locator('link[rel~="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    const requests: Request[] = [];
    context.on('request', (request) => {
      if (!icons.includes(request.url())) requests.push(request);
    });
    await searchFor(page, query);
    const files = await Promise.all(
      requests.map(async (request) => {
        const response = await request.response();
        const body = response ? await response.body() : Buffer.alloc(0);
        return { path: new URL(request.url()).pathname, bytes: sentSize(body) };
      }),
    );
    return { lang, query, bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
  } finally {
    await context.close();
  }
}
