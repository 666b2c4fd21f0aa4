import { describe, expect, it } from 'vitest';
import { maskMarks } from './search-marks';
import { excerptOf, hiddenRange, hitFromFragment, safeExcerpt, type PagefindFragment } from './search-results';

// Word positions: Get 0, code 1, now. 2, Check 3, spam. 4, verification 5, otp 6, code 7
const fragment: PagefindFragment = {
  url: '/en/desktop/#get-code',
  content: 'Get code now. Check spam. verification otp code',
  meta: { title: 'Get code' },
  anchors: [{ element: 'span', id: 'search-words', text: '', location: 5 }],
};

describe('hitFromFragment', () => {
  const pages = (url: string) => ({ '/en/desktop/': 'On a computer' })[url];

  it('shows the record title, the page it is on and a link to it', () => {
    expect(hitFromFragment(fragment, [1, 7], pages)).toEqual({ url: '/en/desktop/#get-code', title: 'Get code', pageTitle: 'On a computer', excerpt: 'Get <mark>code</mark> now. Check spam.' });
  });

  it('names no page for a page\'s opening text', () => {
    expect(hitFromFragment({ ...fragment, url: '/en/desktop/' }, [1], pages).pageTitle).toBeUndefined();
  });

  it('takes the title from its anchor where the record has no title metadata (Japanese)', () => {
    const japanese = { ...fragment, meta: {}, anchors: [{ element: 'p', id: 'title', text: 'コードを入力', location: 0 }, ...fragment.anchors] };
    expect(hitFromFragment(japanese, [1], pages).title).toBe('コードを入力');
  });

  it('gives the real text of a language whose marks were masked', () => {
    const gujarati = { ...fragment, meta: { title: maskMarks('કોડ મેળવો') }, content: maskMarks('કોડ મેળવો. ઈમેલ જુઓ.'), anchors: [] };
    const hit = hitFromFragment(gujarati, [0], pages, 24, 'masked');
    expect([hit.title, hit.excerpt]).toEqual(['કોડ મેળવો', '<mark>કોડ</mark> મેળવો. ઈમેલ જુઓ.']);
  });

  it('shows a Thai title and excerpt without the zero-width spaces they were indexed with', () => {
    const title = { element: 'p', id: 'title', text: 'ลบ\u200Bบัญชี', location: 0 };
    const thai = { ...fragment, meta: {}, content: 'ลบบัญชีของคุณ', raw_content: 'ลบ\u200Bบัญชี\u200Bของ\u200Bคุณ', anchors: [title] };
    const hit = hitFromFragment(thai, [1], pages);
    expect([hit.title, hit.excerpt]).toEqual(['ลบบัญชี', 'ลบ<mark>บัญชี</mark>ของคุณ']);
  });

  it('composes Korean text that was indexed decomposed', () => {
    const korean = { ...fragment, meta: { title: '코드'.normalize('NFD') }, content: '코드'.normalize('NFD'), anchors: [] };
    const hit = hitFromFragment(korean, [0], pages);
    expect([hit.title, hit.excerpt]).toEqual(['코드', '<mark>코드</mark>']);
  });
});

describe('excerptOf', () => {
  it('leaves out the hidden search words, even when only they matched', () => {
    expect(excerptOf(fragment, [5], 24)).toBe('Get code now. Check spam.');
  });

  it('starts near the densest matches', () => {
    expect(excerptOf(fragment, [4], 3)).toBe('Check <mark>spam.</mark>');
  });

  it('joins words without spaces for text Pagefind split with zero-width spaces', () => {
    const japanese: PagefindFragment = { url: '/ja/', content: 'コード\u200Bを\u200B入力', meta: {}, anchors: [] };
    expect(excerptOf(japanese, [0], 24)).toBe('<mark>コード</mark>を入力');
  });
});

describe('hiddenRange', () => {
  it('runs from the search words marker to the end of the record', () => {
    expect(hiddenRange(fragment.anchors)).toEqual([5, Infinity]);
    expect(hiddenRange([])).toBeUndefined();
  });
});

describe('safeExcerpt', () => {
  it('keeps <mark> and escapes any other markup', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)> &amp; c')).toBe('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; &amp; c');
  });
});
