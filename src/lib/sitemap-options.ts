// .ts extensions: astro.config.mjs imports this file, and Node loads the configuration only so (src/integrations/preview-images.ts).
import { hreflangsOf, languages } from '../i18n/languages.ts';
import { stripBase } from './urls.ts';

interface SitemapLink {
  url: string;
  lang: string;
}
interface SitemapItem {
  url: string;
  links?: SitemapLink[];
}

/** Pages that are not content for search engines: the 404 page and the search pages. */
export function isSitemapPage(url: string, base: string): boolean {
  const path = stripBase(base, new URL(url).pathname);
  return !/^\/(404\/?|[^/]+\/search\/)$/.test(path);
}

/**
 * Cleans the sitemap plugin's alternates and adds x-default. The plugin counts the chooser at "/" as an English
 * page; it is not one, so it is dropped from the language links and becomes x-default instead, for the overviews
 * and the chooser. Other pages take the English page as x-default, as their <head> does.
 */
export function withXDefault(item: SitemapItem, site: string, base: string): SitemapItem {
  if (!item.links || item.links.length === 0) return item;
  const chooser = new URL(base, site).href;
  const links = item.links.filter((link) => link.url !== chooser);
  const path = stripBase(base, new URL(item.url).pathname);
  const isOverview = path === '/' || /^\/[^/]+\/$/.test(path);
  const regional = links.flatMap((link) => {
    const language = languages.find((l) => l.hreflang === link.lang);
    return language ? hreflangsOf(language).slice(1).map((lang) => ({ lang, url: link.url })) : [];
  });
  const xDefault = isOverview ? chooser : links.find((link) => link.lang === 'en')?.url;
  return { ...item, links: [...links, ...regional, ...(xDefault ? [{ lang: 'x-default', url: xDefault }] : [])] };
}

export function sitemapOptions(site: string, base: string) {
  return {
    filter: (page: string) => isSitemapPage(page, base),
    i18n: {
      defaultLocale: 'en',
      locales: Object.fromEntries(languages.map((l) => [l.code, l.hreflang])),
    },
    serialize: (item: SitemapItem) => withXDefault(item, site, base),
  };
}
