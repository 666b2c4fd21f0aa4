import { hreflangsOf, languages } from '../i18n/languages';
import type { GuidePageSlug, ToolPageSlug } from './guide-pages';
import { absoluteUrl, guidePath } from './urls';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * hreflang alternates for a guide page: one per language, plus x-default. The overview pages point x-default at
 * the language chooser ("/"); the other pages have no chooser of their own, so x-default is the English page.
 */
export function alternatesFor(slug: GuidePageSlug | ToolPageSlug, site: string, base: string): Alternate[] {
  const perLanguage = languages.flatMap((language) =>
    hreflangsOf(language).map((hreflang) => ({ hreflang, href: absoluteUrl(site, base, guidePath(language.code, slug)) })),
  );
  const xDefault = slug === 'index' ? absoluteUrl(site, base, '/') : absoluteUrl(site, base, guidePath('en', slug));
  return [...perLanguage, { hreflang: 'x-default', href: xDefault }];
}

/** hreflang alternates for the language chooser at "/": every overview page, and itself as x-default. */
export function alternatesForChooser(site: string, base: string): Alternate[] {
  return alternatesFor('index', site, base);
}
