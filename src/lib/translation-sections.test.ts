import { describe, expect, it } from 'vitest';
import { parseGuidePage } from './guide-model';
import { markPage, openingKey, sectionFingerprints, sectionKeys, staleSections } from './translation-sections';

const page = (intro: string, steps: string, after: string) =>
  parseGuidePage('content/guides/en/desktop.mdx', `${intro}\n\n## Steps\n\n${steps}\n\n## If something is different\n\n${after}\n`);
const english = page('Checked on 23 November 2026.', 'Log in with the right account.', 'Open the [direct link](https://privacy.aliexpress.com/) again.');

describe('translation sections', () => {
  it('keys each section by its English heading id, the opening first', () => {
    expect(sectionKeys(english)).toEqual([openingKey, 'steps', 'if-something-is-different']);
  });

  it('finds nothing stale once a page is marked, and exactly the section whose English changed afterwards', () => {
    const record = markPage({}, 'desktop', english, ['index', 'desktop']);
    expect(staleSections(english, record.desktop)).toEqual([]);
    const changedText = page('Checked on 23 November 2026.', 'Log in with the right account. Check the spam folder too.', 'Open the [direct link](https://privacy.aliexpress.com/) again.');
    expect(staleSections(changedText, record.desktop)).toEqual([1]);
    const changedLink = page('Checked on 23 November 2026.', 'Log in with the right account.', 'Open the [direct link](https://privacy.aliexpress.com/home) again.');
    expect(staleSections(changedLink, record.desktop)).toEqual([2]);
  });

  it('does not count white space or emphasis as a change, and counts every section of a page never marked', () => {
    const reflowed = page('Checked on   23 November 2026.', '**Log in** with the right\naccount.', 'Open the [direct link](https://privacy.aliexpress.com/) again.');
    expect(sectionFingerprints(reflowed)).toEqual(sectionFingerprints(english));
    expect(staleSections(english, undefined)).toEqual([0, 1, 2]);
  });

  it('keeps the pages of a record in reading order', () => {
    const record = markPage(markPage({}, 'desktop', english, ['index', 'desktop']), 'index', english, ['index', 'desktop']);
    expect(Object.keys(record)).toEqual(['index', 'desktop']);
  });
});
