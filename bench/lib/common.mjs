// Paths, temporary project copies and timed child processes shared by the benchmark's parts.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const benchRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const mainRoot = resolve(benchRoot, '..');
export const mainModules = join(mainRoot, 'node_modules');
export const benchModules = join(benchRoot, 'node_modules');

/** What a copy of the site needs to build (never dist/, never node_modules/). */
export const siteEntries = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

/**
 * A node_modules folder for a temporary project: one symlink per package of `source`, so that every package is
 * shared, but the caches the build writes (node_modules/.astro for the content layer's data store, .cache for the
 * preview images, .vite) are the copy's own. Linking the whole folder would make every copy, and the people
 * running `npm test` in /work/main, share those caches.
 */
export function linkNodeModules(source, projectRoot) {
  const target = join(projectRoot, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(source, name), join(target, name), 'dir');
  }
}

/** Removes what a previous build left, so that every measured build starts cold, as in CI. */
export function cleanBuildState(projectRoot) {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache', 'node_modules/.vite', 'node_modules/.vite-temp']) {
    rmSync(join(projectRoot, path), { recursive: true, force: true });
  }
}

/** The environment for child builds: no colours, no telemetry, no variables npm or a test runner added. */
export function buildEnvironment() {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'SITE_URL', 'BASE_PATH'].includes(key)) delete env[key];
    if (key.startsWith('VITEST') || key.startsWith('npm_')) delete env[key];
  }
  return env;
}

const gnuTime = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path));

/** How peak memory is measured, for the report. */
export const peakMemoryMethod = gnuTime
  ? `GNU time's maximum resident set size (${gnuTime} -f %M): the peak RSS of the largest single process of the build (the Node process of astro build; the pagefind binary for indexing), not a sum`
  : 'the largest VmHWM (peak RSS) seen in /proc for any process of the build, polled every 100 ms';

/** Peak RSS (KiB) over a process tree, read from /proc: the fallback when GNU time is missing. */
function treePeakKb(rootPid) {
  let peak = 0;
  const children = new Map();
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(name));
    } catch {
      // the process ended meanwhile
    }
  }
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.shift();
    try {
      const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peak = Math.max(peak, Number(match[1]));
    } catch {
      // gone
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return peak;
}

/**
 * Runs a command, writing its output to `logFile`; resolves to wall seconds, peak RSS in KiB and CPU seconds (user +
 * system; undefined without GNU time), which depend far less than wall time on what else the machine runs. Rejects, with the
 * end of the log, when the command fails.
 */
export async function timedRun(command, args, { cwd, logFile, env = buildEnvironment() }) {
  mkdirSync(dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const rssFile = `${logFile}.rss`;
  const [file, argv] = gnuTime ? [gnuTime, ['-f', '%M %U %S', '-o', rssFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let polledPeak = 0;
  let running = true;
  const poller = gnuTime
    ? Promise.resolve()
    : (async () => {
        while (running) {
          polledPeak = Math.max(polledPeak, treePeakKb(child.pid));
          await sleep(100);
        }
      })();
  const code = await new Promise((resolvePromise) => child.on('close', resolvePromise));
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await poller;
  await new Promise((resolvePromise) => log.end(resolvePromise));
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}; log ${logFile}:\n${tail}`);
  }
  // GNU time's last line: peak RSS (KiB), user and system CPU seconds of the process and the children it waited for.
  const [peak, user, system] = gnuTime ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [polledPeak];
  return { seconds, peakKb: peak, cpuSeconds: gnuTime ? user + system : undefined };
}

/** Per-route times that `astro build` prints ("├─ /ko/desktop/index.html (+12ms)"), summed by kind. */
export function routeTimes(logText) {
  const totals = { htmlMs: 0, htmlCount: 0, otherMs: 0, otherCount: 0, html: [] };
  for (const match of logText.matchAll(/[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    if (match[1].endsWith('.html')) {
      totals.htmlMs += ms;
      totals.htmlCount += 1;
      totals.html.push({ route: match[1], ms });
    } else {
      totals.otherMs += ms;
      totals.otherCount += 1;
    }
  }
  return totals;
}

/**
 * What src/integrations/preview-images.ts reports at the end of a build: "[preview-images] 120 images: 118 drawn,
 * 2 from the cache, in 3.41s beside the build; waited 0.20s for them at the end".
 */
export function previewImageStats(logText) {
  const match = /\[preview-images\] (\d+) images: (\d+) drawn, (\d+) from the cache, in ([\d.]+)s beside the build; waited ([\d.]+)s/.exec(logText);
  if (!match) return undefined;
  const [count, drawn, cached, seconds, waitedSeconds] = match.slice(1).map(Number);
  return { count, drawn, cached, seconds, waitedSeconds };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A tiny seeded random generator, so that synthetic pages are the same on every run. */
export function seededRandom(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** Splits an MDX file into its YAML frontmatter text and body. */
export function splitFrontmatter(source) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: match[1], body: source.slice(match[0].length) };
}
