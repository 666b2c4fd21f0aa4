import { describe, expect, it } from 'vitest';
import { rankPages, wordsNearbyIn } from './search-ranking';

describe('rankPages', () => {
  it('ranks by how many of the query words a page holds, then by score', () => {
    const ranked = rankPages([
      [[{ page: 'faq', score: 5, locations: [3] }, { page: 'desktop', score: 9, locations: [40] }]],
      [[{ page: 'faq', score: 1, locations: [7] }]],
    ]);
    expect(ranked.map((p) => [p.page, p.wordsMatched, p.score])).toEqual([
      ['faq', 2, 6],
      ['desktop', 1, 9],
    ]);
    expect(ranked[0].locationsByWord).toEqual([[3], [7]]);
  });

  it('counts a word once per page whichever of its forms matched, with its best score and all positions', () => {
    const [page] = rankPages([
      [
        [{ page: 'faq', score: 2, locations: [5, 1] }],
        [{ page: 'faq', score: 4, locations: [5, 9] }],
      ],
    ]);
    expect(page).toEqual({ page: 'faq', wordsMatched: 1, wordsNearby: 1, score: 4, locationsByWord: [[1, 5, 9]] });
  });

  it('among pages holding as many words, ranks first the one holding them close together', () => {
    const ranked = rankPages([
      [[{ page: 'spread', score: 9, locations: [10] }, { page: 'together', score: 1, locations: [500] }]],
      [[{ page: 'spread', score: 9, locations: [400] }, { page: 'together', score: 1, locations: [505] }]],
    ]);
    expect(ranked.map((p) => [p.page, p.wordsNearby])).toEqual([
      ['together', 2],
      ['spread', 1],
    ]);
  });

  it('keeps only the pages holding every word when at least three do', () => {
    const everywhere = ['a', 'b', 'c'].map((page) => ({ page, score: 1, locations: [0] }));
    const ranked = rankPages([[everywhere], [[...everywhere, { page: 'd', score: 50, locations: [1] }]]]);
    expect(ranked.map((p) => p.page)).toEqual(['a', 'b', 'c']);
    const fewer = rankPages([[everywhere.slice(0, 2)], [[...everywhere, { page: 'd', score: 50, locations: [1] }]]]);
    expect(fewer.map((p) => p.page)).toEqual(['a', 'b', 'd', 'c']);
  });
});

describe('wordsNearbyIn', () => {
  it('counts the most distinct words within the window', () => {
    expect(wordsNearbyIn([[0, 100], [105], [300]], 40)).toBe(2);
    expect(wordsNearbyIn([[0], [39]], 40)).toBe(2);
    expect(wordsNearbyIn([[0], [40]], 40)).toBe(1);
    expect(wordsNearbyIn([[], []], 40)).toBe(0);
  });
});
