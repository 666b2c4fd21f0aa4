import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { languageCodes, languages } from './i18n/languages';
import { checkGuideContent, contentProblemsMessage, publicFilesUnder, readGuideSources } from './lib/guide-content';
import { guideFrontmatter, isoDate } from './lib/guide-frontmatter';
import { parseGuidePage, type GuideModel } from './lib/guide-model';
import { guidePageSlugs } from './lib/guide-pages';
import { factsCollections, loadFactsOnce } from './lib/facts-collections';
import { stringsFor } from './i18n/strings';

const guidesRoot = './content/guides';
const layout = {
  languages: languageCodes,
  pages: guidePageSlugs,
  untranslated: Object.fromEntries(languages.map((l) => [l.code, 'untranslated' in l ? (l.untranslated as readonly string[]) : []])),
};

/** Settles once the guide-models loader has checked the content: true when it found no problem. */
const contentChecked = Promise.withResolvers<boolean>();

/** What a model depends on besides its page: the parser's code and the parser packages' versions (copies of the
 * project made by the tests have no lockfile; their package.json pins the parser packages all the same). */
const modelCode = ['./src/lib/guide-model.ts', './src/lib/guide-elements.ts', './package.json', './package-lock.json'];

/**
 * Checks all guide content and, when it has no problem, stores each page's model; returns the problems. A page whose
 * text and parser are unchanged since the last build keeps its stored model: parsing every page takes a second or
 * two, checking them a few milliseconds, so the checks run in full every time and the parsing only for what changed.
 */
function checkAndStoreModels({ store, generateDigest, config }: LoaderContext): string[] {
  const codeDigest = generateDigest(modelCode.filter((path) => existsSync(path)).map((path) => readFileSync(path, 'utf8')).join('\0'));
  const digests = new Map<string, string>();
  const parseOrReuse = (file: string, text: string): GuideModel => {
    const id = file.replace(/^content\/guides\/|\.mdx$/g, '');
    const digest = generateDigest(`${codeDigest}\0${text}`);
    digests.set(id, digest);
    const stored = store.get(id);
    return stored?.digest === digest ? (stored.data as unknown as GuideModel) : parseGuidePage(file, text);
  };
  // Problems in the facts themselves stop the build in their own loader (src/lib/facts-collections.ts).
  const facts = { facts: loadFactsOnce(fileURLToPath(config.root)).facts, strings: stringsFor };
  const options = { layout, publicFiles: publicFilesUnder('./public'), today: isoDate(new Date()), facts };
  const { models, problems } = checkGuideContent(readGuideSources(guidesRoot), options, parseOrReuse);
  if (problems.length > 0) return problems;
  for (const id of store.keys()) if (!models.has(id)) store.delete(id);
  for (const [id, model] of models) store.set({ id, data: model as unknown as Record<string, unknown>, digest: digests.get(id) });
  return [];
}

/**
 * Reads every guide file, parses each once into its model (src/lib/guide-model.ts) and checks them all together,
 * failing the build with every problem listed, each as file:line:column. The models become the `guideModels`
 * collection, which is what pages and components read instead of the MDX.
 */
function guideModels(): Loader {
  return {
    name: 'guide-models',
    load: async (context) => {
      let problems: string[] = ['the content could not be checked'];
      try {
        problems = checkAndStoreModels(context);
      } finally {
        contentChecked.resolve(problems.length === 0);
      }
      if (problems.length > 0) {
        // The message names every file and line; Astro would add our loader's stack trace, which tells a writer nothing.
        throw Object.assign(new Error(contentProblemsMessage(problems)), { stack: '' });
      }
      // In `astro dev`, check again and refresh the models when a guide file changes; report problems, keep serving.
      const root = resolve(guidesRoot);
      context.watcher?.add(root);
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(root)) return;
        const found = checkAndStoreModels(context);
        if (found.length > 0) context.logger.error(contentProblemsMessage(found));
      });
    },
  };
}

/**
 * The glob loader renders the pages; it waits for the checks, so that their messages come before its own. It keeps
 * no copy of the MDX text (`entry.body`): what pages need of it is in their models.
 */
function checkedGuides(): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: guidesRoot, retainBody: false });
  return {
    name: 'checked-guides',
    load: async (context) => {
      if (await contentChecked.promise) await inner.load(context);
    },
  };
}

export const collections = {
  guides: defineCollection({ loader: checkedGuides(), schema: guideFrontmatter }),
  guideModels: defineCollection({ loader: guideModels(), schema: z.custom<GuideModel>() }),
  ...factsCollections,
};
