// Takes screenshots of built pages in Debian's Chromium, to look at them: `npm run screenshot -- ar/desktop/ 412 dark`
// writes screenshots/ar-desktop-412-dark.png. Serves dist/ itself; run `npm run build` first.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const [path = 'en/', width = '412', scheme = 'light', selector] = process.argv.slice(2);
const { server, url } = await startServer({ root: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
  await page.goto(url + path.replace(/^\//, ''));
  mkdirSync('screenshots', { recursive: true });
  const file = `screenshots/${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'root'}-${width}-${scheme}.png`;
  await (selector ? page.locator(selector).first() : page).screenshot({ path: file });
  console.log(`Wrote ${file}`);
} finally {
  await browser.close();
  server.close();
}
