/** Launches Debian's Chromium through playwright-core. Nothing is downloaded: the browser must be installed. */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(options: { javaScriptEnabled?: boolean; locale?: string; bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}. Install it: apt-get install -y --no-install-recommends chromium fonts-noto-core fonts-noto-cjk (or set CHROMIUM_PATH).`);
  }
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'guide-chromium-')), {
    executablePath: chromiumPath,
    headless: true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    locale: options.locale,
    bypassCSP: options.bypassCSP ?? false,
    viewport: { width: 412, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A folder served on a free local port and open in Chromium, for tests that build a small index of their own. */
export interface ServedFolder {
  page: Page;
  /** Closes the browser, then the server. */
  close(): Promise<void>;
}

export async function openServedFolder(root: string): Promise<ServedFolder> {
  const { server, url } = await startServer({ root, port: 0 });
  const browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(url);
  return {
    page,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The fonts Chromium really used to draw the text of the first element matching `selector`, with glyph counts. */
export async function fontsUsedFor(page: Page, selector: string): Promise<{ family: string; glyphs: number }[]> {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) throw new Error(`No element matches ${selector}`);
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  await session.detach();
  return fonts.map((font) => ({ family: font.familyName, glyphs: font.glyphCount }));
}

/**
 * One browser and one page for all the tests of a file: launched before they run, closed after. Read `session.page`
 * inside tests (it exists only once the hooks have run).
 */
export function sharedPage(options: Parameters<typeof launchBrowser>[0] = {}): { readonly context: BrowserContext; readonly page: Page } {
  const session = {} as { context: BrowserContext; page: Page };
  beforeAll(async () => {
    session.context = await launchBrowser(options);
    session.page = await session.context.newPage();
  });
  afterAll(async () => {
    await session.context?.close();
  });
  return session;
}
