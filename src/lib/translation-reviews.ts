/**
 * Native reviews of each translation, recorded in content/translation-status/reviews/<lang>.md: YAML frontmatter
 * with one entry per round (date, who read it, accuracy and fluency 1–5 as found, findings and fixes), then the
 * findings as a table. The translation status report prints the scores; the tests require a valid record for every
 * translated language.
 */
import { z } from 'astro/zod';
import { readFactsFile } from './facts-file.ts';

const score = (what: string) =>
  z
    .number({ error: `${what} is a score from 1 to 5, such as 4.5` })
    .min(1, `${what} is at least 1`)
    .max(5, `${what} is at most 5`)
    .refine((value) => Number.isInteger(value * 2), `${what} is a whole or half score, such as 4 or 4.5`);

const isoDate = z
  .union([z.string(), z.date()], { error: 'date is YYYY-MM-DD' })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value), 'date is YYYY-MM-DD');

export const reviewRecordSchema = z.strictObject({
  language: z.string({ error: 'language is the language code, such as ko' }),
  rounds: z
    .array(
      z.strictObject(
        {
          date: isoDate,
          reader: z.string({ error: 'reader says who read it and how, such as "cold native review, round 1"' }).min(10, 'reader says who read it and how'),
          accuracy: score('accuracy'),
          fluency: score('fluency'),
          findings: z.number({ error: 'findings is how many problems the reader found' }).int().min(0),
          fixed: z.number({ error: 'fixed is how many of them were fixed' }).int().min(0),
        },
        { error: 'each round is { date, reader, accuracy, fluency, findings, fixed }' },
      ),
      { error: 'rounds lists the review rounds, oldest first' },
    )
    .min(1, 'record at least one round'),
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

export interface ReadReview {
  record: ReviewRecord | undefined;
  problems: string[];
}

/** The frontmatter of a review file, validated; problems name file:line. */
export function readReviewRecord(path: string, text: string, expectedLanguage: string): ReadReview {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return { record: undefined, problems: [`${path}:1 a review starts with YAML frontmatter between --- lines (language, rounds)`] };
  // Frontmatter starts on line 2: shift the YAML's line numbers by one.
  const read = readFactsFile(path, match[1]!, reviewRecordSchema);
  const problems = read.problems.map((problem) => problem.replace(/^(.*?):(\d+)/, (_, file: string, line: string) => `${file}:${Number(line) + 1}`));
  const record = read.data as unknown as ReviewRecord | undefined;
  if (record && record.language !== expectedLanguage) problems.push(`${path}:${read.lineOf(['language']) + 1} language is "${record.language}" but the file is for "${expectedLanguage}"`);
  for (const [index, round] of (record?.rounds ?? []).entries()) {
    if (round.fixed > round.findings) problems.push(`${path}:${read.lineOf(['rounds', index, 'fixed']) + 1} rounds.${index}.fixed: more fixes (${round.fixed}) than findings (${round.findings})`);
  }
  return { record: problems.length === 0 ? record : undefined, problems };
}

/** "4.5 / 5 (round 2, 2026-11-29)": the latest round's scores, as the status report shows them. */
export function latestScores(record: ReviewRecord): string {
  const last = record.rounds[record.rounds.length - 1]!;
  return `accuracy ${last.accuracy}, fluency ${last.fluency} (round ${record.rounds.length}, ${last.date}; ${last.findings} findings, ${last.fixed} fixed)`;
}
