import { describe, expect, it } from 'vitest';
import { problemReportUrl } from './problem-report';

describe('problemReportUrl', () => {
  it('opens a new issue prefilled with the page address, language and date', () => {
    const url = new URL(problemReportUrl('https://github.com/o/r/', { url: 'https://x.org/ko/desktop/', lang: 'ko', title: '제목', lastVerified: '2026-11-23' }));
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem on /ko/desktop/ (ko)');
    expect(url.searchParams.get('body')).toContain('Page: https://x.org/ko/desktop/\nTitle: 제목\nLast checked: 2026-11-23');
  });
});
