/**
 * Reads the glossaries (content/glossary/): checks each file against its schema and against the concept list, and
 * answers what the site needs from them: the hidden search words for a step, question or page opening, and the search
 * rules of a language. Every problem names file:line, so the build stops with a message the writer can act on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageCodes, type LanguageCode } from '../i18n/languages';
import { readFactsFile } from './facts-file';
import { conceptsSchema, glossarySchema, type Concepts, type Glossary } from './glossary-schema';
import type { SearchRules } from './search-query';

export const glossaryFolder = 'content/glossary';
export const conceptsFile = `${glossaryFolder}/concepts.yaml`;

export interface Glossaries {
  concepts: Concepts;
  byLanguage: Record<string, Glossary>;
}

function readText(root: string, path: string): string | undefined {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
}

/** Checks the concept list and one glossary per language; returns the problems, each as "file:line field: what to do". */
export function readGlossaries(read: (path: string) => string | undefined, codes: readonly string[] = languageCodes): { glossaries: Glossaries; problems: string[] } {
  const problems: string[] = [];
  const conceptsText = read(conceptsFile);
  const conceptsRead = conceptsText === undefined ? undefined : readFactsFile(conceptsFile, conceptsText, conceptsSchema);
  if (!conceptsRead) problems.push(`${conceptsFile}:1 cannot be read: the file is missing`);
  else problems.push(...conceptsRead.problems);
  const concepts = (conceptsRead?.data ?? {}) as unknown as Concepts;
  const byLanguage: Record<string, Glossary> = {};
  for (const code of codes) {
    const path = `${glossaryFolder}/${code}.yaml`;
    const text = read(path);
    if (text === undefined) {
      problems.push(`${path}:1 cannot be read: every language needs a glossary (copy ${glossaryFolder}/en.yaml and write its words)`);
      continue;
    }
    const file = readFactsFile(path, text, glossarySchema);
    problems.push(...file.problems);
    if (!file.data) continue;
    const glossary = file.data as unknown as Glossary;
    for (const concept of Object.keys(glossary.words)) {
      if (!(concept in concepts)) problems.push(`${path}:${file.lineOf(['words', concept])} words.${concept}: not a concept of ${conceptsFile} (known: ${Object.keys(concepts).join(', ')})`);
    }
    for (const concept of Object.keys(concepts)) {
      if (!(concept in glossary.words)) problems.push(`${path}:${file.lineOf(['words'])} words: no words for "${concept}" (${concepts[concept].about}); add words.${concept}: [ … ]`);
    }
    byLanguage[code] = glossary;
  }
  return { glossaries: { concepts, byLanguage }, problems };
}

let loaded: Glossaries | undefined;

/** The glossaries of the project being built (read once); throws with every problem found. */
export function projectGlossaries(root = process.cwd()): Glossaries {
  if (!loaded) {
    const { glossaries, problems } = readGlossaries((path) => readText(root, path));
    if (problems.length > 0) throw new Error(`The glossaries in ${glossaryFolder}/ have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    loaded = glossaries;
  }
  return loaded;
}

/**
 * The words to index, hidden, at one place: a step or question (`page#id`) or a page's opening (`page`), from the
 * glossary's phrases for the concepts placed there: each word once, without the language's filler words (search
 * never looks for those, and every word indexed adds to what a first search downloads).
 */
export function searchWordsAt(glossaries: Glossaries, lang: string, place: string): string[] {
  const glossary = glossaries.byLanguage[lang];
  if (!glossary) return [];
  const fillers = new Set(glossary.search.fillers.map((word) => word.toLocaleLowerCase(lang)));
  const words = Object.entries(glossaries.concepts)
    .filter(([, concept]) => concept.searchAt.includes(place))
    .flatMap(([id]) => glossary.words[id] ?? [])
    .flatMap((phrase) => phrase.split(/\s+/))
    .filter((word) => !fillers.has(word.toLocaleLowerCase(lang)));
  return [...new Set(words)];
}

/** How search treats a language's queries (the glossary's `search` part). */
export function searchRulesOf(glossaries: Glossaries, lang: LanguageCode): SearchRules {
  const { fillers, prefixes, endings, equivalents } = glossaries.byLanguage[lang].search;
  return { fillers, prefixes, endings, equivalents };
}
