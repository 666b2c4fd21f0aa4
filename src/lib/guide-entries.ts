import { getCollection, type CollectionEntry } from 'astro:content';
import { languages, type LanguageCode } from '../i18n/languages';
import type { GuideModel } from './guide-model';
import type { GuidePageSlug } from './guide-pages';
import { guidePageSlugs } from './guide-pages';

export interface GuidePage {
  lang: LanguageCode;
  slug: GuidePageSlug;
  /** The entry shown: the page in this language, or the English page when this language declares it untranslated. */
  entry: CollectionEntry<'guides'>;
  /** The model of `entry`: its steps, questions, headings… as parsed once by the content loader. Read this, not entry.body. */
  model: GuideModel;
  /** True when `entry` is the English page standing in for an untranslated one. */
  isEnglishFallback: boolean;
  /** The English original. */
  english: CollectionEntry<'guides'>;
  /** The English original's model, to tell which sections changed after this translation. */
  englishModel: GuideModel;
}

/** "content/guides/ko/desktop.mdx" → { lang: "ko", slug: "desktop" }. The loader has already checked both. */
export function pageKeyFromPath(filePath: string): { lang: string; slug: string } {
  const match = /([^/\\]+)[/\\]([^/\\]+)\.mdx$/.exec(filePath);
  if (!match) throw new Error(`Not a guide file path: ${filePath}`);
  return { lang: match[1], slug: match[2] };
}

let cached: Promise<GuidePage[]> | undefined;

/**
 * Every page of every language, in language order and reading order. Read once per build: each page's navigation
 * needs the other pages' titles, and reading the collection again for every page would make the build quadratic.
 */
export function allGuidePages(): Promise<GuidePage[]> {
  cached ??= (async () => {
    const byKey = new Map<string, CollectionEntry<'guides'>>();
    for (const entry of await getCollection('guides')) {
      const { lang, slug } = pageKeyFromPath(entry.filePath ?? entry.id);
      byKey.set(`${lang}/${slug}`, entry);
    }
    const models = new Map((await getCollection('guideModels')).map((entry) => [entry.id, entry.data]));
    return languages.flatMap((language) =>
      guidePageSlugs.map((slug) => {
        const own = byKey.get(`${language.code}/${slug}`);
        const english = byKey.get(`en/${slug}`)!;
        const model = models.get(`${own ? language.code : 'en'}/${slug}`)!;
        return { lang: language.code, slug, entry: own ?? english, model, isEnglishFallback: !own, english, englishModel: models.get(`en/${slug}`)! };
      }),
    );
  })();
  return cached;
}

const navTitlesByLanguage = new Map<LanguageCode, Promise<Record<GuidePageSlug, string>>>();

/**
 * Short navigation titles of one language's pages, in reading order. Every page asks for them, so they are worked
 * out once per language: filtering all pages for each page made the build quadratic (bench/RESULTS.md).
 */
export function navTitlesFor(lang: LanguageCode): Promise<Record<GuidePageSlug, string>> {
  if (!navTitlesByLanguage.has(lang)) {
    navTitlesByLanguage.set(
      lang,
      allGuidePages().then((pages) =>
        Object.fromEntries(pages.filter((page) => page.lang === lang).map((page) => [page.slug, page.entry.data.navTitle])) as Record<GuidePageSlug, string>,
      ),
    );
  }
  return navTitlesByLanguage.get(lang)!;
}
