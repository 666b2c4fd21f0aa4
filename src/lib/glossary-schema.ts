/**
 * The shape of the glossaries under content/glossary/: the concepts readers name (concepts.yaml) and, per language,
 * the words its readers use for each, words writers should avoid, and how search treats that language's queries.
 */
import { z } from 'astro/zod';

export const searchPlacePattern = /^[a-z-]+(#[a-z0-9-]+)?$/;

const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, `${what} must not be empty`);

export const conceptsSchema = z.record(
  z.string().regex(/^[a-z][a-z-]*$/, 'a concept id is lowercase Latin letters and hyphens, such as verification-code'),
  z.strictObject(
    {
      about: text('about'),
      searchAt: z
        .array(z.string().regex(searchPlacePattern, 'a place is a page ("faq", "index") or a step or question ("desktop#get-code")'), {
          error: 'searchAt lists the places its words are indexed, such as [desktop#get-code]',
        })
        .min(1, 'list at least one place'),
    },
    { error: 'each concept is { about, searchAt }' },
  ),
);
export type Concepts = z.infer<typeof conceptsSchema>;

const wordList = z.array(text('a word'), { error: 'a list of words, such as [code, OTP]' });

export const glossarySchema = z.strictObject({
  /** Per concept of concepts.yaml, the words and phrases readers of this language use for it. */
  words: z.record(z.string(), wordList.min(1, 'give at least one word')),
  /** Words writers should not use, with the word to use instead and why. */
  avoid: z
    .array(z.strictObject({ word: text('word'), instead: text('instead'), why: text('why') }, { error: 'each entry is { word, instead, why }' }))
    .default([]),
  /** How search treats this language's queries; see src/lib/search-query.ts. */
  search: z
    .strictObject({
      fillers: wordList.default([]),
      prefixes: wordList.default([]),
      endings: wordList.default([]),
      equivalents: z.array(z.array(z.string()).min(2, 'a group of equivalent spellings has at least two members')).default([]),
    })
    .default({ fillers: [], prefixes: [], endings: [], equivalents: [] }),
});
export type Glossary = z.infer<typeof glossarySchema>;
