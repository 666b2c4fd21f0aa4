import { describe, expect, it } from 'vitest';
import { formatLongDate, isoDate } from './format-date';

describe('formatLongDate', () => {
  const date = new Date('2026-11-23T00:00:00Z');
  it('writes the date as each language does', () => {
    expect(formatLongDate(date, 'en')).toBe('November 23, 2026');
    expect(formatLongDate(date, 'ko')).toBe('2026년 11월 23일');
    expect(formatLongDate(date, 'gu')).toMatch(/23 નવેમ્બર, 2026/);
    expect(formatLongDate(date, 'ar')).toMatch(/23.*2026/);
    expect(formatLongDate(date, 'ru')).toBe('23 ноября 2026 г.');
  });
  it('writes Thai dates in the Gregorian era, as the pages name their years, not the Buddhist era ICU defaults to', () => {
    expect(formatLongDate(date, 'th')).toBe('23 พฤศจิกายน ค.ศ. 2026');
  });
  it('gives the ISO date for datetime', () => {
    expect(isoDate(date)).toBe('2026-11-23');
  });
});
