// What a first search costs in each language: serves dist/, opens each language's overview in a fresh Chromium
// context, types the first query of tests/search-queries/<lang>.json and counts every file fetched until the results
// show, as a CDN sends it. `npm run search:weight [-- ko he] [--files] [--dist folder]`.
import { chromium } from 'playwright-core';
import { languages } from '../src/i18n/languages.ts';
import { readQuerySet } from '../tests/support/search-score.ts';
import { firstSearchTraffic } from '../tests/support/search-traffic.ts';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const optionValue = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const showFiles = args.includes('--files');
const wanted = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--dist'));
const codes = languages.map((l) => l.code as string).filter((code) => wanted.length === 0 || wanted.includes(code));

const { server, url } = await startServer({ root: optionValue('--dist') ?? 'dist', port: 0, base: '/' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  console.log('lang   KiB  files  query');
  for (const lang of codes) {
    const traffic = await firstSearchTraffic(browser, url, lang, readQuerySet(lang)[0].query);
    console.log(`${lang.padEnd(6)} ${(traffic.bytes / 1024).toFixed(1).padStart(5)} ${String(traffic.files.length).padStart(5)}  ${traffic.query}`);
    if (showFiles) for (const file of traffic.files) console.log(`         ${String(file.bytes).padStart(7)}  ${file.path}`);
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}
