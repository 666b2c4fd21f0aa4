/**
 * Scoring the search against the query set in tests/search-queries/<lang>.json: which result answers a query, and
 * hit@1 / hit@3 per language. The browser side (typing into the box, reading the links) is tests/support/search-score.ts.
 */

/** One reader's query and the answers that are right for it: "desktop#get-code" (that step), "faq" (the page or any part of it), "index" (the overview). */
export interface SearchQuery {
  query: string;
  expect: string[];
}

/** Where a result link goes, in the site's terms. */
export interface ResultTarget {
  page: string;
  anchor?: string;
}

/** "/ko/desktop/#get-code" → { page: "desktop", anchor: "get-code" }; "/ko/" → { page: "index" }; another language → undefined. */
export function targetOfLink(href: string, lang: string, base = '/'): ResultTarget | undefined {
  const url = new URL(href, 'https://site.invalid/');
  const prefix = `${base.replace(/\/?$/, '/')}${lang}/`;
  if (!url.pathname.startsWith(prefix)) return undefined;
  const page = url.pathname.slice(prefix.length).replace(/\/$/, '') || 'index';
  const anchor = decodeURIComponent(url.hash.slice(1)) || undefined;
  return anchor ? { page, anchor } : { page };
}

/** Whether a result link answers the query: it goes to an expected step, or to an expected page (any part of it). */
export function answersQuery(target: ResultTarget | undefined, expect: readonly string[]): boolean {
  if (!target) return false;
  return expect.some((answer) => {
    const [page, anchor] = answer.split('#');
    return page === target.page && (anchor === undefined || anchor === target.anchor);
  });
}

/** 1-based rank of the first result that answers the query, or undefined when none of the links does. */
export function rankOfAnswer(hrefs: readonly string[], expect: readonly string[], lang: string, base = '/'): number | undefined {
  const index = hrefs.findIndex((href) => answersQuery(targetOfLink(href, lang, base), expect));
  return index === -1 ? undefined : index + 1;
}

export interface LanguageScore {
  lang: string;
  queries: number;
  /** Share of queries answered by the first result, 0–1. */
  hitAt1: number;
  /** Share of queries answered by one of the first three results, 0–1. */
  hitAt3: number;
}

/** hit@1 and hit@3 per language, in the order the languages first appear, then "all" over every query. */
export function scoreByLanguage(rows: readonly { lang: string; rank: number | undefined }[]): LanguageScore[] {
  const score = (lang: string, list: readonly { rank: number | undefined }[]): LanguageScore => ({
    lang,
    queries: list.length,
    hitAt1: list.filter((r) => r.rank === 1).length / list.length,
    hitAt3: list.filter((r) => r.rank !== undefined && r.rank <= 3).length / list.length,
  });
  const langs = [...new Set(rows.map((r) => r.lang))];
  return [...langs.map((lang) => score(lang, rows.filter((r) => r.lang === lang))), score('all', rows)];
}

/**
 * Reads one language's query file, saying which entry is wrong and how: every entry needs a non-empty query and at
 * least one expected answer written "page" or "page#id", and no query may appear twice.
 */
export function parseQuerySet(text: string, file: string): SearchQuery[] {
  const data: unknown = JSON.parse(text);
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of { "query": …, "expect": [ … ] }`);
  const seen = new Set<string>();
  return data.map((entry, i) => {
    const where = `${file}: entry ${i + 1}`;
    const { query, expect } = (entry ?? {}) as Partial<SearchQuery>;
    if (typeof query !== 'string' || query.trim() === '') throw new Error(`${where}: "query" must be the words a reader types`);
    if (!Array.isArray(expect) || expect.length === 0 || !expect.every((e) => typeof e === 'string' && /^[a-z-]+(#[a-z0-9-]+)?$/.test(e))) {
      throw new Error(`${where} ("${query}"): "expect" must list answers such as "desktop#get-code", "faq" or "index"`);
    }
    if (seen.has(query)) throw new Error(`${where}: "${query}" is listed twice; keep one`);
    seen.add(query);
    return { query, expect };
  });
}
