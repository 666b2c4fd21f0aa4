import { languages } from '../i18n/languages';
import { stripBase } from './urls';

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

/** Adds x-default to each group of alternates: the chooser for overviews, the English page otherwise. */
export function withXDefault(item: SitemapItem, site: string, base: string): SitemapItem {
  if (!item.links || item.links.length === 0) return item;
  const english = item.links.find((link) => link.lang === 'en');
  const path = stripBase(base, new URL(item.url).pathname);
  const isOverview = /^\/[^/]+\/$/.test(path);
  const xDefault = isOverview ? new URL(base, site).href : english?.url;
  return xDefault ? { ...item, links: [...item.links, { lang: 'x-default', url: xDefault }] } : item;
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
