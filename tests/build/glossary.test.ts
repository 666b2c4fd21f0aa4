/**
 * No guide page uses a word its language's glossary says to avoid (content/glossary/<lang>.yaml, `avoid`), read from
 * the pages' models (src/lib/glossary-avoid.ts), each use named file:line. The real content is checked against every
 * glossary present; a small fixture glossary shows the check failing on a changed copy of a real page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageModel } from '../../scripts/translation-status';
import { languages } from '../../src/i18n/languages';
import { avoidedWordsIn, formatAvoidedUse, readAvoidList, type AvoidList } from '../../src/lib/glossary-avoid';
import { parseGuidePage } from '../../src/lib/guide-model';
import { guidePageSlugs } from '../../src/lib/guide-pages';

const glossaryFolder = 'content/glossary';

/** Every language's avoid list, from the glossary files that exist. */
function avoidLists(): AvoidList[] {
  if (!existsSync(glossaryFolder)) return [];
  const codes = new Set<string>(languages.map((l) => l.code));
  return readdirSync(glossaryFolder)
    .filter((name) => name.endsWith('.yaml') && codes.has(name.slice(0, -'.yaml'.length)))
    .map((name) => readAvoidList(join(glossaryFolder, name), name.slice(0, -'.yaml'.length), readFileSync(join(glossaryFolder, name), 'utf8')));
}

describe('glossary: words to avoid', () => {
  it('no guide page uses a word on its language\'s avoid list (every content/glossary/<lang>.yaml present)', () => {
    const found = avoidLists().flatMap((list) => [
      ...list.problems,
      ...guidePageSlugs.flatMap((page) => {
        const model = pageModel('content/guides', list.lang, page);
        return model ? avoidedWordsIn(model, list.lang, list.words).map((use) => formatAvoidedUse(model.file, use)) : [];
      }),
    ]);
    expect(found, found.join('\n')).toEqual([]);
  });

  it('names file:line and the word to use when a page uses an avoided word (a fixture glossary on a changed real page)', () => {
    const fixture = readAvoidList('tests/fixtures/glossary/ko.yaml', 'ko', readFileSync('tests/fixtures/glossary/ko.yaml', 'utf8'));
    expect(fixture.problems).toEqual([]);
    const source = readFileSync('content/guides/ko/after-deletion.mdx', 'utf8');
    const real = parseGuidePage('content/guides/ko/after-deletion.mdx', source);
    // The real page says 해지 only of unsubscribing from mail ("수신 거부 링크를 눌러 해지하세요"), the fixture's target.
    const line = source.split('\n').findIndex((l) => l.includes('해지하세요')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(avoidedWordsIn(real, 'ko', fixture.words).map((use) => formatAvoidedUse(real.file, use))).toEqual([
      expect.stringMatching(new RegExp(`^content/guides/ko/after-deletion\\.mdx:${line}: "해지" is on the glossary's avoid list; write "탈퇴" instead`)),
    ]);
    const fixed = parseGuidePage(real.file, source.replace('해지하세요', '구독을 끊으세요'));
    expect(avoidedWordsIn(fixed, 'ko', fixture.words)).toEqual([]);
  });
});
