import { describe, expect, it } from 'vitest';
import { latestScores, readReviewRecord } from './translation-reviews';

const good = `---
language: ko
rounds:
  - date: 2026-11-29
    reader: cold native review, round 1
    accuracy: 4
    fluency: 4.5
    findings: 12
    fixed: 11
---
# Korean: native review
`;

describe('review records', () => {
  it('reads a valid record and shows the latest scores', () => {
    const { record, problems } = readReviewRecord('reviews/ko.md', good, 'ko');
    expect(problems).toEqual([]);
    expect(latestScores(record!)).toBe('accuracy 4, fluency 4.5 (round 1, 2026-11-29; 12 findings, 11 fixed)');
  });

  it('names the file and line of a bad score, counting the opening --- line', () => {
    const { record, problems } = readReviewRecord('reviews/ko.md', good.replace('fluency: 4.5', 'fluency: 4.3'), 'ko');
    expect(record).toBeUndefined();
    expect(problems).toEqual(['reviews/ko.md:7 rounds.0.fluency: fluency is a whole or half score, such as 4 or 4.5']);
  });

  it('rejects a record for another language, a missing frontmatter, more fixes than findings and unknown fields', () => {
    expect(readReviewRecord('reviews/ja.md', good, 'ja').problems).toEqual(['reviews/ja.md:2 language is "ko" but the file is for "ja"']);
    expect(readReviewRecord('reviews/ko.md', '# no frontmatter', 'ko').problems[0]).toMatch(/^reviews\/ko\.md:1 a review starts with YAML frontmatter/);
    expect(readReviewRecord('reviews/ko.md', good.replace('fixed: 11', 'fixed: 13'), 'ko').problems).toEqual([
      'reviews/ko.md:9 rounds.0.fixed: more fixes (13) than findings (12)',
    ]);
    expect(readReviewRecord('reviews/ko.md', good.replace('findings: 12', 'findings: 12\n    mood: good'), 'ko').problems[0]).toMatch(/^reviews\/ko\.md:9 rounds\.0\.mood: unknown field "mood"/);
  });
});
