/**
 * Ranking what was found for the words of a query (src/lib/search-query.ts): each form of each word is searched on
 * its own, so a record is found when it holds any of the query's words, not only when it holds all of them. A record
 * is what Pagefind calls a page: here a step, question or section (search-sections.ts).
 */

/** One record found by one search: Pagefind's id for it, its score and the positions of the matched words in it. */
export interface PageMatch {
  page: string;
  score: number;
  locations: readonly number[];
}

export interface RankedPage {
  page: string;
  /** How many of the query's words the page holds. */
  wordsMatched: number;
  /** The most of them found close together (within `nearbyWords` positions), as in one step or question. */
  wordsNearby: number;
  /** The sum over those words of the page's best score for any form of the word. */
  score: number;
  /** Per query word (in query order), the positions on the page where one of its forms matched. */
  locationsByWord: number[][];
}

/** Results are cut to the pages holding every word when at least this many do; below it, pages holding fewer follow. */
export const enoughFullMatches = 3;

/** Words this close (in word positions) count as together: about a step's or a question's length. */
export const nearbyWords = 40;

/** The most distinct query words found within `window` positions of each other. */
export function wordsNearbyIn(locationsByWord: readonly (readonly number[])[], window = nearbyWords): number {
  const all = locationsByWord.flatMap((locations, word) => locations.map((location) => ({ location, word }))).sort((a, b) => a.location - b.location);
  let most = 0;
  for (const { location } of all) {
    const words = new Set(all.filter((l) => l.location >= location && l.location < location + window).map((l) => l.word));
    most = Math.max(most, words.size);
  }
  return most;
}

/**
 * Ranks pages by how many of the query's words they hold, then by how many of them stand close together, then by
 * score. `matchesByWord[i][f]` lists the pages found
 * by the f-th form of the i-th word. When at least three pages hold every word, only those are kept: the others
 * would be noise below good answers.
 */
export function rankPages(matchesByWord: readonly (readonly (readonly PageMatch[])[])[]): RankedPage[] {
  const pages = new Map<string, RankedPage>();
  matchesByWord.forEach((forms, word) => {
    const best = new Map<string, number>();
    for (const matches of forms) {
      for (const { page, score, locations } of matches) {
        let ranked = pages.get(page);
        if (!ranked) {
          ranked = { page, wordsMatched: 0, wordsNearby: 0, score: 0, locationsByWord: matchesByWord.map(() => []) };
          pages.set(page, ranked);
        }
        best.set(page, Math.max(best.get(page) ?? 0, score));
        ranked.locationsByWord[word] = [...new Set([...ranked.locationsByWord[word], ...locations])].sort((a, b) => a - b);
      }
    }
    for (const [page, score] of best) {
      const ranked = pages.get(page)!;
      ranked.wordsMatched += 1;
      ranked.score += score;
    }
  });
  for (const page of pages.values()) page.wordsNearby = wordsNearbyIn(page.locationsByWord);
  const ranked = [...pages.values()].sort((a, b) => b.wordsMatched - a.wordsMatched || b.wordsNearby - a.wordsNearby || b.score - a.score);
  const full = ranked.filter((page) => page.wordsMatched === matchesByWord.length);
  return full.length >= enoughFullMatches ? full : ranked;
}
