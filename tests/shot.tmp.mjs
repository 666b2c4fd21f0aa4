import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const { server, url } = await startServer({ root: '/work/main/dist', port: 0 });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [path, w, h, scheme] = spec.split(',');
  const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
  await p.goto(url + path);
  await p.screenshot({ path: `/tmp/shot-${path.replace(/[^a-z]/g, '_')}-${w}${scheme||''}.png`, fullPage: false });
  await p.close();
}
await b.close(); server.close();
