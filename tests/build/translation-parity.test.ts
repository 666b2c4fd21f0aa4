/**
 * Section parity (src/lib/translation-parity.ts) on changed copies of a real translation: a dropped caveat, an added
 * figure and a missing link each fail, named with the file, the section in both languages and what differs. The real
 * content is checked in translation-status.test.ts, which parses every page once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGuidePage } from '../../src/lib/guide-model.ts';
import { formatMismatch, parityMismatches } from '../../src/lib/translation-parity.ts';

describe('translation parity', () => {
  describe('on a changed copy of the Korean desktop page', () => {
    const english = parseGuidePage('content/guides/en/desktop.mdx', readFileSync('content/guides/en/desktop.mdx', 'utf8'));
    const source = readFileSync('content/guides/ko/desktop.mdx', 'utf8');
    const check = (change: (text: string) => string) => {
      const changed = change(source);
      expect(changed, 'the change did not apply: the Korean page no longer reads as this test expects').not.toBe(source);
      return parityMismatches(english, { model: parseGuidePage('content/guides/ko/desktop.mdx', changed), lang: 'ko', hreflang: 'ko' }, 'desktop').map(formatMismatch);
    };

    it('the real page passes', () => {
      expect(check((t) => `${t}\n`)).toEqual([]);
    });

    it('fails on a dropped caveat: a callout removed', () => {
      const lines = check((t) => t.replace(/<Callout type="note"[^>]*>[\s\S]*?<\/Callout>/, '위의 방법을 다시 해 보세요.'));
      expect(lines).toContainEqual(expect.stringMatching(/^content\/guides\/ko\/desktop\.mdx:\d+: ko\/desktop, section 2 "If something is different" \(here ".+"\): callouts: missing "note"$/));
    });

    it('fails on a dropped caveat: a sentence with a link removed', () => {
      const lines = check((t) => t.replace(/\n\n아직 하지 않았다면 [^\n]*\(\/ko\/before-you-start\/\)[^\n]*/, ''));
      expect(lines).toEqual(['content/guides/ko/desktop.mdx:1: ko/desktop, (opening, before the first heading): links: missing "/before-you-start/"']);
    });

    it('fails on an added figure, a number English does not give', () => {
      const lines = check((t) => t.replace('일부 이용자에 따르면', '2023년 조사에서 90일 안에 처리된다고 합니다. 일부 이용자에 따르면'));
      expect(lines).toEqual([expect.stringMatching(/ko\/desktop, section 1 "Steps" \(here ".+"\): numbers: not in English "2023", "90"$/)]);
    });

    it('fails on a missing link, the words kept', () => {
      const lines = check((t) => t.replace(/\[([^\]]+)\]\(\/ko\/privacy-erasure\/#write-to-dpo\)/, '$1'));
      expect(lines).toEqual([expect.stringMatching(/ko\/desktop, section 2 "If something is different" \(here ".+"\): links: missing "\/privacy-erasure\/#write-to-dpo"$/)]);
    });
  });
});
