const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date as readers of that language write it ("23 November 2026", "2026년 11월 23일"), in UTC. */
export function formatLongDate(date: Date, hreflang: string): string {
  let formatter = formatters.get(hreflang);
  if (!formatter) {
    // Western digits everywhere, as the guide text writes them, whatever the ICU default for the language.
    formatter = new Intl.DateTimeFormat(hreflang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' });
    formatters.set(hreflang, formatter);
  }
  return formatter.format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
