/**
 * The pages every language has, in reading order. The file name under content/guides/<lang>/ is `<slug>.mdx`;
 * the URL is /<lang>/<slug>/, except the overview, which is /<lang>/.
 */
export const guidePageSlugs = [
  'index',
  'before-you-start',
  'desktop',
  'mobile-browser',
  'privacy-erasure',
  'after-deletion',
  'faq',
] as const;

export type GuidePageSlug = (typeof guidePageSlugs)[number];

export function isGuidePageSlug(value: string): value is GuidePageSlug {
  return (guidePageSlugs as readonly string[]).includes(value);
}

/** Pages that are tools rather than guide text: built from UI strings, in every language, after the guide pages. */
export const toolPageSlugs = ['erasure-request'] as const;
export type ToolPageSlug = (typeof toolPageSlugs)[number];

/** The previous and next page in reading order, or undefined at either end. */
export function neighboursOf(slug: GuidePageSlug): { previous?: GuidePageSlug; next?: GuidePageSlug } {
  const index = guidePageSlugs.indexOf(slug);
  return {
    previous: index > 0 ? guidePageSlugs[index - 1] : undefined,
    next: index < guidePageSlugs.length - 1 ? guidePageSlugs[index + 1] : undefined,
  };
}
