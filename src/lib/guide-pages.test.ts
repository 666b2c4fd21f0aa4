import { describe, expect, it } from 'vitest';
import { guidePageSlugs, isGuidePageSlug, neighboursOf } from './guide-pages';

describe('guide pages', () => {
  it('has seven pages starting with the overview and ending with the FAQ', () => {
    expect(guidePageSlugs).toHaveLength(7);
    expect(guidePageSlugs[0]).toBe('index');
    expect(guidePageSlugs.at(-1)).toBe('faq');
  });

  it('finds the neighbours in reading order', () => {
    expect(neighboursOf('index')).toEqual({ previous: undefined, next: 'before-you-start' });
    expect(neighboursOf('desktop')).toEqual({ previous: 'before-you-start', next: 'mobile-browser' });
    expect(neighboursOf('faq')).toEqual({ previous: 'after-deletion', next: undefined });
  });

  it('knows which slugs are pages', () => {
    expect(isGuidePageSlug('privacy-erasure')).toBe(true);
    expect(isGuidePageSlug('search')).toBe(false);
  });
});
