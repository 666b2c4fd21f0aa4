import { getCollection, type CollectionEntry } from 'astro:content';
import type { LanguageCode } from '../i18n/languages';
import type { GuidePageSlug } from './guide-pages';
import { guidePageSlugs } from './guide-pages';

export interface GuidePage {
  lang: LanguageCode;
  slug: GuidePageSlug;
  entry: CollectionEntry<'guides'>;
}

/** "content/guides/ko/desktop.mdx" → { lang: "ko", slug: "desktop" }. The loader has already checked both. */
export function pageKeyFromPath(filePath: string): { lang: string; slug: string } {
  const match = /([^/\\]+)[/\\]([^/\\]+)\.mdx$/.exec(filePath);
  if (!match) throw new Error(`Not a guide file path: ${filePath}`);
  return { lang: match[1], slug: match[2] };
}

export async function allGuidePages(): Promise<GuidePage[]> {
  const entries = await getCollection('guides');
  return entries
    .map((entry) => {
      const { lang, slug } = pageKeyFromPath(entry.filePath ?? entry.id);
      return { lang: lang as LanguageCode, slug: slug as GuidePageSlug, entry };
    })
    .sort((a, b) => guidePageSlugs.indexOf(a.slug) - guidePageSlugs.indexOf(b.slug));
}

/** Short navigation titles of one language's pages, in reading order. */
export async function navTitlesFor(lang: LanguageCode): Promise<Record<GuidePageSlug, string>> {
  const pages = (await allGuidePages()).filter((page) => page.lang === lang);
  return Object.fromEntries(pages.map((page) => [page.slug, page.entry.data.navTitle])) as Record<GuidePageSlug, string>;
}
