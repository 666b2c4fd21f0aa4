/**
 * One fact, one place: a fixture copy of the project changes a single deadline in content/facts/ and nothing else, is
 * built for real, and every language's privacy-erasure page and the letter say the new deadline. The same build sets
 * the deploy's PROBLEM_REPORT_REPO, and its pages link to that repository, which the site built without it does not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { stringsFor } from '../../src/i18n/strings';
import { durationText } from '../../src/lib/fact-phrases';
import { readPage } from '../support/dist';
import { buildProject, editFile, projectWith, removeFixtureProjects } from '../support/fixture-project';

let root: string;
let build: { status: number | null; output: string };
const fixturePage = (path: string) => parse(readFileSync(join(root, 'dist', path), 'utf8'));

beforeAll(() => {
  root = projectWith((r) =>
    editFile(r, 'content/facts/jurisdictions.yaml', (text) => {
      // South Korea's deadline (PIPA Enforcement Decree Art. 43(3)): 10 days becomes 14.
      const edited = text.replace(/(provision: \{unit: article, ref: "43\(3\)"\}\n\s+amount: )10\n/, '$114\n');
      if (edited === text) throw new Error('the Korean deadline was not found in content/facts/jurisdictions.yaml');
      return edited;
    }),
  );
  build = buildProject(root, { PROBLEM_REPORT_REPO: 'example-org/aliexpress-guide' });
}, 400_000);
afterAll(removeFixtureProjects);

describe('a changed fact changes every language', () => {
  it('the fixture builds', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
  });

  it.each(languages.map((l) => ({ code: l.code })))('/$code/privacy-erasure/ states the new deadline for South Korea, not the old one', ({ code }) => {
    const t = stringsFor(code);
    const row = fixturePage(`${code}/privacy-erasure/index.html`).querySelector('.rights-table tr[data-places="kr"]');
    expect(row, 'the rights table has a row for South Korea').not.toBeNull();
    expect(row!.text).toContain(durationText({ lang: code, t }, 14, 'days'));
    expect(row!.text).not.toContain(durationText({ lang: code, t }, 10, 'days'));
  });

  it('the letter cites the new deadline, in English and in the reader’s language', () => {
    const data = JSON.parse(fixturePage('ko/erasure-request/index.html').querySelector('[data-letter-data]')!.text);
    const korea = (texts: { paragraphs: string[]; places: Record<string, number[]> }) => texts.places.kr.map((i) => texts.paragraphs[i]).join('\n');
    expect(korea(data.english)).toContain('within 14 days of receiving this request');
    expect(korea(data.own)).toContain('14일');
    expect(korea(data.english)).not.toContain('10 days');
  });
});

describe('the report-a-problem link is a deploy setting', () => {
  it('links to the repository PROBLEM_REPORT_REPO names', () => {
    const link = fixturePage('de/faq/index.html').querySelector('.page-facts a[href^="https://github.com/"]');
    expect(link?.getAttribute('href')).toMatch(/^https:\/\/github\.com\/example-org\/aliexpress-guide\/issues\/new\?/);
  });

  it('is left out when the setting is not given', () => {
    expect(process.env.PROBLEM_REPORT_REPO, 'the site under test is built without PROBLEM_REPORT_REPO').toBeFalsy();
    expect(readPage('de/faq/index.html').querySelector('.page-facts a[href*="/issues/new"]')).toBeNull();
  });
});
