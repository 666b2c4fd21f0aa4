/**
 * The facts as one object, for components and pages; the pure helpers take it as an argument. It is read from the
 * files with the same reader as the facts collections (src/lib/facts-collections.ts), which stop the build on any
 * problem, because the collections give their entries in id order while the files' order is an editor's choice the
 * pages keep (the rows of the rights table, the places in the letter).
 */
import { loadFacts } from './facts-file';
import type { Facts } from './facts-schema';

let cached: Facts | undefined;

/** Read once per build, from the project the build runs in. */
export async function siteFacts(): Promise<Facts> {
  // In the dev server the files change under it; a build reads them once.
  if (!cached || import.meta.env.DEV) {
    const { facts, problems } = loadFacts(process.cwd());
    if (problems.length > 0) throw new Error(`The facts in content/facts/ have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    cached = facts;
  }
  return cached;
}
