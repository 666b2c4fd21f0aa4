import { describe, expect, it } from 'vitest';
import { stringsFor } from '../i18n/strings';
import { capitalise, lawFullName, placeList, deadlineText, durationText, hedged, lawReference, moneyText, pluralForm, provisionText } from './fact-phrases';
import { loadFacts } from './facts-file';
import type { Deadline } from './facts-schema';

const { facts } = loadFacts(new URL('../..', import.meta.url).pathname);
const context = (lang: Parameters<typeof stringsFor>[0], isolate = false) => ({ facts, lang, t: stringsFor(lang), isolate });

describe('durations', () => {
  it('are phrased by Intl in each language, with its own plural forms', () => {
    expect(durationText(context('en'), 10, 'days')).toBe('10 days');
    expect(durationText(context('en'), 1, 'months')).toBe('1 month');
    expect(durationText(context('ko'), 10, 'days')).toBe('10일');
    expect(durationText(context('he'), 2, 'months')).toBe('חודשיים');
    expect(durationText(context('he'), 1, 'months')).toBe('חודש אחד');
    expect(durationText(context('ja'), 2, 'weeks')).toBe('2週間');
  });

  it('phrase working days from the language’s plural message', () => {
    expect(durationText(context('en'), 1, 'working-days')).toBe('1 working day');
    expect(durationText(context('pl'), 10, 'working-days')).toBe('10 dni roboczych');
    expect(durationText(context('pl'), 2, 'working-days')).toBe('2 dni robocze');
    expect(durationText(context('ar'), 10, 'working-days')).toBe('10 أيام عمل');
    expect(pluralForm('en', 'one: {count} thing | other: {count} things', 1000)).toBe('1,000 things');
  });
});

describe('provisions and laws', () => {
  it('cite a provision as the language does', () => {
    expect(provisionText(context('en'), { unit: 'article', ref: '12(3)' })).toBe('Article 12(3)');
    expect(provisionText(context('ko'), { unit: 'article', ref: '43(3)' })).toBe('제43조제3항');
    expect(provisionText(context('ja'), { unit: 'article', ref: '35(2)' })).toBe('第35条第2項');
    expect(provisionText(context('es'), { unit: 'article', ref: '12(3)' })).toBe('artículo 12.3');
    expect(provisionText(context('de'), { unit: 'article', ref: '12(3)' })).toBe('Art. 12 Abs. 3');
    expect(provisionText(context('pl'), { unit: 'article', ref: '12(3)' })).toBe('art. 12 ust. 3');
    // A deeper reference stays as the source writes it.
    expect(provisionText(context('de'), { unit: 'article', ref: '11(1)(e)' })).toBe('Art. 11(1)(e)');
    expect(provisionText(context('ja'), { unit: 'article', ref: '35' })).toBe('第35条');
    expect(lawReference(context('de'), 'gdpr', { unit: 'article', ref: '17' })).toBe('Art. 17 DSGVO');
  });

  it('keep a reference one left-to-right run on right-to-left pages, and only there', () => {
    expect(provisionText(context('ar', true), { unit: 'article', ref: '12(3)' })).toBe('المادة \u206612(3)\u2069');
    expect(provisionText(context('ar', false), { unit: 'article', ref: '12(3)' })).toBe('المادة 12(3)');
    expect(provisionText(context('fr', true), { unit: 'article', ref: '12(3)' })).toBe('article 12, paragraphe 3');
  });
});

describe('deadlines', () => {
  it('say what they run from, what sets them and how they may be extended', () => {
    const [gdpr] = facts.jurisdictions.fr.deadlines!;
    expect(deadlineText(context('en'), gdpr)).toBe(
      '1 month from receipt of the request (GDPR, Article 12(3)); can be extended by 2 months where necessary, if AliExpress tells you why within the first period',
    );
    expect(deadlineText(context('ko'), facts.jurisdictions.kr.deadlines![0])).toBe('요청을 받은 날부터 10일(개인정보 보호법 시행령 제43조제3항)');
  });

  it('name AliExpress’s policy where the policy, not a law, sets the deadline', () => {
    expect(deadlineText(context('en'), facts.jurisdictions.us.deadlines![0])).toContain("(AliExpress's privacy policy, section K)");
  });

  it('carry the hedge their confidence asks for', () => {
    const likely = facts.jurisdictions.tr.deadlines!.find((d) => d.confidence === 'likely')!;
    expect(deadlineText(context('en'), likely)).toMatch(/, as we read our sources$/);
    const reported: Deadline = { ...facts.jurisdictions.kr.deadlines![0], confidence: 'reported' };
    expect(deadlineText(context('en'), reported)).toMatch(/, as some sources report$/);
    expect(hedged(context('en'), 'firm', 'x')).toBe('x');
  });

  it('say so where the law sets no number of days', () => {
    expect(deadlineText(context('en'), facts.jurisdictions.br.deadlines![0])).toBe('at once, or an answer saying why not (LGPD, Article 18 §4)');
  });
});

describe('other phrasing', () => {
  it('capitalises as the language does', () => {
    expect(capitalise('tr', 'istanbul')).toBe('İstanbul');
    expect(capitalise('en', 'your state')).toBe('Your state');
  });

  it('writes won in myriads in Korean and Japanese, as their news does', () => {
    expect(moneyText('ko', 1978000000, 'KRW')).toBe('19억 7,800만 원');
    expect(moneyText('ko', 7800000, 'KRW')).toBe('780만 원');
    expect(moneyText('ko', 100000123, 'KRW')).toBe('1억 123 원');
    expect(moneyText('ja', 1978000000, 'KRW')).toBe('19億7800万ウォン');
    expect(moneyText('ja', 7800000, 'KRW')).toBe('780万ウォン');
    expect(moneyText('ko', 1500, 'EUR')).toBe('EUR\u00a01,500');
    expect(moneyText('ru', 1978000000, 'KRW')).toBe('1\u00a0978\u00a0000\u00a0000\u00a0вон');
    expect(moneyText('th', 7800000, 'KRW')).toBe('7,800,000\u00a0วอน');
  });

  it('writes money with its currency code and Western digits', () => {
    expect(moneyText('en', 1978000000, 'KRW')).toBe('KRW\u00a01,978,000,000');
    expect(moneyText('de', 7800000, 'KRW')).toBe('7.800.000\u00a0KRW');
  });

  it('capitalises only in languages whose script has capitals', () => {
    expect(capitalise('en', 'the data protection law')).toBe('The data protection law');
    expect(capitalise('tr', 'istanbul')).toBe('İstanbul');
    expect(capitalise('gu', 'aliexpress.ru ની ગોપનીયતા નીતિ')).toBe('aliexpress.ru ની ગોપનીયતા નીતિ');
    expect(capitalise('ko', 'aliexpress.ru 정책')).toBe('aliexpress.ru 정책');
  });

  it('lists places with a phrase-name in lower case after the first, and keeps proper names as they are', () => {
    expect(placeList(context('en'), ['pt', 'eu-other'])).toBe('Portugal and another EU or EEA country');
    expect(placeList(context('en'), ['eu-other', 'pt'])).toBe('Another EU or EEA country and Portugal');
    expect(placeList(context('de'), ['pt', 'eu-other'], 'disjunction')).toBe('Portugal oder ein anderes Land der EU oder des EWR');
    expect(placeList(context('en'), ['ru', 'cis'])).toContain('and Armenia');
  });

  it('gives a law its short name in one pair of the language\'s brackets', () => {
    expect(lawFullName(context('de'), 'gdpr')).toBe('Datenschutz-Grundverordnung (DSGVO)');
    expect(lawFullName(context('en'), 'dpdp')).toBe('Digital Personal Data Protection Act, 2023 (India; DPDP Act)');
    expect(lawFullName(context('ja'), 'gdpr')).toBe('EU一般データ保護規則（GDPR）');
    expect(lawFullName(context('ja'), 'lopdgdd')).toBe('スペイン個人データ保護及びデジタル権利保障に関する組織法（2018年第3号、LOPDGDD）');
    expect(lawFullName(context('en'), 'local-law')).toBe('the data protection law where you live');
  });
});

describe('Vietnamese dates and language names', () => {
  it('writes "23 tháng 11 năm 2026" and "tiếng Anh", as Vietnamese running text does', async () => {
    const { dateText, languageName } = await import('./fact-phrases');
    expect(dateText('vi', '2026-11-23')).toBe('23 tháng 11 năm 2026');
    expect(dateText('fr', '2026-11-23')).toBe('23 novembre 2026');
    expect(languageName('vi', 'en')).toBe('tiếng Anh');
    expect(languageName('ko', 'en')).toBe('영어');
  });
});

describe('counts and sentence gaps', () => {
  it('counts round myriads in Korean and Japanese, and groups digits elsewhere', async () => {
    const { countText, sentenceGap } = await import('./fact-phrases');
    expect(countText('ko', 180000)).toBe('18만');
    expect(countText('ja', 180000)).toBe('18万');
    expect(countText('ja', 1234)).toBe('1,234');
    expect(countText('en', 180000)).toBe('180,000');
    expect(sentenceGap('ja')).toBe('');
    expect(sentenceGap('th')).toBe(' ');
  });
});

describe('lists', () => {
  it('joins Ukrainian with «та», where CLDR\'s «і» would meet a vowel', async () => {
    const { listText } = await import('./fact-phrases');
    expect(listText('uk', ['Польща', 'Португалія', 'інша країна'])).toBe('Польща, Португалія та інша країна');
    expect(listText('uk', ['Польща'])).toBe('Польща');
    expect(listText('en', ['Poland', 'Portugal', 'Spain'])).toBe('Poland, Portugal, and Spain');
  });
});
