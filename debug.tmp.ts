import { chromium } from 'playwright-core';
import { startServer } from '/work/wt/search/scripts/serve.mjs';
import { queryWords } from '/work/wt/search/src/lib/search-query.ts';
import { parse } from 'yaml'; import { readFileSync } from 'node:fs';
const [lang, ...q] = process.argv.slice(2);
const query = q.join(' ');
const rules = parse(readFileSync('/work/wt/search/content/glossary/' + lang + '.yaml', 'utf8')).search; rules.fillers ??= []; rules.prefixes ??= []; rules.endings ??= []; rules.equivalents ??= [];
const words = queryWords(query, lang === 'pt-br' ? 'pt-BR' : lang, rules);
const { server, url } = await startServer({ root: '/work/wt/search/dist', port: 0, base: '/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${url}${lang}/`);
const out = await page.evaluate(`(async () => {
  const pf = (await import('/pagefind/pagefind.js')).createInstance({ noWorker: true });
  await pf.options({ exactDiacritics: ${JSON.stringify(['gu','hi','ja'].includes(lang))} });
  const words = ${JSON.stringify(words)};
  const out = [];
  for (const w of words) for (const f of w.forms) {
    const r = await pf.search(f);
    const rows = await Promise.all(r.results.map(async (x) => { const d = await x.data(); return d.url.replace('/${lang}/', '') + ' ' + x.score.toFixed(2) + ' ' + x.words.slice(0,5).map(l => d.raw_content.split(/[\\s\\u200B]+/)[l]).join('|'); }));
    if (rows.length) out.push(w.word + ' :: ' + f + ' => ' + rows.join(' ;; '));
  }
  return out;
})()`);
console.log(JSON.stringify(words.map(w => [w.word, w.forms.length])));
console.log((out as string[]).join('\n'));
await browser.close(); server.close();
