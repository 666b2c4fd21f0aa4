/**
 * Turns rendered steps into a checklist: a checkbox before each step title, labelled by the title. Pure string work
 * on the HTML that <Step> renders, so the checklist also works without JavaScript (the ticks are then not saved).
 */
export function withCheckboxes(stepsHtml: string): string {
  return stepsHtml.replace(
    /<h3 id="([^"]+)" class="step-title">([\s\S]*?)<\/h3>/g,
    (_, id: string, title: string) =>
      `<input type="checkbox" class="step-check" id="done-${id}" name="${id}"><h3 id="${id}" class="step-title"><label for="done-${id}">${title}</label></h3>`,
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
