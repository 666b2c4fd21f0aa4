/** A date as readers of that language write it ("23 November 2026", "2026년 11월 23일"), in UTC. */
export function formatLongDate(date: Date, hreflang: string): string {
  return new Intl.DateTimeFormat(hreflang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
