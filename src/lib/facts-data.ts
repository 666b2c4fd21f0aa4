/**
 * The facts as one object, for components and pages; the pure helpers take it as an argument. It is the `allFacts`
 * collection's one entry (src/lib/facts-collections.ts): read from the files, in their order, by the same reader as
 * the facts collections, which stop the build on any problem.
 */
import { getEntry } from 'astro:content';
import type { Facts } from './facts-schema';

/** The one entry of the `allFacts` collection. */
export const allFactsId = 'all';

export async function siteFacts(): Promise<Facts> {
  const entry = await getEntry('allFacts', allFactsId);
  if (!entry) throw new Error(`the allFacts collection has no "${allFactsId}" entry: src/lib/facts-collections.ts writes it in the content sync`);
  return entry.data as unknown as Facts;
}
