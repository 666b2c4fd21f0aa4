import { describe, expect, it } from 'vitest';
import { guideFrontmatter, lastVerifiedProblem } from './guide-frontmatter';

describe('lastVerifiedProblem', () => {
  const today = '2026-11-29';

  it('accepts a real date up to today, and tomorrow for time zones east of UTC', () => {
    expect(lastVerifiedProblem('2026-11-23', today)).toBeUndefined();
    expect(lastVerifiedProblem('2024-02-29', today)).toBeUndefined();
    expect(lastVerifiedProblem('2026-11-30', today)).toBeUndefined();
  });

  it('names a date that does not exist, that is not YYYY-MM-DD, or that lies in the future', () => {
    expect(lastVerifiedProblem('2026-02-30', today)).toMatch(/^lastVerified 2026-02-30 is not a real date/);
    expect(lastVerifiedProblem('2026-13-45', today)).toMatch(/^lastVerified 2026-13-45 is not a real date/);
    expect(lastVerifiedProblem('2026-12-01', today)).toMatch(/^lastVerified 2026-12-01 is in the future/);
    expect(lastVerifiedProblem('2099-01-01', today)).toMatch(/is in the future/);
    expect(lastVerifiedProblem('23.11.2026', today)).toMatch(/^lastVerified "23.11.2026" is not a YYYY-MM-DD date/);
    expect(lastVerifiedProblem(20261123, today)).toMatch(/is not a YYYY-MM-DD date/);
    expect(lastVerifiedProblem(undefined, today)).toMatch(/^lastVerified is missing/);
  });
});

describe('guideFrontmatter', () => {
  const valid = {
    title: 'Delete your account',
    navTitle: 'On a computer',
    description: 'Step by step in a computer’s browser, from the privacy centre to the code.',
    lastVerified: new Date('2026-11-23'),
    sources: [{ title: 'AliExpress Privacy Center', url: 'https://privacy.aliexpress.com/' }],
  };
  const messages = (data: object) => guideFrontmatter.safeParse(data).error?.issues.map((i) => i.message);

  it('accepts a valid page and counts characters as a reader does', () => {
    expect(messages(valid)).toBeUndefined();
    expect(messages({ ...valid, navTitle: '한국' })).toBeUndefined();
  });

  it('gives the length found and the range, not "required", for a title of the wrong length', () => {
    expect(messages({ ...valid, title: 'Short' })).toEqual(['title is 5 characters long; make it 10–70 characters (the page heading and the browser tab)']);
    expect(messages({ ...valid, description: 'x'.repeat(171) })).toEqual([
      'description is 171 characters long; make it 50–170 characters (the search snippet and preview card)',
    ]);
    expect(messages({ ...valid, title: undefined })).toEqual(['title is missing; add title: … (the page heading and the browser tab, 10–70 characters)']);
  });
});
