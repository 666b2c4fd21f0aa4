// Lighthouse's performance score, which depends on CPU time and so is no test gate (tests/e2e/lighthouse.test.ts
// gates only on counts): measured here several times on the same pages of both sites, alternating between them so
// that a busy spell on the shared machine hits both alike, and reported as medians.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumPath } from './measure.mjs';
import { median } from './common.mjs';

const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/**
 * `sites`: { ours: dist, starlight: dist }. Returns, per site and page, every run's score and metrics and their
 * medians, plus the load average before each run.
 */
export async function performanceScores(sites, paths, runs, log = () => {}) {
  const servers = {};
  for (const [kind, dist] of Object.entries(sites)) servers[kind] = await startServer({ root: dist, port: 0, base: '/' });
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const runsBy = Object.fromEntries(Object.keys(sites).map((kind) => [kind, Object.fromEntries(paths.map((p) => [p, []]))]));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const path of paths) {
        for (const kind of Object.keys(sites)) {
          const result = await lighthouse(`${servers[kind].url}${path}`, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
            disableFullPageScreenshot: true,
          });
          const lhr = result.lhr;
          runsBy[kind][path].push({
            score: lhr.categories.performance.score,
            ...Object.fromEntries(metrics.map((id) => [id, lhr.audits[id]?.numericValue])),
          });
        }
      }
      log(`Lighthouse run ${run}/${runs} done (${paths.length} pages × ${Object.keys(sites).length} sites)`);
    }
  } finally {
    await chrome.kill();
    for (const { server } of Object.values(servers)) await new Promise((r) => server.close(r));
  }
  const summary = {};
  for (const [kind, byPath] of Object.entries(runsBy)) {
    summary[kind] = Object.fromEntries(
      Object.entries(byPath).map(([path, list]) => [
        path,
        // A failed run has no score (null): the median is of the runs that gave one.
        { runs: list, median: Object.fromEntries(['score', ...metrics].map((key) => [key, median(list.map((x) => x[key]).filter((v) => typeof v === 'number'))])) },
      ]),
    );
  }
  return summary;
}
