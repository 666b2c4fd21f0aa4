import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const { server, url } = await startServer({ root: '/work/main/dist', port: 0 });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const spec of process.argv.slice(2)) {
  const [path, w, scheme, sel] = spec.split(',');
  const p = await b.newPage({ viewport: { width: +w, height: 900 }, colorScheme: scheme || 'light' });
  await p.goto(url + path);
  await p.locator(sel).first().screenshot({ path: `/tmp/el-${path.replace(/[^a-z]/g, '_')}-${w}${scheme}.png` });
}
await b.close(); server.close();
