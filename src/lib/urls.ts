import type { GuidePageSlug, ToolPageSlug } from './guide-pages';

/** Joins the site's base path (always ending in "/") and a path relative to the site root. */
export function withBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

/** Root-relative path of a guide page, without the base path: "/ko/", "/ko/desktop/". */
export function guidePath(lang: string, slug: GuidePageSlug | ToolPageSlug): string {
  return slug === 'index' ? `/${lang}/` : `/${lang}/${slug}/`;
}

/** An absolute URL for a root-relative path, under the site's origin and base path. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

/** The language code that a root-relative path (without base) starts with, if any. */
export function languageSegment(pathWithoutBase: string): string | undefined {
  const first = pathWithoutBase.split('/').filter(Boolean)[0];
  return first;
}

/** Strips the base path from a pathname, keeping the leading "/". */
export function stripBase(base: string, pathname: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(cleanBase) ? `/${pathname.slice(cleanBase.length)}` : pathname;
}

/** True for links that leave the site (http, https or protocol-relative); mailto and anchors stay. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

/** Root-relative path of a page's preview image. */
export function previewImagePath(lang: string, slug: string): string {
  return `/og/${lang}/${slug}.png`;
}

/** The same page in another language: "desktop/" in "ko" → "/ko/desktop/" (the picker and the language offer). */
export function samePageIn(lang: string, pathInLanguage: string): string {
  return `/${lang}/${pathInLanguage.replace(/^\/+/, '')}`;
}
