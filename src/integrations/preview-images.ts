/**
 * Draws the preview images (og:image, /og/<lang>/<page>.png) outside Astro's page rendering: they start as soon as the
 * build's configuration is known, on every core, in a child process at a low priority, while Astro syncs the content,
 * bundles and renders, and are written into dist/ when the build is done. A PNG is kept in node_modules/.cache/preview-images under a hash of everything that
 * draws it (src/lib/preview-image.ts, previewImageKey), so a build draws only what changed; the deploy workflow keeps
 * that folder between runs. `astro dev` draws an image when it is asked for.
 */
import { execFileSync, fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
// With .ts extensions, as in everything astro.config.mjs imports: then Node loads the configuration itself, and Astro
// does not fall back to a Vite server for it (about half a second of every build, bench/RESULTS.md).
import { languages } from '../i18n/languages.ts';
import { guidePageSlugs, toolPageSlugs } from '../lib/guide-pages.ts';
import { fontsFingerprint, previewEncoding, previewImageKey, previewSvg } from '../lib/preview-image.ts';
import { previewImagePath } from '../lib/urls.ts';
import { drawerMarker, drawPreview, type DrawnMessage, type DrawRequest } from './preview-image-drawer.ts';

const cacheFolder = 'node_modules/.cache/preview-images';
/** Cached images no build has used for this long are removed; every build touches the ones it uses. */
const unusedCacheDays = 14;
/** The drawer's nice value: the build's threads (0) get a busy core about nine times as often. */
const lowPriority = 10;

export interface PreviewJob {
  /** Root-relative path in dist/, e.g. og/ko/desktop.png. */
  file: string;
  title: string;
  svg: string;
}

/**
 * The title in a guide file's frontmatter; the content loader reports a broken file better, so this only reads. Only
 * the title's line is parsed when it holds the whole value (the sources below it are most of the YAML).
 */
function frontmatterTitle(path: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'))?.[1] ?? '';
  const line = /^title:[ \t]*[^\s|>].*$(?!\r?\n[ \t])/m.exec(frontmatter)?.[0];
  const title = (parseYaml(line ?? frontmatter) as { title?: unknown } | null)?.title;
  if (typeof title !== 'string') throw new Error(`${path}: no title in the frontmatter, so its preview image cannot be drawn`);
  return title;
}

/**
 * One image per page and language, as src/layouts/GuideLayout.astro links them: a language's own page, or the
 * English one where the language declares the page untranslated (as src/lib/guide-entries.ts shows it).
 */
export function previewJobs(root: string): PreviewJob[] {
  const strings = (code: string) => JSON.parse(readFileSync(join(root, 'src/i18n/strings', `${code}.json`), 'utf8')) as Record<string, string>;
  return languages.flatMap((language) => {
    const ui = strings(language.code);
    const own = (slug: string) => join(root, 'content/guides', language.code, `${slug}.mdx`);
    const titles = [
      ...guidePageSlugs.map((slug) => ({ slug, title: frontmatterTitle(existsSync(own(slug)) ? own(slug) : join(root, 'content/guides/en', `${slug}.mdx`)) })),
      ...toolPageSlugs.map((slug) => ({ slug, title: ui['letter.pageTitle'] })),
    ];
    return titles.map(({ slug, title }) => ({
      file: previewImagePath(language.code, slug).slice(1),
      title,
      svg: previewSvg({ title, siteName: ui['site.name'], lang: language.hreflang, dir: language.dir, font: language.imageFont }),
    }));
  });
}

/** The fields fc-list gives for each installed font, tab-separated (%{lang} is itself a list joined by "|"). */
export const fcListFormat = '%{file}\t%{index}\t%{fontversion}\t%{family}\t%{lang}\n';

/** Languages whose `imageFont` no installed font of that family covers, from fc-list's output in `fcListFormat`. */
export function languagesWithoutFont(fcListOutput: string): string[] {
  const fonts = fcListOutput.split('\n').filter(Boolean).map((line) => {
    const [, , , families = '', langs = ''] = line.split('\t');
    return { families: families.split(','), langs: langs.split('|') };
  });
  return languages
    .filter((language) => {
      const lang = language.hreflang.split('-')[0];
      return !fonts.some((font) => font.families.includes(language.imageFont) && font.langs.some((l) => l === lang || l.startsWith(`${lang}-`)));
    })
    .map((language) => language.code);
}

/**
 * The installed fonts' fingerprint, or undefined when fontconfig's fc-list is missing (then nothing is cached: an
 * image drawn before a font was installed must not outlive it). Warns about any language its font does not cover.
 */
function installedFonts(logger: AstroIntegrationLogger): string | undefined {
  let list: string;
  try {
    list = execFileSync('fc-list', ['--format', fcListFormat], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  } catch {
    logger.warn('fc-list (fontconfig) is not installed: preview images are drawn without checking their fonts and are not cached');
    return undefined;
  }
  for (const code of languagesWithoutFont(list)) {
    const language = languages.find((l) => l.code === code)!;
    logger.warn(`no installed font "${language.imageFont}" covers ${code}: its preview images would show boxes; install fonts-noto-core and fonts-noto-cjk (Debian)`);
  }
  // The file's size too: a font replaced by another build of the same version still changes the images.
  const lines = list.split('\n').filter(Boolean).map((line) => {
    const file = line.split('\t')[0];
    return `${line}\t${existsSync(file) ? statSync(file).size : 0}`;
  });
  return fontsFingerprint(lines.join('\n'));
}

/** What draws an image besides its SVG: sharp's libraries, and the PNG encoder's own code (a change to it draws every image again). */
function rendererVersions(): Record<string, string | undefined> {
  const encoder = createHash('sha256').update(readFileSync(new URL('../lib/preview-png.ts', import.meta.url))).digest('hex').slice(0, 16);
  return { ...sharp.versions, encoder };
}

interface DrawnImages {
  images: Map<string, Buffer>;
  drawn: number;
  cached: number;
  seconds: number;
}

/**
 * Draws the SVGs in a child process at a low priority (src/integrations/preview-image-drawer.ts), calling `onImage`
 * with each PNG as it arrives. Drawing in the build's own process on every core slowed the build's JavaScript
 * thread, which every page waits for, more than the images gained; on one core fewer, 1,420 images outlasted the
 * build (bench/README.md). At a low priority the drawing takes whatever the build leaves idle.
 */
function drawInChild(svgs: string[], onImage: (index: number, png: Buffer) => void): Promise<void> {
  if (svgs.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const drawer = fileURLToPath(new URL('./preview-image-drawer.ts', import.meta.url));
    const env = { ...process.env, [drawerMarker]: '1' };
    // No inherited flags (execArgv): under `node --cpu-prof` the drawer would write a profile of its own.
    const child = fork(drawer, [], { env, serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    try {
      setPriority(child.pid!, lowPriority);
    } catch {
      // Not permitted here: the images are drawn at the build's priority.
    }
    let received = 0;
    let failure: string | undefined;
    child.on('message', (message: DrawnMessage) => {
      if ('failed' in message) failure = message.failed;
      else {
        onImage(message.index, Buffer.from(message.png));
        received += 1;
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (received === svgs.length) resolve();
      else reject(new Error(`the preview images could not be drawn (${failure ?? `the drawer stopped with exit code ${code}`}): ${received} of ${svgs.length} drawn`));
    });
    child.send({ svgs } satisfies DrawRequest);
  });
}

/** Takes every image it can from the cache and draws the rest; writes what it drew into the cache. */
async function drawAll(root: string, logger: AstroIntegrationLogger): Promise<DrawnImages> {
  const started = performance.now();
  const jobs = previewJobs(root);
  const fonts = installedFonts(logger);
  const cacheDir = join(root, cacheFolder);
  mkdirSync(cacheDir, { recursive: true });
  const images = new Map<string, Buffer>();
  const now = new Date();
  const toDraw: { file: string; svg: string; cached?: string }[] = [];
  const renderer = rendererVersions();
  for (const { file, svg } of jobs) {
    const cached = fonts ? join(cacheDir, `${previewImageKey({ svg, png: previewEncoding, renderer, fonts })}.png`) : undefined;
    if (cached && existsSync(cached)) {
      try {
        images.set(file, readFileSync(cached));
        utimesSync(cached, now, now);
        continue;
      } catch {
        // removed meanwhile by another build's clean-up: draw it again
      }
    }
    toDraw.push({ file, svg, cached });
  }
  await drawInChild(
    toDraw.map((job) => job.svg),
    (index, png) => {
      const { file, cached } = toDraw[index];
      images.set(file, png);
      if (!cached) return;
      // Written under a temporary name and renamed, so that a build running beside this one never reads half a file.
      const partial = `${cached}.${process.pid}.tmp`;
      writeFileSync(partial, png);
      renameSync(partial, cached);
    },
  );
  const unusedSince = now.getTime() - unusedCacheDays * 86_400_000;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (statSync(path).mtimeMs < unusedSince) rmSync(path, { force: true });
  }
  return { images, drawn: toDraw.length, cached: jobs.length - toDraw.length, seconds: (performance.now() - started) / 1000 };
}

export function previewImages(): AstroIntegration {
  let command = '';
  let root = '';
  let drawing: Promise<DrawnImages> | undefined;
  return {
    name: 'preview-images',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build') return;
        drawing = drawAll(root, logger);
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        drawing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        const waitStarted = performance.now();
        const { images, drawn, cached, seconds } = await drawing;
        const waited = (performance.now() - waitStarted) / 1000;
        for (const [file, png] of images) {
          const path = fileURLToPath(new URL(file, dir));
          mkdirSync(join(path, '..'), { recursive: true });
          writeFileSync(path, png);
        }
        // bench/ reads this line: keep its wording.
        logger.info(`${images.size} images: ${drawn} drawn, ${cached} from the cache, in ${seconds.toFixed(2)}s beside the build; waited ${waited.toFixed(2)}s for them at the end`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]);
          const match = /\/(og\/[^/]+\/[^/]+\.png)$/.exec(path);
          const job = match && previewJobs(root).find((candidate) => candidate.file === match[1]);
          if (!job) return next();
          response.setHeader('Content-Type', 'image/png');
          response.end(await drawPreview(job.svg));
        });
      },
    },
  };
}
