/** A date as readers of that language write it ("23 November 2026", "2026년 11월 23일"), in UTC. */
export function formatLongDate(date: Date, hreflang: string): string {
  // Western digits everywhere, as the guide text writes them, whatever the ICU default for the language.
  return new Intl.DateTimeFormat(hreflang, { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
