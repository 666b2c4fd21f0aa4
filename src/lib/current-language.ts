import { defaultLanguage, isLanguageCode, type LanguageCode } from '../i18n/languages';
import { languageSegment, stripBase } from './urls';

/** The language of the page being rendered, from its URL; English for pages outside a language folder. */
export function languageOfUrl(url: URL, base: string): LanguageCode {
  const segment = languageSegment(stripBase(base, url.pathname));
  return segment && isLanguageCode(segment) ? segment : defaultLanguage;
}

/** The page of the language being rendered, from its URL: "/ko/desktop/" → "desktop", "/ko/" → "index". */
export function pageSlugOfUrl(url: URL, base: string): string {
  return stripBase(base, url.pathname).split('/').filter(Boolean)[1] ?? 'index';
}
