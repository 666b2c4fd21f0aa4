/**
 * Which language, if any, to offer a reader: the first of the browser's preferred languages that the site has,
 * unless that is the language of the page already. Matches exact tags first ("pt-BR"), then the primary subtag
 * ("pt-PT" → the site's "pt-BR", "ko-KR" → "ko").
 */
export function offeredLanguage(preferences: readonly string[], siteTags: readonly string[], pageTag: string): string | undefined {
  const lower = (tag: string) => tag.toLowerCase();
  for (const preference of preferences) {
    const exact = siteTags.find((tag) => lower(tag) === lower(preference));
    const primary = siteTags.find((tag) => lower(tag).split('-')[0] === lower(preference).split('-')[0]);
    const match = exact ?? primary;
    if (match) return lower(match) === lower(pageTag) ? undefined : match;
  }
  return undefined;
}
