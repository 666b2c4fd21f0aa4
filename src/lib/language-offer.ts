/**
 * Which language, if any, to offer a reader: the first of the browser's preferred languages that the site has,
 * unless that is the language of the page already. Matches exact tags first ("pt-BR"), then the primary subtag
 * ("pt-PT" → the site's "pt-BR", "ko-KR" → "ko").
 */
/** Whether a site language answers a browser preference: the same tag, or failing that the same primary subtag. */
function matchFor(preference: string, siteTags: readonly string[]): string | undefined {
  const lower = (tag: string) => tag.toLowerCase();
  return siteTags.find((tag) => lower(tag) === lower(preference)) ?? siteTags.find((tag) => lower(tag).split('-')[0] === lower(preference).split('-')[0]);
}

/**
 * The site's languages the reader's browser prefers, in the browser's order, each once ("ru-RU", "uk", "en-US" →
 * ru, uk, en): the language chooser lists them first.
 */
export function preferredLanguages(preferences: readonly string[], siteTags: readonly string[]): string[] {
  const found: string[] = [];
  for (const preference of preferences) {
    const match = matchFor(preference, siteTags);
    if (match && !found.includes(match)) found.push(match);
  }
  return found;
}

export function offeredLanguage(preferences: readonly string[], siteTags: readonly string[], pageTag: string): string | undefined {
  const [first] = preferredLanguages(preferences, siteTags);
  return first === undefined || first.toLowerCase() === pageTag.toLowerCase() ? undefined : first;
}
