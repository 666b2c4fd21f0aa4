import { describe, expect, it } from 'vitest';
import { excerptOf, hiddenRanges, hitFromFragment, safeExcerpt, type PagefindFragment } from './search-results';

const content = 'Delete guide. Steps. Log in first. Get code now. verification otp email code from your inbox. Questions.';
// Word positions: Delete 0, guide. 1, Steps. 2, Log 3, in 4, first. 5, Get 6, code 7, now. 8, verification 9, otp 10,
// email 11, code 12, from 13, your 14, inbox. 15, Questions. 16.
const fragment: PagefindFragment = {
  url: '/en/desktop/',
  content,
  meta: { title: 'On a computer' },
  anchors: [
    { element: 'h2', id: 'steps', text: 'Steps', location: 2 },
    { element: 'h3', id: 'log-in', text: 'Log in first', location: 3 },
    { element: 'h3', id: 'get-code', text: 'Get code', location: 6 },
    { element: 'span', id: 'search-words-get-code', text: 'verification otp email', location: 9 },
    { element: 'span', id: 'search-words-get-code-end', text: '', location: 12 },
    { element: 'h2', id: 'questions', text: 'Questions', location: 16 },
  ],
};

describe('hitFromFragment', () => {
  it('links to the step holding most of the distinct query words, with its title', () => {
    // "code" at 7 and 12, "verification" only in the step's hidden words (9).
    const hit = hitFromFragment(fragment, [[7, 12], [9]]);
    expect(hit).toMatchObject({ url: '/en/desktop/#get-code', title: 'Get code', pageTitle: 'On a computer' });
  });

  it('prefers distinct words over many matches of one word', () => {
    // One word three times in the get-code step; two words once each in the log-in step.
    expect(hitFromFragment(fragment, [[7, 8, 12], [3], [5]]).url).toBe('/en/desktop/#log-in');
  });

  it('links to the page itself when only its opening text matched', () => {
    expect(hitFromFragment(fragment, [[0]]).url).toBe('/en/desktop/');
    expect(hitFromFragment(fragment, [[0]]).title).toBe('On a computer');
  });
});

describe('excerptOf', () => {
  it('leaves out the hidden search words and marks the matches', () => {
    expect(excerptOf(fragment, { start: 6, end: 16 }, [7, 9, 12], 24)).toBe('Get <mark>code</mark> now. <mark>code</mark> from your inbox.');
  });

  it('starts near the densest matches', () => {
    expect(excerptOf(fragment, { start: 0, end: 16 }, [12], 3)).toBe('code now. <mark>code</mark>');
  });

  it('joins words without spaces for text Pagefind split with zero-width spaces', () => {
    const japanese: PagefindFragment = { url: '/ja/', content: 'コード\u200Bを\u200B入力', meta: {}, anchors: [] };
    expect(excerptOf(japanese, { start: 0, end: Infinity }, [0], 24)).toBe('<mark>コード</mark>を入力');
  });
});

describe('hiddenRanges', () => {
  it('runs from each block of search words to its end marker', () => {
    expect(hiddenRanges(fragment.anchors)).toEqual([[9, 12]]);
  });
});

describe('safeExcerpt', () => {
  it('keeps <mark> and escapes any other markup', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)> &amp; c')).toBe('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; &amp; c');
  });
});
