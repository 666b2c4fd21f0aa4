const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * How every date on the site is written: in UTC, in Western digits (as the guide text writes them, whatever the ICU
 * default for the language), and in the Gregorian calendar. ICU's default for Thai is the Buddhist era (2569 for
 * 2026); the pages name laws by their Gregorian years (3/2018, 2023) and the translation check compares a page's
 * numbers with English by value, so a Thai date says "ค.ศ. 2026", which Thai readers know, rather than mix the eras.
 */
export const siteDateOptions = { timeZone: 'UTC', numberingSystem: 'latn', calendar: 'gregory' } as const;

/** A date as readers of that language write it ("23 November 2026", "2026년 11월 23일"), in UTC. */
export function formatLongDate(date: Date, hreflang: string): string {
  let formatter = formatters.get(hreflang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(hreflang, { dateStyle: 'long', ...siteDateOptions });
    formatters.set(hreflang, formatter);
  }
  // Vietnamese writes "23 tháng 11 năm 2026"; CLDR gives "23 tháng 11, 2026".
  return hreflang === 'vi' ? formatter.format(date).replace(/, (\d{4})$/, ' năm $1') : formatter.format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
