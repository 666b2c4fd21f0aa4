declare namespace App {
  interface Locals {
    /**
     * Set by a translated guide page for its h2 headings (src/components/content/SectionHeading.astro): the sections
     * whose English changed since they were translated, by this page's heading id, each with the English heading's id.
     */
    outdatedSections?: {
      lang: import('./i18n/languages').LanguageCode;
      slug: import('./lib/guide-pages').GuidePageSlug;
      sections: Map<string, string>;
    };
  }
}
