/** Replaces {name} placeholders in a UI string; unknown names stay as they are. */
export function fillPlaceholders(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type TemplatePart = { text: string } | { placeholder: string };

/**
 * A UI string cut at its placeholders, so a component can put a link or a label where "{link}" stands while the
 * words around it stay in the order the language needs: "Write to {contact}." → text, placeholder, text.
 */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ placeholder: match[1] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
