import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { languageCodes, languages } from './i18n/languages';
import { problemsWithLayout, problemsWithSources, readGuideSource, type GuideSourceFile } from './lib/content-checks';
import { problemsWithFactComponents } from './lib/fact-components';
import { loadFacts } from './lib/facts-file';
import { guidePageSlugs } from './lib/guide-pages';
import { factsCollections } from './lib/facts-collections';

const guidesRoot = './content/guides';
const layout = {
  languages: languageCodes,
  pages: guidePageSlugs,
  untranslated: Object.fromEntries(languages.map((l) => [l.code, 'untranslated' in l ? (l.untranslated as readonly string[]) : []])),
};

const source = z.object(
  {
    title: z.string({ error: 'a source needs a title' }).min(3),
    url: z.url({
      protocol: /^https$/,
      error: (issue) => (issue.input === undefined ? 'a source needs its https:// address (url); find it, or remove the source and what rests on it' : 'must be a full https:// address'),
    }),
    /** The language the title is written in (BCP 47), when not English: the sources list marks it. */
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'lang is a BCP 47 tag such as es, ja or pt-BR').optional(),
  },
  { error: 'each source is { title, url, lang? }' },
);

const guidePage = z
  .object({
    title: z.string({ error: 'title is required (the page heading and the browser tab)' }).min(10).max(70),
    navTitle: z.string({ error: 'navTitle is required (the short name in navigation)' }).min(2).max(32),
    description: z.string({ error: 'description is required (50–170 characters)' }).min(50).max(170),
    lastVerified: z.coerce.date({ error: 'lastVerified must be a date such as 2026-11-23' }),
    sources: z.array(source, { error: 'sources is required: a list of { title, url }' }).min(1, 'list at least one source'),
  })
  .strict();

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * The glob loader reads and validates each file; this wrapper then checks the set as a whole (every language has
 * every page, no stray folders) and the MDX bodies (step ids, components, links, images), failing the build with
 * every problem listed.
 */
function checkedGuides(): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: guidesRoot });
  return {
    name: 'checked-guides',
    load: async (context) => {
      const paths = filesUnder(guidesRoot);
      const problems = problemsWithLayout(paths, layout);
      const files: GuideSourceFile[] = paths
        .filter((path) => /^[^/]+\/[^/]+\.mdx$/.test(path))
        .map((path) => {
          const [lang, file] = path.split('/');
          return { path: `content/guides/${path}`, lang, page: file.replace(/\.mdx$/, ''), source: readFileSync(join(guidesRoot, path), 'utf8') };
        });
      problems.push(...problemsWithSources(files, layout));
      // Fact components must name facts that exist (the facts loader reports problems in the facts themselves).
      const { facts } = loadFacts('.');
      for (const file of files) problems.push(...problemsWithFactComponents(file.path, readGuideSource(file.source).components, facts));
      if (problems.length > 0) {
        throw new Error(`The guide content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
      }
      await inner.load(context);
    },
  };
}

export const collections = {
  guides: defineCollection({ loader: checkedGuides(), schema: guidePage }),
  ...factsCollections,
};
