// Scores search against the query set: serves dist/, types every query of tests/search-queries/ into the site's
// search box in Chromium and prints hit@1 and hit@3 per language, then the queries whose answer is not in the first
// three results. `npm run search:score [-- ko he]` for some languages; `--json file` also writes every outcome;
// `--dist folder` scores another build.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { languages } from '../src/i18n/languages.ts';
import { scoreByLanguage } from '../src/lib/search-scoring.ts';
import { readQuerySet, runQuerySet, type QueryOutcome } from '../tests/support/search-score.ts';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const optionValue = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const jsonFile = optionValue('--json');
const wanted = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
const codes = languages.map((l) => l.code as string).filter((code) => wanted.length === 0 || wanted.includes(code));

const { server, url } = await startServer({ root: optionValue('--dist') ?? 'dist', port: 0, base: '/' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const outcomes: QueryOutcome[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 860 } });
  for (const lang of codes) outcomes.push(...(await runQuerySet(page, url, lang, readQuerySet(lang))));
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(resolve));
}

const percent = (share: number) => `${Math.round(share * 100)}%`.padStart(5);
console.log('lang   queries  hit@1  hit@3');
for (const s of scoreByLanguage(outcomes)) console.log(`${s.lang.padEnd(6)} ${String(s.queries).padStart(7)}  ${percent(s.hitAt1)}  ${percent(s.hitAt3)}`);
const misses = outcomes.filter((o) => o.rank === undefined || o.rank > 3);
if (misses.length) console.log('\nNot in the first three:');
for (const o of misses) console.log(`${o.lang}  "${o.query}"  expected ${o.expect.join(' | ')}  got ${o.links.slice(0, 3).join(' ') || '(nothing)'}`);
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(outcomes, null, 1)}\n`);
