import type { LanguageCode } from '../../i18n/languages';

/** Props of the parts that link to the same page in other languages: the header, the picker, the language offer. */
export interface PageInLanguage {
  lang: LanguageCode;
  /** The path after the language segment, such as "desktop/", or "" for the overview. */
  pathInLanguage: string;
}
