/**
 * Turns rendered steps into a checklist: a checkbox before each step title, named by the title through
 * aria-labelledby. Not a <label>: Pagefind drops the text of labels, so the titles would vanish from search and the
 * steps would stop being search results. Pure string work on the HTML that <Step> renders, so the checklist also
 * works without JavaScript (the ticks are then not saved).
 */
export function withCheckboxes(stepsHtml: string): string {
  return stepsHtml.replace(
    /<h3 id="([^"]+)" class="step-title">/g,
    (heading, id: string) => `<input type="checkbox" class="step-check" id="done-${id}" name="${id}" aria-labelledby="${id}">${heading}`,
  );
}

/** The ticked step ids as saved in localStorage (a JSON list), ignoring anything malformed. */
export function parseSavedTicks(saved: string | null): string[] {
  try {
    const value: unknown = JSON.parse(saved ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
