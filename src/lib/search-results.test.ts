import { describe, expect, it } from 'vitest';
import { hitFromResult, safeExcerpt } from './search-results';

describe('hitFromResult', () => {
  const data = {
    url: '/ko/desktop/',
    excerpt: 'page <mark>코드</mark>',
    meta: { title: '컴퓨터에서 삭제' },
    sub_results: [
      { title: '컴퓨터에서 삭제', url: '/ko/desktop/', excerpt: 'intro', locations: [1, 2, 3, 4] },
      { title: '로그인', url: '/ko/desktop/#log-in', excerpt: 'a', locations: [10] },
      { title: '인증 코드 받기', url: '/ko/desktop/#get-code', excerpt: 'b <mark>코드</mark>', locations: [20, 21] },
    ],
  };

  it('links to the step with the most matches, not to the page top', () => {
    expect(hitFromResult(data)).toEqual({ url: '/ko/desktop/#get-code', title: '인증 코드 받기', pageTitle: '컴퓨터에서 삭제', excerpt: 'b <mark>코드</mark>' });
  });

  it('falls back to the page when no section matched', () => {
    const onlyTop = { ...data, sub_results: [data.sub_results[0]] };
    expect(hitFromResult(onlyTop).url).toBe('/ko/desktop/');
  });
});

describe('safeExcerpt', () => {
  it('keeps <mark> and escapes any other markup', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)> &amp; c')).toBe('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt; &amp; c');
  });
});
