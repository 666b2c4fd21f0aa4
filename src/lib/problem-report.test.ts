import { describe, expect, it } from 'vitest';
import { problemReportRepositoryUrl, problemReportUrl } from './problem-report';

describe('problemReportUrl', () => {
  it('opens a new issue prefilled with the page address, language and date', () => {
    const url = new URL(problemReportUrl('https://github.com/o/r/', { url: 'https://x.org/ko/desktop/', lang: 'ko', title: '제목', lastVerified: '2026-11-23' }));
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem on /ko/desktop/ (ko)');
    expect(url.searchParams.get('body')).toContain('Page: https://x.org/ko/desktop/\nTitle: 제목\nLast checked: 2026-11-23');
  });
});

describe('problemReportRepositoryUrl', () => {
  it('turns the deploy setting owner/name into the repository address', () => {
    expect(problemReportRepositoryUrl('my-org/aliexpress-guide')).toBe('https://github.com/my-org/aliexpress-guide');
    expect(problemReportRepositoryUrl(' my-org/guide.site ')).toBe('https://github.com/my-org/guide.site');
  });

  it('gives nothing when the setting is unset or empty, so no link is shown', () => {
    expect(problemReportRepositoryUrl(undefined)).toBeUndefined();
    expect(problemReportRepositoryUrl('  ')).toBeUndefined();
  });

  it('refuses anything but owner/name, saying what it expects', () => {
    for (const bad of ['https://github.com/o/r', 'o/r/issues', 'owner', '../r', 'o/..']) {
      expect(() => problemReportRepositoryUrl(bad), bad).toThrow(/PROBLEM_REPORT_REPO must be a GitHub repository written owner\/name/);
    }
  });
});
