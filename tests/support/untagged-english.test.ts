import { describe, expect, it } from 'vitest';
import { untaggedEnglish } from './untagged-english';

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><body>${body}</body></html>`;
const texts = (lang: string, body: string, options = {}) => untaggedEnglish(page(lang, body), lang, options).map((f) => f.text);

describe('untaggedEnglish', () => {
  it('finds two Latin words in a row in a Korean page, and not once they are marked lang="en"', () => {
    expect(texts('ko', '<p>빨간색 Delete my account 버튼을 누르세요.</p>')).toEqual(['Delete my account']);
    expect(texts('ko', '<p>빨간색 <b lang="en" dir="ltr">Delete my account</b> 버튼을 누르세요.</p>')).toEqual([]);
    expect(texts('ja', '<h3>「<span lang="en">Delete account</span>」を選ぶ</h3>')).toEqual([]);
  });

  it('follows a run across inline markup, and not across blocks', () => {
    expect(texts('hi', '<p>यह <a href="#">Request <em>Desktop</em> Website</a> है</p>')).toEqual(['Request Desktop Website']);
    expect(texts('hi', '<li>Request</li><li>Desktop</li>')).toEqual([]);
  });

  it('lets stand what 3.1.2 allows: names, addresses, capitals, code the reader types, and other languages marked as such', () => {
    const body =
      '<p>AliExpress와 Google Play, App Store에서 privacy.aliexpress.com/home 또는 DataProtection.AE@aliexpress.com으로. GDPR, PIPA, KVKK.</p>' +
      '<p><code>agree twice</code>를 입력하세요. <a lang="fr">Lire cette page en français</a></p><p>ALIEXPRESS KOREA HOLDING (SINGAPORE) PTE. LTD.</p>';
    expect(texts('ko', body)).toEqual([]);
    expect(texts('ko', '<p>담당: AliExpress Korea Co., Ltd.</p>', { names: ['AliExpress Korea Co., Ltd.'] })).toEqual([]);
    expect(texts('ko', '<p>담당: AliExpress Korea Co., Ltd.</p>')).toEqual(['Korea Co']);
  });

  it('finds three common English words in a row in a Latin-script page, even with shared words between them', () => {
    expect(texts('de', '<p>Dann: write to the data protection officer instead.</p>')).toEqual(['write to the data protection officer instead']);
    expect(texts('it', '<p>La privacy e i dati del tuo account sono tuoi.</p>')).toEqual([]);
    expect(texts('nl', '<p>Open de app in je browser.</p>')).toEqual([]);
    expect(texts('pl', '<p>Czy to to samo co usunięcie konta?</p>')).toEqual([]);
  });

  it('finds an English screen label of two or more words in a Latin-script page, but not a one-word loanword', () => {
    const labels = ['Delete account', 'Account'];
    expect(texts('de', '<p>Tippen Sie auf „Delete account“.</p>', { labels })).toEqual(['Delete account']);
    expect(texts('de', '<p>Tippen Sie auf <b lang="en">Delete account</b>.</p>', { labels })).toEqual([]);
    expect(texts('de', '<p>Ihr Account wird gelöscht.</p>', { labels })).toEqual([]);
  });

  it('reads <noscript> as HTML, not as text, and gives the text around a find', () => {
    expect(untaggedEnglish(page('ko', '<noscript><p class="callout callout-note">자바스크립트가 꺼져 있습니다.</p></noscript>'), 'ko')).toEqual([]);
    expect(untaggedEnglish(page('ko', '<p>이 버튼 Delete account 입니다</p>'), 'ko')).toEqual([{ text: 'Delete account', context: '이 버튼 Delete account 입니다' }]);
  });
});
