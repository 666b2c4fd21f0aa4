/**
 * Plural messages in the UI strings, for counts Intl cannot phrase alone ("10 working days"): the forms of one
 * string by Intl.PluralRules category, written "one: {count} working day | other: {count} working days". Each
 * language gives the categories its own rules use (Arabic six, Polish four, Japanese one).
 */

/** The forms of a plural message by category; an empty map when the text is not one. */
export function parsePluralMessage(message: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const part of message.split('|')) {
    const match = /^\s*(zero|one|two|few|many|other)\s*:\s*(.*?)\s*$/s.exec(part);
    if (match) forms.set(match[1], match[2]);
  }
  return forms;
}

/** The categories a language's plural rules use that a message lacks; empty when it has them all. */
export function missingPluralForms(message: string, locale: string): string[] {
  const forms = parsePluralMessage(message);
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories.filter((category) => !forms.has(category));
}
