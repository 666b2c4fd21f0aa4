/**
 * What the content loader does with content/guides/, as functions: read every file, decode and parse each page once
 * into its model, and check them all together. src/content.config.ts calls `checkGuideContent` at every build; the
 * fault tests call the same function on changed copies of the real content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, problemsWithGuides, problemsWithLayout, type CheckOptions, type GuideFile } from './content-checks.ts';
import { decodeGuideFile, parseGuidePage, type GuideModel } from './guide-model.ts';

export interface GuideSource {
  /** Relative to content/guides/, with forward slashes: "ko/desktop.mdx". */
  path: string;
  bytes: Uint8Array;
}

/** Paths of the files under a folder, relative to it, with forward slashes; hidden files left out. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

export function readGuideSources(root: string): GuideSource[] {
  return filesUnder(root).map((path) => ({ path, bytes: path.endsWith('.mdx') ? readFileSync(join(root, path)) : new Uint8Array() }));
}

/** The files under public/ as site paths ("/images/menu.png"), for checking that images exist. */
export function publicFilesUnder(root: string): Set<string> {
  return new Set(filesUnder(root).map((path) => `/${path}`));
}

export interface CheckedContent {
  /** Every page that could be read, keyed "ko/desktop". */
  models: Map<string, GuideModel>;
  problems: string[];
}

/**
 * Decodes, parses and checks every page. `parse` is parseGuidePage, or a caller's cache in front of it (the loader
 * keeps the models of unchanged files between builds).
 */
export function checkGuideContent(
  sources: readonly GuideSource[],
  options: CheckOptions,
  parse: (file: string, text: string) => GuideModel = parseGuidePage,
): CheckedContent {
  const problems = problemsWithLayout(
    sources.map((s) => s.path),
    options.layout,
  );
  const files: GuideFile[] = [];
  for (const { path, bytes } of sources) {
    const match = /^([^/]+)\/([^/]+)\.mdx$/.exec(path);
    if (!match) continue;
    const file = `content/guides/${path}`;
    const decoded = decodeGuideFile(bytes);
    if ('problem' in decoded) {
      problems.push(formatProblem(file, decoded.problem));
      continue;
    }
    files.push({ lang: match[1], page: match[2], model: parse(file, decoded.text) });
  }
  problems.push(...problemsWithGuides(files, options));
  return { models: new Map(files.map((f) => [`${f.lang}/${f.page}`, f.model])), problems };
}

export function contentProblemsMessage(problems: readonly string[]): string {
  return `The guide content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`;
}
