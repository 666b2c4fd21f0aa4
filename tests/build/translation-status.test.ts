/**
 * The translation status report: every language complete against English and saying what English says, section by
 * section; every translated page marked with the English it follows; and the report names what is missing or stale.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatStatus, markCurrent, translationStatus, type StatusRoots } from '../../scripts/translation-status.ts';
import { formatMismatch } from '../../src/lib/translation-parity.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfContent(): StatusRoots {
  const root = mkdtempSync(join(tmpdir(), 'guide-status-'));
  copies.push(root);
  cpSync('content/guides', join(root, 'guides'), { recursive: true });
  cpSync('content/translation-status', join(root, 'status'), { recursive: true });
  return { guides: join(root, 'guides'), status: join(root, 'status') };
}

describe('translation status', () => {
  // Parsing every page of every language takes a few seconds: done once, for the checks on the real content.
  const statuses = translationStatus();

  it('every language has every page (or declares it untranslated), with the same steps and questions as English', () => {
    console.log(formatStatus(statuses));
    const problems = statuses.flatMap((s) =>
      s.pages
        .filter((p) => (!p.present && !p.declaredUntranslated) || (p.present && !p.stepsMatch))
        .map((p) => `${s.code}/${p.page}: ${p.present ? `missing [${p.missingIds}] extra [${p.extraIds}]` : 'missing page'}`),
    );
    expect(problems).toEqual([]);
  });

  it('every translated language records a native review with its scores (content/translation-status/reviews/<lang>.md)', () => {
    const problems = statuses.flatMap((s) => s.review?.problems ?? []);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(statuses.filter((s) => s.code !== 'en').every((s) => s.review?.scores)).toBe(true);
  });

  it('every translated page says what English says, section by section (steps, questions, callouts, links, facts, labels, numbers)', () => {
    const mismatches = statuses.flatMap((s) => s.pages.flatMap((p) => p.parity.map(formatMismatch)));
    expect(mismatches, `${mismatches.length} difference(s) from English:\n${mismatches.join('\n')}`).toEqual([]);
  });

  it('every translated page records which English it follows (npm run translation-status -- --mark <lang>/<page>)', () => {
    const unmarked = statuses.flatMap((s) => s.pages.filter((p) => s.code !== 'en' && p.present && !p.marked).map((p) => `${s.code}/${p.page}`));
    expect(unmarked).toEqual([]);
  });

  it('names the language, page and ids when a translation lacks a step or a page', () => {
    const roots = copyOfContent();
    const desktop = join(roots.guides, 'ko/desktop.mdx');
    writeFileSync(desktop, readFileSync(desktop, 'utf8').replace('id="get-code"', 'id="get-the-code"'));
    rmSync(join(roots.guides, 'gu/faq.mdx'));
    const report = formatStatus(translationStatus(roots, { languages: ['ko', 'gu'] }));
    expect(report).toMatch(/^ko .*in parity 6\/7/m);
    expect(report).toContain('desktop: missing ids [get-code], extra ids [get-the-code]');
    expect(report).toMatch(/^gu .*pages 6\/7/m);
    expect(report).toContain('faq: MISSING');
  });

  it('names the section whose English changed, in every language, until its translator marks it again', () => {
    const roots = copyOfContent();
    const english = join(roots.guides, 'en/desktop.mdx');
    writeFileSync(english, readFileSync(english, 'utf8').replace('The privacy centre only works after you log in.', 'The privacy centre only works after you log in, in the same browser.'));
    const scope = { pages: ['desktop', 'faq'] };
    const stale = (code: string) =>
      translationStatus(roots, { ...scope, languages: [code] })[0].pages.flatMap((p) => p.stale.map((s) => `${p.page} ${s.index} ${s.englishHeading}`));
    expect(stale('ko')).toEqual(['desktop 2 If something is different']);
    expect(stale('he')).toEqual(['desktop 2 If something is different']);
    expect(formatStatus(translationStatus(roots, { ...scope, languages: ['ko'] }))).toMatch(
      /desktop: section 2 "If something is different" \(here "화면이 다를 때"\): English has changed since this translation was marked; update it, then run npm run translation-status -- --mark ko\/desktop/,
    );
    expect(markCurrent(['ko/desktop'], roots)).toEqual(['ko/desktop: marked as following the current English']);
    expect(stale('ko')).toEqual([]);
    expect(stale('he')).toEqual(['desktop 2 If something is different']);
    expect(() => markCurrent(['xx/desktop'], roots)).toThrow(/"xx" is not a translated language/);
  });
});
