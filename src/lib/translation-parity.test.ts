import { describe, expect, it } from 'vitest';
import { parseGuidePage } from './guide-model';
import { formatMismatch, normalisedLink, parityMismatches } from './translation-parity';

const english = parseGuidePage(
  'content/guides/en/desktop.mdx',
  `Checked on 23 November 2026. Go through [before you start](/en/before-you-start/) first.

## Steps

<Steps>
<Step id="log-in" title="Log in">

Log in. Click <UiLabel en="Get code" />, then look in the spam folder.

</Step>
<Step id="final-delete" title="Delete">

Some readers see a message about 24 hours.

</Step>
</Steps>

## If something is different

<Callout type="note">

Open the [direct link](https://privacy.aliexpress.com/home#/request/delete) again.

</Callout>
`,
);

const korean = (text: string) => ({ model: parseGuidePage('content/guides/ko/desktop.mdx', text), lang: 'ko', hreflang: 'ko' });
const faithful = `2026년 11월 23일에 확인했습니다. 먼저 [삭제 전 확인할 것](/ko/before-you-start/)을 보세요.

## 삭제 순서

<Steps>
<Step id="log-in" title="로그인하기">

로그인하세요. <UiLabel en="Get code">코드 받기</UiLabel>를 누르고 스팸함도 확인하세요.

</Step>
<Step id="final-delete" title="삭제하기">

24시간 안에 처리된다는 안내가 나오기도 합니다.

</Step>
</Steps>

## 화면이 다를 때

<Callout type="note">

[바로가기 링크](https://privacy.aliexpress.com/home#/request/delete)를 다시 여세요.

</Callout>
`;

describe('parityMismatches', () => {
  it('finds nothing when a translation has the same steps, callouts, links, labels and numbers, written its own way', () => {
    expect(parityMismatches(english, korean(faithful), 'desktop')).toEqual([]);
  });

  it('names a dropped callout and a dropped link, with the section in English and in the translation', () => {
    const dropped = faithful.replace(/<Callout type="note">[\s\S]*<\/Callout>/, '바로가기 링크를 다시 여세요.');
    const lines = parityMismatches(english, korean(dropped), 'desktop').map(formatMismatch);
    expect(lines).toEqual([
      'content/guides/ko/desktop.mdx:18: ko/desktop, section 2 "If something is different" (here "화면이 다를 때"): callouts: missing "note"',
      'content/guides/ko/desktop.mdx:18: ko/desktop, section 2 "If something is different" (here "화면이 다를 때"): links: missing "https://privacy.aliexpress.com/home#/request/delete"',
    ]);
  });

  it('names a figure that English does not give, and a step in another order', () => {
    const added = faithful.replace('24시간 안에', '24시간(한국은 10일) 안에');
    expect(parityMismatches(english, korean(added), 'desktop').map(formatMismatch)).toEqual([
      'content/guides/ko/desktop.mdx:3: ko/desktop, section 1 "Steps" (here "삭제 순서"): numbers: not in English "10"',
    ]);
    const swapped = faithful.replace('id="log-in" title="로그인하기"', 'id="tmp"').replace('id="final-delete"', 'id="log-in"').replace('id="tmp"', 'id="final-delete" title="로그인하기"');
    expect(parityMismatches(english, korean(swapped), 'desktop').map((m) => [m.part, m.missing, m.extra])).toEqual([['steps', ['log-in', 'final-delete'], ['final-delete', 'log-in']]]);
  });

  it('names a label that refers to another English label, and a missing section', () => {
    const relabelled = faithful.replace('en="Get code"', 'en="Verify"');
    expect(parityMismatches(english, korean(relabelled), 'desktop').map((m) => [m.part, m.missing, m.extra])).toEqual([['labels', ['Get code'], ['Verify']]]);
    const shorter = faithful.slice(0, faithful.indexOf('## 화면이 다를 때'));
    const found = parityMismatches(english, korean(shorter), 'desktop');
    expect(found.map((m) => m.part)).toEqual(['sections']);
    expect(formatMismatch(found[0])).toContain('English has sections this page lacks: "If something is different"');
  });
});

describe('normalisedLink', () => {
  it('leaves the language out of a link inside the site, and an anchor on a heading becomes its section', () => {
    expect(normalisedLink('/ko/desktop/#get-code')).toBe('/desktop/#get-code');
    expect(normalisedLink('/pt-br/')).toBe('/');
    expect(normalisedLink('https://privacy.aliexpress.com/')).toBe('https://privacy.aliexpress.com/');
    const headings = (lang: string) => (lang === 'ko' ? ['삭제-순서', '화면이-다를-때'] : ['steps', 'if-something-is-different']);
    expect(normalisedLink('/ko/desktop/#화면이-다를-때', headings)).toBe('/desktop/#(section 2)');
    expect(normalisedLink('/en/desktop/#if-something-is-different', headings)).toBe('/desktop/#(section 2)');
  });
});
