/** Copies of this project in a temporary folder, changed in one way and built for real with `astro build`. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanEnvironment } from './clean-env';

const projectRoot = resolve('.');
const made: string[] = [];

export function projectWith(change: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'guide-fixture-'));
  made.push(root);
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  linkNodeModules(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
  change(root);
  return root;
}

/**
 * The project's packages, linked one by one, and its build caches that are safe to share (node_modules/.cache: the
 * preview images and search indexes, each written under a temporary name and renamed). Not Astro's own caches: its
 * data store (node_modules/.cache/astro) is written under one fixed temporary name, so two builds at once could
 * break each other's.
 */
function linkNodeModules(source: string, target: string): void {
  mkdirSync(join(target, '.cache'), { recursive: true });
  for (const name of readdirSync(source)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(source, name), join(target, name), 'dir');
  }
  const caches = join(source, '.cache');
  if (!existsSync(caches)) return;
  for (const name of readdirSync(caches)) {
    if (name !== 'astro') symlinkSync(join(caches, name), join(target, '.cache', name), 'dir');
  }
}

/** Builds a fixture copy; `env` adds deploy settings (PROBLEM_REPORT_REPO, SITE_URL…) to the clean environment. */
export function buildProject(root: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export function editFile(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

export function removeFixtureProjects(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
