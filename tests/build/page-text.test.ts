/** The reviewers' view of a page (npm run page-text): what a reader sees, with English inside another language marked. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageText } from '../../scripts/page-text.ts';

describe('page text for reviewers', () => {
  const korean = pageText(readFileSync('dist/ko/desktop/index.html', 'utf8'));

  it('gives the title, the description and the headings of the page', () => {
    expect(korean).toMatch(/^\[title\] .+\n\[description\] .{50,}\n/);
    expect(korean).toMatch(/^# .+/m);
    expect(korean).toMatch(/^## .+/m);
  });

  it('marks English inside a Korean page and leaves out what readers never see', () => {
    expect(korean).toContain('⟦en: Delete my account⟧');
    const hidden = readFileSync('dist/ko/desktop/index.html', 'utf8').match(/<[^>]+ hidden[^>]*>([^<]{4,})</)?.[1];
    expect(hidden, 'the page has a hidden element holding search words').toBeTruthy();
    expect(korean).not.toContain(hidden);
  });

  it('does not mark English on an English page', () => {
    expect(pageText(readFileSync('dist/en/desktop/index.html', 'utf8'))).not.toContain('⟦');
  });
});
