/**
 * The frontmatter of a guide page, defined once: Astro validates entries with `guideFrontmatter`, and the content
 * checks run the same fields over the raw YAML first, so that a problem is reported with its line. Messages say
 * what was found and what to write instead.
 */
import { z } from 'astro/zod';

/** Length limits, in characters (code points, as a reader counts them). */
export const textLimits = {
  title: { min: 10, max: 70, purpose: 'the page heading and the browser tab' },
  navTitle: { min: 2, max: 32, purpose: 'the short name in navigation' },
  description: { min: 50, max: 170, purpose: 'the search snippet and preview card' },
} as const;

const length = (text: string) => [...text].length;

function limitedText(field: keyof typeof textLimits) {
  const { min, max, purpose } = textLimits[field];
  const range = `${min}–${max} characters`;
  return z
    .string({
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `${field} is missing; add ${field}: … (${purpose}, ${range})`
          : `${field} is not text; write it as text (${range})`,
    })
    .refine((text) => length(text) >= min && length(text) <= max, {
      error: (issue) => `${field} is ${length(issue.input as string)} characters long; make it ${range} (${purpose})`,
    });
}

const source = z.strictObject(
  {
    title: z.string({ error: 'a source needs a title' }).min(3, { error: 'a source title needs at least 3 characters' }),
    url: z.url({ protocol: /^https$/, error: 'a source url must be a full https:// address' }).optional(),
    /** The language of the title, when it is not English (sources are cited by their own, mostly English, names). */
    lang: z
      .string({ error: 'a source lang is a language tag such as ko or pt-BR' })
      .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, { error: 'a source lang is a language tag such as ko or pt-BR' })
      .optional(),
  },
  { error: 'each source is { title, url?, lang? }' },
);

/** The fields apart from lastVerified, which the checks read as raw text (see `lastVerifiedProblem`). */
export const checkedFields = {
  title: limitedText('title'),
  navTitle: limitedText('navTitle'),
  description: limitedText('description'),
  sources: z
    .array(source, { error: 'sources is missing; add sources: a list of { title, url? }' })
    .min(1, { error: 'sources is empty; list at least one source' }),
};

export const guideFrontmatter = z.strictObject({
  ...checkedFields,
  lastVerified: z.coerce.date({ error: 'lastVerified must be a date such as 2026-11-23' }),
});

export type GuideFrontmatter = z.infer<typeof guideFrontmatter>;

/** YYYY-MM-DD of a date, in UTC. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * What is wrong with lastVerified as written (a YAML parser would already have turned 2026-02-30 into 2 March), or
 * undefined. A date up to one day after `today` (UTC) passes: it is already that day in time zones east of UTC.
 */
export function lastVerifiedProblem(raw: unknown, today: string): string | undefined {
  const example = `such as lastVerified: ${today}`;
  if (raw === undefined || raw === null) return `lastVerified is missing; add the date you last checked the page, ${example}`;
  const text = String(raw);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (typeof raw !== 'string' || !match) return `lastVerified "${text}" is not a YYYY-MM-DD date; write it ${example}`;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `lastVerified ${text} is not a real date; write the day you checked the page, ${example}`;
  }
  const tomorrow = new Date(Date.parse(today) + 86_400_000);
  if (date > tomorrow) return `lastVerified ${text} is in the future; write the day you checked the page, ${example}`;
  return undefined;
}
