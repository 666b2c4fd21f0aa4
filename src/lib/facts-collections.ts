/**
 * The facts under content/facts/ as Astro collections, one per section (companies, contacts, …, jurisdictions), and
 * all of them as one entry (allFacts). Astro's own file() loader only logs a broken YAML file and carries on with an
 * empty collection; these loaders read all facts files together, check the references between them, and stop the
 * build naming file:line instead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { allFactsId } from './facts-data';
import { loadFacts } from './facts-file';
import { factSections, factsFiles, type Facts, type FactSection } from './facts-schema';

let lastRead: { key: string; result: ReturnType<typeof loadFacts> } | undefined;

/**
 * The collections, and the guide checks in src/content.config.ts, come from the same four files: parse and check
 * them once for the same text, not once per reader (parsing the YAML with positions took about 0.1 s a time,
 * bench/RESULTS.md). A change to any file in
 * `astro dev` makes a new key, so the next sync reads it again.
 */
export function loadFactsOnce(root: string): ReturnType<typeof loadFacts> {
  const key = [root, ...factsFiles.map((file) => {
    try {
      return readFileSync(join(root, file.path), 'utf8');
    } catch {
      return '(missing)';
    }
  })].join('\0');
  if (lastRead?.key !== key) lastRead = { key, result: loadFacts(root) };
  return lastRead.result;
}

/**
 * A loader that fills its collection from the facts, read once per build (any problem in them stops it), and, in
 * `astro dev`, again whenever one of the files changes.
 */
function factsFileLoader(name: string, fill: (facts: Facts, context: LoaderContext) => Promise<void>): Loader {
  const sync = async (context: LoaderContext) => {
    const { facts, problems } = loadFactsOnce(fileURLToPath(context.config.root));
    if (problems.length > 0) {
      throw new Error(`The facts in content/facts/ have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    }
    context.store.clear();
    await fill(facts, context);
  };
  return {
    name,
    load: async (context) => {
      await sync(context);
      const paths = factsFiles.map((file) => join(fileURLToPath(context.config.root), file.path));
      context.watcher?.add(paths);
      context.watcher?.on('change', async (changed) => {
        if (paths.includes(changed)) await sync(context);
      });
    },
  };
}

const factsLoader = (section: FactSection) =>
  factsFileLoader(`facts-${section}`, async (facts, { store, parseData }) => {
    const filePath = factsFiles.find((file) => file.schema.shape[section as never])!.path;
    for (const [id, entry] of Object.entries(facts[section])) {
      store.set({ id, data: await parseData({ id, data: entry as Record<string, unknown> }), filePath });
    }
  });

const collection = <S extends FactSection>(section: S) => defineCollection({ loader: factsLoader(section), schema: factSections[section] });

/**
 * Every fact as one entry, in the files' order (the collections above give their entries in id order; the pages keep
 * an editor's order: the rights table's rows, the letter's places). Pages read it (src/lib/facts-data.ts) instead of
 * parsing the YAML again while they render; the collections above have checked it.
 */
const allFactsLoader = () =>
  factsFileLoader('facts-all', async (facts, { store }) => {
    store.set({ id: allFactsId, data: facts as unknown as Record<string, unknown> });
  });

/** Spread into `collections` in src/content.config.ts. */
export const factsCollections = {
  aliexpressCompanies: collection('companies'),
  aliexpressContacts: collection('contacts'),
  aliexpressLinks: collection('links'),
  aliexpressLabels: collection('labels'),
  aliexpressRoutes: collection('routes'),
  aliexpressRetention: collection('retention'),
  aliexpressDecisions: collection('decisions'),
  laws: collection('laws'),
  regulators: collection('regulators'),
  jurisdictions: collection('jurisdictions'),
  allFacts: defineCollection({ loader: allFactsLoader() }),
};
