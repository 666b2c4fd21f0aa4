import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '../i18n/languages';
import { stringsFor } from '../i18n/strings';
import { loadFacts } from './facts-file';
import { parseGuidePage } from './guide-model';
import { formatProblem } from './content-checks';
import { handTypedFactProblem, handTypedFacts, textPiecesOfModel, type TextPiece } from './hand-typed-facts';

const root = new URL('../..', import.meta.url).pathname;
const { facts } = loadFacts(root);
const find = (text: string, lang: Parameters<typeof stringsFor>[0] = 'en', piece: Partial<TextPiece> = {}) =>
  handTypedFacts([{ text, line: 7, ...piece }], facts, lang, stringsFor(lang)).map((f) => [f.found, f.fact]);

describe('hand-typed facts', () => {
  it('finds the addresses and numbers of contacts, however they are written', () => {
    expect(find('write to dataprotection.ae@aliexpress.com today')).toEqual([['dataprotection.ae@aliexpress.com', 'contacts/dpo']]);
    expect(find('전화 1533-6279 또는 +82 1533 6279', 'ko')).toEqual([
      ['1533-6279', 'contacts/korea-representative'],
      ['1533 6279', 'contacts/korea-representative'],
    ]);
  });

  it('finds links with or without https:// and a trailing slash, and tells the delete page from the privacy centre', () => {
    expect(find('[open](https://privacy.aliexpress.com/home#/request/delete)')).toEqual([['https://privacy.aliexpress.com/home#/request/delete', 'links/delete-page']]);
    expect(find('go to privacy.aliexpress.com and log in')).toEqual([['privacy.aliexpress.com', 'links/privacy-centre']]);
  });

  it('finds a screen label the facts hold only where it is typed into a <UiLabel>', () => {
    expect(find('Delete my account', 'ko', { kind: 'attribute', component: 'UiLabel', attribute: 'en' })).toEqual([['Delete my account', 'labels/delete-my-account']]);
    expect(find('Desktop site', 'ko', { kind: 'attribute', component: 'UiLabel', attribute: 'en' })).toEqual([]);
    expect(find('Delete my account, then Settings')).toEqual([]);
  });

  it('finds a deadline as the page’s language writes it, but not a date or a longer number', () => {
    expect(find('한국의 기한은 10일입니다.', 'ko')).toEqual([['10일', 'jurisdictions/kr deadline']]);
    expect(find('2024년 7월 10일에 발표', 'ko')).toEqual([]);
    expect(find('受領から10日以内', 'ja')).toEqual([['10日', 'jurisdictions/kr deadline']]);
    expect(find('within 110 days')).toEqual([]);
    expect(find('within 110 days, or 45 daysx, or 45 days')).toEqual([['45 days', 'jurisdictions/us-ca deadline']]);
    expect(handTypedFacts([{ text: 'not 145 days but 45 days', line: 7, column: 3 }], facts, 'en', stringsFor('en')).map((f) => f.column)).toEqual([3 + 'not 145 days but '.length]);
    expect(find('within 45 days')).toEqual([['45 days', 'jurisdictions/us-ca deadline']]);
  });

  it('finds a provision only beside its law’s name', () => {
    expect(find('under Article 17 of the GDPR')).toEqual([['Article 17', 'jurisdictions/es gdpr']]);
    expect(find('nach Art. 17 DSGVO', 'de')).toEqual([['Art. 17', 'jurisdictions/es gdpr']]);
    expect(find('see Article 17 of our terms')).toEqual([]);
  });

  it('finds the month a law’s rights start to apply, with a postposition attached', () => {
    expect(find('તે લગભગ મે 2027થી લાગુ થશે', 'gu')).toEqual([['મે 2027', 'laws/dpdp rightsApplyFrom']]);
  });

  it('names file, line and column, the fact and what to write instead', () => {
    const [finding] = handTypedFacts([{ text: 'mail DataProtection.AE@aliexpress.com', line: 12, column: 3 }], facts, 'en', stringsFor('en'));
    expect(formatProblem('content/guides/en/faq.mdx', handTypedFactProblem(finding))).toBe(
      'content/guides/en/faq.mdx:12:8: "DataProtection.AE@aliexpress.com" is typed by hand, but content/facts/ holds it (contacts/dpo); write <Contact id="dpo" /> instead',
    );
  });

  it('reads a page model’s prose, frontmatter title and attribute values, not its sources or code', () => {
    const model = parseGuidePage('x.mdx', '---\ntitle: T\nsources:\n  - title: S\n    url: https://privacy.aliexpress.com/\n---\n\n```\nprivacy.aliexpress.com\n```\n\nClick <UiLabel en="Verify" />.\n');
    expect(textPiecesOfModel(model)).toEqual([
      { text: 'T', line: 2 },
      { text: 'Click ', line: 12, column: 1, context: 'Click Verify.' },
      { text: '.', line: 12, column: 30, context: 'Click Verify.' },
      { text: 'Verify', line: 12, column: 20, kind: 'attribute', component: 'UiLabel', attribute: 'en' },
    ]);
  });

  it('finds a provision whose law’s name stands in another run of the same paragraph', () => {
    const model = parseGuidePage('x.mdx', 'Under the **GDPR**, Article 17 gives the right.\n');
    const pieces = textPiecesOfModel(model);
    expect(pieces.map((p) => p.text)).toContain(', Article 17 gives the right.');
    expect(pieces.every((p) => p.context?.includes('GDPR'))).toBe(true);
  });
});

describe('the guide pages', () => {
  it('type no fact by hand that content/facts/ holds, in any language', () => {
    const findings: string[] = [];
    for (const language of languages) {
      for (const file of readdirSync(`${root}content/guides/${language.code}`)) {
        const path = `content/guides/${language.code}/${file}`;
        const pieces = textPiecesOfModel(parseGuidePage(path, readFileSync(`${root}${path}`, 'utf8')));
        findings.push(...handTypedFacts(pieces, facts, language.code, stringsFor(language.code)).map((f) => formatProblem(path, handTypedFactProblem(f))));
      }
    }
    expect(findings).toEqual([]);
  });
});
