/**
 * Readers' own queries (tests/search-queries/<lang>.json: at least 20 a language, typed as readers type them) go into
 * each language's search box in Chromium; the links shown are scored against the step, question or page that answers.
 * The gates are in tests/budgets.json: hit@3 overall and in every language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { scoreByLanguage } from '../../src/lib/search-scoring';
import { sharedPage } from '../support/browser';
import { readQuerySet, runQuerySet, type QueryOutcome } from '../support/search-score';

const siteUrl = inject('siteUrl');
const budget = JSON.parse(readFileSync('tests/budgets.json', 'utf8')).search as { hitAt3Min: number; hitAt3MinPerLanguage: number };
const session = sharedPage();
const outcomes: QueryOutcome[] = [];

const percent = (share: number) => `${Math.round(share * 100)}%`;
const missesOf = (list: readonly QueryOutcome[]) =>
  list.filter((o) => o.rank === undefined || o.rank > 3).map((o) => `"${o.query}" expected ${o.expect.join(' | ')}, got ${o.links.slice(0, 3).join(' ') || 'nothing'}`);

afterAll(() => {
  if (outcomes.length === 0) return;
  const lines = scoreByLanguage(outcomes).map((s) => `${s.lang.padEnd(6)} ${String(s.queries).padStart(3)}  hit@1 ${percent(s.hitAt1).padStart(4)}  hit@3 ${percent(s.hitAt3).padStart(4)}`);
  console.log(`Search query set:\n${lines.join('\n')}`);
});

describe('the query set', () => {
  it('has at least 20 queries in every language, each expecting a page or step that exists', () => {
    const problems: string[] = [];
    for (const { code } of languages) {
      const queries = readQuerySet(code);
      if (queries.length < 20) problems.push(`${code}: ${queries.length} queries, write at least 20`);
      for (const { query, expect: answers } of queries) {
        for (const answer of answers) {
          const [page, anchor] = answer.split('#');
          const file = `dist/${code}/${page === 'index' ? '' : `${page}/`}index.html`;
          if (!existsSync(file)) problems.push(`${code} "${query}": no page ${page}`);
          else if (anchor && !readFileSync(file, 'utf8').includes(`id="${anchor}"`)) problems.push(`${code} "${query}": ${page} has no #${anchor}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(languages.map((l) => ({ code: l.code })))(
    'in $code, readers find the answer in the first three results',
    async ({ code }) => {
      const results = await runQuerySet(session.page, siteUrl, code, readQuerySet(code));
      outcomes.push(...results);
      const [score] = scoreByLanguage(results);
      expect(score.hitAt3, `hit@3 ${percent(score.hitAt3)}; not in the first three:\n${missesOf(results).join('\n')}`).toBeGreaterThanOrEqual(budget.hitAt3MinPerLanguage);
    },
    180_000,
  );

  it('over all languages, readers find the answer in the first three results', () => {
    const all = scoreByLanguage(outcomes).at(-1)!;
    expect(all.queries).toBe(languages.reduce((sum, l) => sum + readQuerySet(l.code).length, 0));
    expect(all.hitAt3, `hit@3 ${percent(all.hitAt3)}`).toBeGreaterThanOrEqual(budget.hitAt3Min);
  });
});
