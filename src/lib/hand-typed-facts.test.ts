import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languages } from '../i18n/languages';
import { stringsFor } from '../i18n/strings';
import { loadFacts } from './facts-file';
import { describeHandTypedFact, handTypedFacts, textPiecesOfMdx, type TextPiece } from './hand-typed-facts';

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
    expect(describeHandTypedFact('content/guides/en/faq.mdx', finding)).toBe(
      'content/guides/en/faq.mdx:12:8: "DataProtection.AE@aliexpress.com" is typed by hand, but content/facts/ holds it (contacts/dpo); write <Contact id="dpo" /> instead',
    );
  });

  it('reads an MDX file’s prose and UiLabel values, not its sources or code', () => {
    const pieces = textPiecesOfMdx('---\ntitle: T\nsources:\n  - title: S\n    url: https://privacy.aliexpress.com/\n---\n\n```\nprivacy.aliexpress.com\n```\n\nClick <UiLabel en="Verify" />.\n');
    expect(pieces).toEqual([
      { text: 'title: T', line: 2 },
      { text: 'Verify', line: 12, column: 20, kind: 'attribute', component: 'UiLabel', attribute: 'en' },
      { text: 'Click <UiLabel en="Verify" />.', line: 12 },
    ]);
  });
});

describe('the guide pages', () => {
  it('type no fact by hand that content/facts/ holds, in any language', () => {
    const findings: string[] = [];
    for (const language of languages) {
      for (const file of readdirSync(`${root}content/guides/${language.code}`)) {
        const path = `content/guides/${language.code}/${file}`;
        const pieces = textPiecesOfMdx(readFileSync(`${root}${path}`, 'utf8'));
        findings.push(...handTypedFacts(pieces, facts, language.code, stringsFor(language.code)).map((f) => describeHandTypedFact(path, f)));
      }
    }
    expect(findings).toEqual([]);
  });
});
