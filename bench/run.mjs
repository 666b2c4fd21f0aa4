// The benchmark: `npm run bench` in the project root. See bench/README.md.
//   1. our site vs a Starlight site made from the same content: build time, page weight, search index, first search;
//   2. both sites at about 100, 300 and 1,000 pages: build time, peak memory, time per page, preview images' cost;
//   3. what grows faster than the page count (CPU profiles of the builds at the smallest and largest size).
// Builds run in copies under bench/.work/, never in the project itself (others test against its dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { benchModules, benchRoot, cleanBuildState, mainRoot, peakMemoryMethod, previewImageStats, routeTimes, timedRun } from './lib/common.mjs';
import { averageHtmlBytes, guidePageFiles, launchChromium, pagefindSize, searchTrafficForSite, weightsOf } from './lib/measure.mjs';
import { addSyntheticPages, extraSlug, makeOurProject } from './lib/ours.mjs';
import { performanceScores } from './lib/lighthouse.mjs';
import { siteFunctionNames, summariseProfile } from './lib/profile.mjs';
import { makeStarlightProject } from './lib/starlight.mjs';

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Node ${process.version} is too old: run the benchmark through npm (npm run bench), which uses the project's Node 24.`);
  process.exit(1);
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const quick = args.includes('--quick');
const runs = Number(option('runs', quick ? 1 : 3));
const sizes = option('sizes', quick ? '7,20' : '7,20,70').split(',').map(Number);
const keep = args.includes('--keep') || quick;
// --no-search leaves out the first searches in Chromium (about 5 minutes), for a quicker look at the builds.
const searchInBrowser = !args.includes('--no-search');
const lighthouseRuns = Number(option('lighthouse-runs', quick ? 3 : 5));
// One page per script the tests' Lighthouse gate covers (tests/budgets.json), on both sites.
const lighthousePages = JSON.parse(readFileSync(join(mainRoot, 'tests/budgets.json'), 'utf8')).lighthouse.pages;
const work = join(benchRoot, '.work');
const logs = join(work, 'logs');
const resultsFile = quick ? join(work, 'RESULTS.md') : join(benchRoot, 'RESULTS.md');

const started = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const version = (root, name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------------- setup
function ensureBenchPackages() {
  const wanted = JSON.parse(readFileSync(join(benchRoot, 'package.json'), 'utf8')).dependencies;
  const installed = Object.entries(wanted).every(([name, v]) => existsSync(join(benchModules, name, 'package.json')) && version(benchRoot, name) === v);
  if (installed) return;
  log('installing bench/ packages (npm ci in bench/, once)');
  const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
  const result = spawnSync(npm[0], [...npm[1], 'ci', '--no-audit', '--no-fund'], { cwd: benchRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci in bench/ failed');
}

ensureBenchPackages();
const { languages } = await import(join(mainRoot, 'src/i18n/languages.ts'));
const { guidePageSlugs } = await import(join(mainRoot, 'src/lib/guide-pages.ts'));
const realSlugs = [...guidePageSlugs];
// A first search in every language: the first reader's query of the site's query set (tests/search-queries/), typed
// on the language's desktop page of each site.
const queries = languages.map((l) => ({ path: `${l.code}/desktop/`, query: JSON.parse(readFileSync(join(mainRoot, `tests/search-queries/${l.code}.json`), 'utf8'))[0].query }));
rmSync(work, { recursive: true, force: true });
mkdirSync(logs, { recursive: true });
const loadAtStart = loadavg();

const ourAstro = (root) => [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
const starlightAstro = [join(benchModules, 'astro/bin/astro.mjs'), 'build'];
const seconds = (text, pattern) => {
  const match = pattern.exec(text);
  if (!match) return undefined;
  return match[3] ? Number(match[1]) * 60 + Number(match[3]) : Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
};

/**
 * One cold build of one of our copies: astro build, which writes the search index at its end
 * (src/integrations/search-index.ts), as Starlight's does. `keepCache` keeps the build caches the deploy workflow
 * keeps (node_modules/.cache): the preview images, each language's search index, the compressed search files and
 * Astro's data store.
 */
async function buildOurs(root, label, { keepCache = false, profileDir } = {}) {
  const cache = join(root, 'node_modules/.cache');
  const saved = keepCache && existsSync(cache) ? `${cache}.saved` : undefined;
  if (saved) renameSync(cache, saved);
  cleanBuildState(root);
  if (saved) renameSync(saved, cache);
  const load = loadavg()[0];
  const nodeArgs = profileDir ? [`--cpu-prof`, `--cpu-prof-dir=${profileDir}`] : [];
  const astroLog = join(logs, `${label}-astro.log`);
  const astro = await timedRun(process.execPath, [...nodeArgs, ...ourAstro(root)], { cwd: root, logFile: astroLog });
  const text = readFileSync(astroLog, 'utf8');
  const result = {
    label,
    load,
    warmImageCache: keepCache,
    seconds: astro.seconds,
    astroSeconds: astro.seconds,
    pagefindSeconds: seconds(text, /sections of \d+ pages indexed in ([\d.]+)(s)/),
    languagesIndexed: /indexed in [\d.]+s \((\d+ of \d+) languages indexed/.exec(text)?.[1],
    cpuSeconds: astro.cpuSeconds,
    peakKb: astro.peakKb,
    astroPeakKb: astro.peakKb,
    routes: routeTimes(text),
    images: previewImageStats(text),
    bundleSeconds: seconds(text, /\[vite\] ✓ built in ([\d.]+)(ms|s)/),
    collectSeconds: seconds(text, /Collecting build info\.\.\.\n.*✓ Completed in ([\d.]+)(ms|s)/),
  };
  delete result.routes.html;
  if (!result.images) throw new Error(`${astroLog}: no "[preview-images] … images" line; src/integrations/preview-images.ts reports it at the end of a build`);
  log(`${label}: ${result.seconds.toFixed(1)} s (search index inside: ${result.pagefindSeconds?.toFixed(1)} s; CPU ${result.cpuSeconds?.toFixed(1)} s), ${result.images.drawn} images drawn, peak ${(result.peakKb / 1024).toFixed(0)} MiB, load ${load.toFixed(1)}`);
  return result;
}

async function buildStarlight(root, label) {
  cleanBuildState(root);
  const load = loadavg()[0];
  const logFile = join(logs, `${label}.log`);
  const astro = await timedRun(process.execPath, starlightAstro, { cwd: root, logFile });
  const text = readFileSync(logFile, 'utf8');
  const result = {
    label,
    load,
    seconds: astro.seconds,
    astroSeconds: astro.seconds,
    pagefindSeconds: seconds(text, /Finished building search index in ([\d.]+)(ms|s)/),
    cpuSeconds: astro.cpuSeconds,
    peakKb: astro.peakKb,
    routes: routeTimes(text),
  };
  delete result.routes.html;
  log(`${label}: ${result.seconds.toFixed(1)} s (Pagefind inside: ${result.pagefindSeconds?.toFixed(1)} s; CPU ${result.cpuSeconds?.toFixed(1)} s), peak ${(result.peakKb / 1024).toFixed(0)} MiB, load ${load.toFixed(1)}`);
  return result;
}

// ---------------------------------------------------------------------------------------------------- 1. comparison
log(`work folder ${relative(mainRoot, work)}; ${runs} build(s) of each site; scale sizes ${sizes.map((s) => s * languages.length).join(', ')} pages`);
const oursRoot = join(work, 'ours');
const starlightRoot = join(work, 'starlight');
makeOurProject(oursRoot);
const starlightPages = makeStarlightProject(starlightRoot, languages);
log(`projects ready: our copy, and a Starlight site with ${starlightPages} pages`);

/**
 * A writer's edit: a sentence added to the first paragraph of one page (ko/desktop). Returns what undoes it.
 */
function editOnePage(root) {
  const file = join(root, 'content/guides/ko/desktop.mdx');
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/(\n---\n[\s\S]*?\n)(\p{Script=Hangul}[^\n]*)/u, '$1$2 천천히 따라 하세요.');
  if (edited === text) throw new Error(`${file}: no paragraph to add a sentence to`);
  writeFileSync(file, edited);
  return () => writeFileSync(file, text);
}

const oursRuns = [];
const oursWarmRuns = [];
const oursEditedRuns = [];
const starlightRuns = [];
for (let i = 1; i <= runs; i++) {
  // Alternating, so that a busy spell on the shared machine hits both sites alike. The later builds keep the build
  // caches the cold one wrote (node_modules/.cache, as the deploy workflow's cache does) and clear everything else:
  // one after a page was edited, one of the same pages as the cold build (whose dist/ the rest of the bench measures).
  oursRuns.push(await buildOurs(oursRoot, `ours-${i}`));
  const undo = editOnePage(oursRoot);
  try {
    oursEditedRuns.push(await buildOurs(oursRoot, `ours-edited-${i}`, { keepCache: true }));
  } finally {
    undo();
  }
  oursWarmRuns.push(await buildOurs(oursRoot, `ours-warm-${i}`, { keepCache: true }));
  starlightRuns.push(await buildStarlight(starlightRoot, `starlight-${i}`));
}

const realFiles = guidePageFiles(languages, realSlugs);
const oursDist = join(oursRoot, 'dist');
const starlightDist = join(starlightRoot, 'dist');
const weights = { ours: weightsOf(oursDist, realFiles), starlight: weightsOf(starlightDist, realFiles) };
const index = { ours: pagefindSize(oursDist), starlight: pagefindSize(starlightDist) };
log('page weights and search index measured');
let search;
if (searchInBrowser) {
  const browser = await launchChromium();
  try {
    search = {
      ours: await searchTrafficForSite(browser, oursDist, 'ours', queries),
      starlight: await searchTrafficForSite(browser, starlightDist, 'starlight', queries),
    };
  } finally {
    await browser.close();
  }
  log('search traffic measured');
}
// --lighthouse-runs 0 leaves the scores out (section 1b), for a quicker look at the builds.
const lighthouseScores = lighthouseRuns > 0 ? await performanceScores({ ours: oursDist, starlight: starlightDist }, lighthousePages, lighthouseRuns, log) : undefined;
if (lighthouseScores) log('Lighthouse performance scores measured');

// ---------------------------------------------------------------------------------------------------- 2. scale
const names = siteFunctionNames(join(mainRoot, 'src'));
const scale = [];
for (const perLanguage of sizes) {
  const guidePages = perLanguage * languages.length;
  const extra = perLanguage - realSlugs.length;
  const slugs = [...realSlugs, ...Array.from({ length: Math.max(0, extra) }, (_, i) => extraSlug(i + 1))];
  let root;
  let cold;
  let starlight;
  const middle = (list) => [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)];
  if (extra === 0) {
    // The real site: the comparison's builds are this size's cold builds (the median one is reported).
    root = oursRoot;
    cold = middle(oursRuns);
    starlight = middle(starlightRuns);
  } else {
    root = join(work, `scale-${guidePages}`);
    makeOurProject(root);
    addSyntheticPages(root, languages, extra);
    // Starlight from the same synthetic content, replacing the previous size's copy (its node_modules is bench/'s).
    rmSync(starlightRoot, { recursive: true, force: true });
    makeStarlightProject(starlightRoot, languages, join(root, 'content/guides'));
    log(`scale ${guidePages}: copies with ${extra} synthetic page(s) per language ready, ours and Starlight`);
    cold = await buildOurs(root, `scale-${guidePages}-cold`);
    starlight = await buildStarlight(starlightRoot, `scale-${guidePages}-starlight`);
  }
  // Weighed on the same real pages at every size, so that what changes is what the page count adds to each page.
  const dist = join(root, 'dist');
  const allFiles = guidePageFiles(languages, slugs);
  const sizeFacts = { htmlBytes: averageHtmlBytes(dist, realFiles), allHtmlBytes: averageHtmlBytes(dist, allFiles), weights: weightsOf(dist, realFiles), index: pagefindSize(dist) };
  // The warm build timed, then again under the profiler, whose overhead grows with the page count (at 1,400 pages the
  // profiled build was slower than the cold one): its time is not reported, only where the CPU went.
  const warm = extra === 0 ? middle(oursWarmRuns) : await buildOurs(root, `scale-${guidePages}-warm`, { keepCache: true });
  const profileDir = join(work, `profile-${guidePages}`);
  mkdirSync(profileDir, { recursive: true });
  await buildOurs(root, `scale-${guidePages}-profiled`, { keepCache: true, profileDir });
  const profile = summariseProfile(profileDir, names);
  scale.push({ perLanguage, guidePages, htmlPages: cold.routes.htmlCount, cold, warm, starlight, ...sizeFacts, profile });
}

// ---------------------------------------------------------------------------------------------------- report
const loadAtEnd = loadavg();
const benchSeconds = (Date.now() - started) / 1000;
const results = {
  languageCount: languages.length,
  date: new Date().toISOString(),
  machine: { nproc: availableParallelism(), cpu: cpus()[0]?.model, memoryGiB: totalmem() / 2 ** 30, node: process.version, kernel: release(), loadAtStart, loadAtEnd },
  versions: {
    astro: version(mainRoot, 'astro'),
    pagefind: version(mainRoot, 'pagefind'),
    sharp: version(mainRoot, 'sharp'),
    lighthouse: version(mainRoot, 'lighthouse'),
    starlight: version(benchRoot, '@astrojs/starlight'),
    starlightAstro: version(benchRoot, 'astro'),
    starlightPagefind: version(benchRoot, 'pagefind'),
  },
  peakMemoryMethod,
  budget: JSON.parse(readFileSync(join(mainRoot, 'tests/budgets.json'), 'utf8')).weight.pageTotalMax,
  runs: { ours: oursRuns, oursWarm: oursWarmRuns, oursEdited: oursEditedRuns, starlight: starlightRuns },
  weights,
  index,
  search,
  lighthouse: lighthouseScores && { runs: lighthouseRuns, pages: lighthousePages, scores: lighthouseScores },
  scale: scale.map(({ profile, ...rest }) => ({ ...rest, profile: { totalMs: profile.totalMs, functions: Object.fromEntries(profile.functions), owners: Object.fromEntries(profile.owners) } })),
  benchSeconds,
};
writeFileSync(join(quick ? work : benchRoot, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const { renderReport } = await import('./lib/report.mjs');
writeFileSync(resultsFile, renderReport(results));
log(`wrote ${relative(mainRoot, resultsFile)} (${(benchSeconds / 60).toFixed(1)} min)`);
if (!keep) rmSync(work, { recursive: true, force: true });
