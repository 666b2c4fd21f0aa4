/** The translation status report: every language complete against English, and the report notices when not. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatStatus, translationStatus } from '../../scripts/translation-status.ts';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('translation status', () => {
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

  it('names the language, page and ids when a translation lacks a step or a page, or is older than English', () => {
    const root = mkdtempSync(join(tmpdir(), 'guide-status-'));
    copies.push(root);
    cpSync('content/guides', root, { recursive: true });
    const desktop = join(root, 'ko/desktop.mdx');
    writeFileSync(desktop, readFileSync(desktop, 'utf8').replace('id="get-code"', 'id="get-the-code"').replace(/^lastVerified: .*$/m, 'lastVerified: 2020-01-01'));
    rmSync(join(root, 'gu/faq.mdx'));
    const report = formatStatus(translationStatus(root));
    expect(report).toMatch(/^ko .*steps match 6\/7 · OUTDATED: desktop$/m);
    expect(report).toContain('desktop: missing ids [get-code], extra ids [get-the-code]');
    expect(report).toMatch(/^gu .*pages 6\/7/m);
    expect(report).toContain('faq: MISSING');
  });
});
