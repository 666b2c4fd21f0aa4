/**
 * The one list of languages the site is published in. Routes, the language picker, hreflang links, the sitemap,
 * search and the tests all read it from here.
 */
export interface Language {
  /** Folder name under content/guides/ and the first path segment of every URL. */
  code: string;
  /** The language's name in itself, as the picker shows it. */
  ownName: string;
  /** The English name, for developers and reports. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 tag for `<html lang>`, hreflang and the sitemap. Pagefind splits its index by this value. */
  hreflang: string;
  /**
   * Open Graph's og:locale, which takes language_TERRITORY: the territory whose readers the text is written for
   * (Spanish is written for Spain; Arabic uses ar_AR, the form the protocol's main consumer, Facebook, recognises).
   */
  openGraphLocale: string;
  /**
   * More hreflang values the pages are declared for, beside `hreflang`: the regional variety a language is written
   * in, when it is the only version of that language (Spanish is written for Spain, es-ES, and stays the page for
   * Spanish readers everywhere, es, rather than sending them to the chooser).
   */
  alsoHreflang?: readonly string[];
  /**
   * Pagefind strips combining marks before matching unless told otherwise. For Latin scripts that is what readers
   * want (typing "eliminacion" finds "eliminación"); for Indic scripts the marks are vowel signs, and stripping
   * them makes unrelated words collide (Gujarati ખાતું "account" and ખત "letter"). tests/e2e/search-diacritics.test.ts
   * shows both behaviours. How marks are then kept depends on the script (src/lib/search-marks.ts).
   */
  searchExactDiacritics: boolean;
  /**
   * Pages this language declares as not yet translated: they show the English text with a notice in this
   * language. Only a declared page may be missing; any other missing page stops the build.
   */
  untranslated?: readonly string[];
  /**
   * The font that draws this language's preview image (og:image) at build time. It must be installed where the site
   * is built (Debian: fonts-noto-core, fonts-noto-cjk); tests/build/sharing.test.ts checks it covers the
   * language.
   */
  imageFont: string;
}

export const languages = [
  { code: 'en', ownName: 'English', englishName: 'English', dir: 'ltr', hreflang: 'en', openGraphLocale: 'en_US', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'ko', ownName: '한국어', englishName: 'Korean', dir: 'ltr', hreflang: 'ko', openGraphLocale: 'ko_KR', searchExactDiacritics: false, imageFont: 'Noto Sans CJK KR' },
  { code: 'gu', ownName: 'ગુજરાતી', englishName: 'Gujarati', dir: 'ltr', hreflang: 'gu', openGraphLocale: 'gu_IN', searchExactDiacritics: true, imageFont: 'Noto Sans Gujarati' },
  { code: 'es', ownName: 'Español', englishName: 'Spanish', dir: 'ltr', hreflang: 'es', alsoHreflang: ['es-ES'], openGraphLocale: 'es_ES', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'de', ownName: 'Deutsch', englishName: 'German', dir: 'ltr', hreflang: 'de', openGraphLocale: 'de_DE', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'pt-br', ownName: 'Português (Brasil)', englishName: 'Brazilian Portuguese', dir: 'ltr', hreflang: 'pt-BR', openGraphLocale: 'pt_BR', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'fr', ownName: 'Français', englishName: 'French', dir: 'ltr', hreflang: 'fr', openGraphLocale: 'fr_FR', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'it', ownName: 'Italiano', englishName: 'Italian', dir: 'ltr', hreflang: 'it', openGraphLocale: 'it_IT', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'nl', ownName: 'Nederlands', englishName: 'Dutch', dir: 'ltr', hreflang: 'nl', openGraphLocale: 'nl_NL', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'pl', ownName: 'Polski', englishName: 'Polish', dir: 'ltr', hreflang: 'pl', openGraphLocale: 'pl_PL', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'tr', ownName: 'Türkçe', englishName: 'Turkish', dir: 'ltr', hreflang: 'tr', openGraphLocale: 'tr_TR', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'ja', ownName: '日本語', englishName: 'Japanese', dir: 'ltr', hreflang: 'ja', openGraphLocale: 'ja_JP', searchExactDiacritics: true, imageFont: 'Noto Sans CJK JP' },
  { code: 'hi', ownName: 'हिन्दी', englishName: 'Hindi', dir: 'ltr', hreflang: 'hi', openGraphLocale: 'hi_IN', searchExactDiacritics: true, imageFont: 'Noto Sans Devanagari' },
  { code: 'ar', ownName: 'العربية', englishName: 'Arabic', dir: 'rtl', hreflang: 'ar', openGraphLocale: 'ar_AR', searchExactDiacritics: false, imageFont: 'Noto Sans Arabic' },
  { code: 'he', ownName: 'עברית', englishName: 'Hebrew', dir: 'rtl', hreflang: 'he', openGraphLocale: 'he_IL', searchExactDiacritics: false, imageFont: 'Noto Sans Hebrew' },
  // searchExactDiacritics, measured in tests/e2e/search-diacritics.test.ts and with each query set (hit@1/hit@3 %,
  // marks kept → stripped): Thai keeps its marks (vowels and tones: ส่ง "send" and สิ่ง "thing" would merge).
  // Vietnamese strips them, 65/81 → 71/94: readers type without tones, and mã/mà, tải/tại, mất/mật still rank their
  // own page first. Russian strips them, 88/94 → 88/97: readers type е for ё (счет misses счёт with the marks kept).
  // Ukrainian, 90/97 either way: ї and й folding into і and и merged no two words, so it follows Russian.
  { code: 'ru', ownName: 'Русский', englishName: 'Russian', dir: 'ltr', hreflang: 'ru', openGraphLocale: 'ru_RU', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'uk', ownName: 'Українська', englishName: 'Ukrainian', dir: 'ltr', hreflang: 'uk', openGraphLocale: 'uk_UA', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'th', ownName: 'ไทย', englishName: 'Thai', dir: 'ltr', hreflang: 'th', openGraphLocale: 'th_TH', searchExactDiacritics: true, imageFont: 'Noto Sans Thai' },
  { code: 'vi', ownName: 'Tiếng Việt', englishName: 'Vietnamese', dir: 'ltr', hreflang: 'vi', openGraphLocale: 'vi_VN', searchExactDiacritics: false, imageFont: 'Noto Sans' },
  { code: 'id', ownName: 'Bahasa Indonesia', englishName: 'Indonesian', dir: 'ltr', hreflang: 'id', openGraphLocale: 'id_ID', searchExactDiacritics: false, imageFont: 'Noto Sans' },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]['code'];

export const defaultLanguage: LanguageCode = 'en';

export const languageCodes: readonly LanguageCode[] = languages.map((l) => l.code);

export function isLanguageCode(value: string): value is LanguageCode {
  return (languageCodes as readonly string[]).includes(value);
}

/** Every hreflang value a language's pages are declared for in alternates and the sitemap. */
export function hreflangsOf(language: Language): string[] {
  return [language.hreflang, ...(language.alsoHreflang ?? [])];
}

export function languageByCode(code: LanguageCode): Language {
  const found = languages.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language code "${code}"`);
  return found;
}
