// What a built site costs a reader: page weight from the files (scripts/page-weight.mjs), the search index on disk,
// and what Chromium really fetches at load and for a first search.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { brotliSize, pageWeight, sentSize } from '../../scripts/page-weight.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { median } from './common.mjs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** "ko/desktop/index.html" for every language and page slug given. */
export function guidePageFiles(languages, slugs) {
  return languages.flatMap((l) => slugs.map((slug) => (slug === 'index' ? `${l.code}/index.html` : `${l.code}/${slug}/index.html`)));
}

/** Brotli weight of every guide page of a built site, summarised. */
export function weightsOf(dist, files) {
  const missing = files.filter((file) => !existsSync(join(dist, file)));
  if (missing.length) throw new Error(`${dist} lacks ${missing.length} page(s), e.g. ${missing.slice(0, 3).join(', ')}`);
  const weights = files.map((file) => ({ file, ...pageWeight(dist, file) }));
  const stat = (key) => ({ median: median(weights.map((w) => w[key])), max: Math.max(...weights.map((w) => w[key])) });
  const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
  return { pages: weights.length, total: stat('total'), html: stat('html'), css: stat('css'), js: stat('js'), requests: stat('requests'), heaviest: heaviest.file };
}

/** Bytes and files under dist/pagefind. */
export function pagefindSize(dist) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(join(dist, 'pagefind'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** Average size of the guide pages' HTML files, uncompressed. */
export function averageHtmlBytes(dist, files) {
  return files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0) / files.length;
}

export async function launchChromium() {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Resolves once no response has arrived for `quietMs` (or after `maxMs`). */
async function networkQuiet(state, quietMs = 1200, maxMs = 15000) {
  const started = Date.now();
  while (Date.now() - started < maxMs) {
    if (state.pending === 0 && Date.now() - state.last >= quietMs) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Loads `path` of a served site in a fresh context (empty cache), then searches for `query` the way a reader does:
 * on our site by typing into #site-search; on Starlight by opening its search dialog first and typing there.
 * Returns, per phase (load until the network is quiet, opening the dialog, everything after the first keystroke),
 * the number of responses and their bytes as served (uncompressed: the local server does not compress), as brotli
 * would send them, and as a CDN sends them (`sent`: gzip files as they are, the rest brotli).
 */
export async function searchTraffic(browser, { siteUrl, path, query, kind }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const state = { phase: 'load', pending: 0, last: Date.now(), responses: [] };
  const bodies = [];
  const phaseOf = new WeakMap();
  page.on('request', (request) => {
    phaseOf.set(request, state.phase);
    state.pending += 1;
    state.last = Date.now();
  });
  const settle = () => {
    state.pending = Math.max(0, state.pending - 1);
    state.last = Date.now();
  };
  page.on('requestfailed', settle);
  page.on('requestfinished', async (request) => {
    const phase = phaseOf.get(request) ?? state.phase;
    const response = await request.response();
    const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    bodies.push({ phase, url: request.url().replace(siteUrl, '/'), bytes: body.length, brotli: body.length ? brotliSize(body) : 0, sent: body.length ? sentSize(body) : 0, status: response?.status() });
    settle();
  });
  await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
  await networkQuiet(state);
  if (kind === 'starlight') {
    state.phase = 'open';
    await page.locator('button[data-open-modal]').click();
    await page.locator('#starlight__search input').waitFor({ state: 'visible', timeout: 15000 });
    await networkQuiet(state);
  }
  state.phase = 'search';
  const input = kind === 'starlight' ? page.locator('#starlight__search input') : page.locator('#site-search');
  await input.pressSequentially(query, { delay: 60 });
  if (kind === 'starlight') {
    // Starlight's search shows no result at all for a query whose words are not all on one page: then the network
    // going quiet below is the end of its search.
    await page.locator('.pagefind-ui__result').first().waitFor({ state: 'visible', timeout: 20000 }).catch(() => {});
  } else {
    await page.waitForFunction((q) => document.querySelector('[data-search]')?.dataset.searchCompleted === q, query, { timeout: 20000 });
  }
  await networkQuiet(state, 1500);
  const resultCount = await (kind === 'starlight' ? page.locator('.pagefind-ui__result') : page.locator('[data-search-results] li')).count();
  await context.close();
  const phase = (name) => {
    const list = bodies.filter((b) => b.phase === name);
    return { requests: list.length, bytes: list.reduce((s, b) => s + b.bytes, 0), brotli: list.reduce((s, b) => s + b.brotli, 0), sent: list.reduce((s, b) => s + b.sent, 0), urls: list.map((b) => `${b.url} (${b.bytes})`) };
  };
  return { path, query, resultCount, load: phase('load'), open: phase('open'), search: phase('search') };
}

/** Serves `dist` and measures each query on it. */
export async function searchTrafficForSite(browser, dist, kind, queries) {
  const { server, url } = await startServer({ root: dist, port: 0, base: '/' });
  try {
    const results = [];
    for (const q of queries) results.push(await searchTraffic(browser, { siteUrl: url, kind, ...q }));
    return results;
  } finally {
    await new Promise((r) => server.close(r));
  }
}
