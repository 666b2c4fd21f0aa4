/** Shapes of Pagefind's result data that the search box uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

export interface SearchHit {
  /** Where the link goes: the step or section that matched, else the page. */
  url: string;
  /** The step or section title; the page title when the match is in the page's opening text. */
  title: string;
  pageTitle: string;
  /** Pagefind's excerpt: HTML-escaped text with <mark> around the matched words. */
  excerpt: string;
}

/**
 * Picks the part of a page a result should link to: the sub-result (a step or section, whose URL has an anchor)
 * with the most matched words; the page itself when only its opening text matched.
 */
export function hitFromResult(data: PagefindResultData): SearchHit {
  const pageTitle = data.meta.title ?? data.url;
  const sections = (data.sub_results ?? []).filter((sub) => sub.url.includes('#'));
  let best: PagefindSubResult | undefined;
  for (const sub of sections) {
    if (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = sub;
  }
  if (!best || (best.locations?.length ?? 0) === 0) {
    return { url: data.url, title: pageTitle, pageTitle, excerpt: data.excerpt };
  }
  return { url: best.url, title: best.title, pageTitle, excerpt: best.excerpt };
}

/** Keeps only Pagefind's <mark> tags in an excerpt; everything else stays escaped text. */
export function safeExcerpt(excerpt: string): string {
  const escaped = excerpt.replace(/&(?!(?:amp|lt|gt|quot|#39|#x27);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/&lt;(\/?)mark&gt;/g, '<$1mark>');
}
