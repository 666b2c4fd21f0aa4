/**
 * The numbers a text states, by value, whatever way its language writes them: native digits (Arabic-Indic,
 * Devanagari, Gujarati, Thai, full-width) read as digits, thousands separators dropped (1,000 · 1.000 · 1 000 · 1,00,000),
 * a month written as a word beside a number counted as its number, so that "23 November 2026", "23. November 2026"
 * and "2026年11月23日" all state 23, 11 and 2026, and an amount with a scale word counted by its value (KRW 1.978
 * billion = 19억 7,800만 원). A number written as a word ("three", "두 달") is not a number here: where English
 * writes a word, a translation writes a word too, and where English writes digits, digits.
 */

/** The code point of zero in each run of ten digits our languages use. */
const digitZeros = [0x30, 0x660, 0x6f0, 0x966, 0xae6, 0xe50, 0xff10];

/** Native digits to ASCII, and the Arabic thousands and decimal separators to their Latin forms. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u0AE6-\u0AEF\u0E50-\u0E59\uFF10-\uFF19\u066B\u066C]/g, (char) => {
    const code = char.codePointAt(0)!;
    if (code === 0x66b) return '.';
    if (code === 0x66c) return ',';
    const zero = digitZeros.findLast((z) => z <= code)!;
    return String(code - zero);
  });
}

const monthNameCache = new Map<string, Map<string, number>>();

/**
 * Month forms CLDR does not give: it has the nominative and the genitive ("ноябрь", "23 ноября"), but Polish, Russian
 * and Ukrainian say "in July 2024" with the locative: "w lipcu 2024", "в июле 2024", "у липні 2024".
 */
const extraMonthForms: Record<string, readonly string[]> = {
  pl: ['styczniu', 'lutym', 'marcu', 'kwietniu', 'maju', 'czerwcu', 'lipcu', 'sierpniu', 'wrześniu', 'październiku', 'listopadzie', 'grudniu'],
  ru: ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
  uk: ['січні', 'лютому', 'березні', 'квітні', 'травні', 'червні', 'липні', 'серпні', 'вересні', 'жовтні', 'листопаді', 'грудні'],
};

/**
 * The month names of a language, with their number: long and short, standalone and inside a date (Polish
 * "listopad" and "listopada"), from the platform's CLDR data rather than a list of our own.
 */
export function monthNames(hreflang: string): Map<string, number> {
  const cached = monthNameCache.get(hreflang);
  if (cached) return cached;
  const names = new Map<string, number>();
  const styles = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }] as const;
  for (const style of styles) {
    const format = new Intl.DateTimeFormat(hreflang, { ...style, timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      const part = format.formatToParts(new Date(Date.UTC(2026, month - 1, 15))).find((p) => p.type === 'month');
      const name = part?.value.replace(/\.$/, '');
      // Some languages' short months are numbers ("11월"): those are digits already.
      if (!name || /\d/.test(name) || [...name].length < 2) continue;
      // As CLDR writes it, and capitalised at the start of a sentence; "may" stays a verb in English.
      names.set(name, month);
      names.set(name[0].toLocaleUpperCase(hreflang) + name.slice(1), month);
    }
  }
  (extraMonthForms[hreflang] ?? []).forEach((name, i) => {
    names.set(name, i + 1);
    names.set(name[0].toLocaleUpperCase(hreflang) + name.slice(1), i + 1);
  });
  monthNameCache.set(hreflang, names);
  return names;
}

/** Separators between groups of thousands: comma, full stop, apostrophe and the spaces typesetters use. */
const groupSeparator = "[,.'\u00A0\u202F\u2009 ]";
const numberPattern = new RegExp(`\\d+(?:${groupSeparator}\\d+)*`, 'g');

/**
 * Words that scale the number before them. Every language writes a large amount with them (KRW 1.978 billion,
 * 19억 7,800만 원, 1978 millones), so an amount is compared by its value: the one place this module reads words.
 */
const scaleWords: Record<string, Record<string, number>> = {
  en: { thousand: 3, million: 6, billion: 9 },
  de: { tausend: 3, million: 6, millionen: 6, mio: 6, milliarde: 9, milliarden: 9, mrd: 9 },
  es: { mil: 3, millón: 6, millones: 6 },
  pt: { mil: 3, milhão: 6, milhões: 6, bilhão: 9, bilhões: 9 },
  fr: { mille: 3, million: 6, millions: 6, milliard: 9, milliards: 9 },
  it: { mila: 3, milione: 6, milioni: 6, miliardo: 9, miliardi: 9 },
  nl: { duizend: 3, miljoen: 6, miljard: 9 },
  pl: { tys: 3, tysiące: 3, tysięcy: 3, mln: 6, milion: 6, miliony: 6, milionów: 6, mld: 9, miliard: 9, miliardy: 9, miliardów: 9 },
  tr: { bin: 3, milyon: 6, milyar: 9 },
  ja: { 万: 4, 億: 8 },
  // Not 조 (a trillion): Korean law cites its articles as 제36조.
  ko: { 만: 4, 억: 8 },
  hi: { हज़ार: 3, हजार: 3, लाख: 5, करोड़: 7, अरब: 9 },
  gu: { હજાર: 3, લાખ: 5, કરોડ: 7, અબજ: 9 },
  ar: { ألف: 3, مليون: 6, مليار: 9 },
  he: { אלף: 3, מיליון: 6, מיליארד: 9 },
  ru: { тыс: 3, тысяча: 3, тысячи: 3, тысяч: 3, млн: 6, миллион: 6, миллиона: 6, миллионов: 6, млрд: 9, миллиард: 9, миллиарда: 9, миллиардов: 9 },
  uk: { тис: 3, тисяча: 3, тисячі: 3, тисяч: 3, млн: 6, мільйон: 6, мільйона: 6, мільйонів: 6, млрд: 9, мільярд: 9, мільярда: 9, мільярдів: 9 },
  // Thai counts in tens of thousands and hundreds of thousands too, and joins scales: พันล้าน is a thousand million.
  th: { พัน: 3, หมื่น: 4, แสน: 5, ล้าน: 6, พันล้าน: 9, หมื่นล้าน: 10, แสนล้าน: 11 },
  vi: { nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 },
  id: { ribu: 3, rb: 3, juta: 6, jt: 6, miliar: 9, milyar: 9 },
};

/** The character a language writes between the whole and the fraction: "." in English, "," in German. */
function decimalSeparator(hreflang: string): string {
  const parts = new Intl.NumberFormat(hreflang, { numberingSystem: 'latn' }).formatToParts(1.5);
  const separator = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  return separator === '\u066B' ? '.' : separator;
}

/** A number before a scale word: "1.978" (a decimal, in English) or "7,800" (grouped, in Korean), times 10^exponent. */
function scaled(run: string, exponent: number, decimal: string): bigint | undefined {
  const [whole, fraction = ''] = run.split(decimal);
  if (run.split(decimal).length > 2 || fraction.length > exponent || /\D/.test(fraction)) return undefined;
  return BigInt(whole.replace(/\D/g, '') + fraction) * 10n ** BigInt(exponent - fraction.length);
}

/** One run of digits and separators as the numbers it states: a grouped thousand is one number, a date's parts are not. */
function valuesOf(run: string): string[] {
  const groups = run.split(new RegExp(groupSeparator));
  const separators = run.match(new RegExp(groupSeparator, 'g')) ?? [];
  if (groups.length === 1) return [String(Number(groups[0]))];
  const sameSeparator = separators.every((s) => s === separators[0]);
  const rest = groups.slice(1);
  // 1,000,000 · 1.000 · 1 000 and India's 1,00,000 (groups of two, then three).
  const western = rest.every((g) => g.length === 3);
  const indian = rest.length >= 2 && rest.at(-1)!.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
  if (sameSeparator && groups[0].length <= 3 && (western || indian)) return [String(Number(groups.join('')))];
  // Anything else states its parts: a date (2026.11.23), a provision ("Article 12(3)" is "artículo 12.3" in Spanish),
  // a decimal (2.5 and 2,5 alike).
  return groups.map((g) => String(Number(g)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The numbers a text states, as normalised values ("2026", "11", "1000", "2.5"), in the order they appear. */
export function numbersIn(text: string, hreflang: string): string[] {
  let plain = asciiDigits(text);
  const found: { at: number; value: string }[] = [];
  const names = [...monthNames(hreflang)].sort((a, b) => b[0].length - a[0].length);
  if (names.length > 0) {
    // Hebrew writes "in November" as one word, בנובמבר; a month counts only beside a number, so "May" the verb does not.
    const prefix = hreflang === 'he' ? '[בלמ]?' : '';
    // Thai writes "in July 2024" with no space, ในเดือนกรกฎาคม 2024: a letter may stand right before the month.
    const noLetterBefore = hreflang === 'th' ? '' : '(?<![\\p{L}\\p{M}])';
    const alternatives = names.map(([n]) => escapeRegExp(n)).join('|');
    const monthPattern = new RegExp(
      `(?<=\\d[\\s.,]*(?:de\\s+)?)${noLetterBefore}${prefix}(${alternatives})(?![\\p{L}\\p{M}])` +
        `|${noLetterBefore}${prefix}(${alternatives})(?![\\p{L}\\p{M}])(?=[\\s,]*(?:de\\s+)?\\d)`,
      'gu',
    );
    plain = plain.replace(monthPattern, (match, before: string | undefined, after: string | undefined, offset: number) => {
      found.push({ at: offset, value: String(monthNames(hreflang).get((before ?? after)!)) });
      // Keep the other numbers apart, whatever stood between them.
      return ' '.repeat(match.length);
    });
  }
  const scales = scaleWords[hreflang.split('-')[0].toLowerCase()] ?? {};
  // Japanese, Korean and Thai write a unit straight after the scale (7,800万ウォン, 1,978 ล้านวอน), so no word
  // boundary is asked there.
  const boundary = ['ja', 'ko', 'th'].includes(hreflang) ? '' : '(?![\\p{L}\\p{M}])';
  const scalePattern = Object.keys(scales).length
    ? new RegExp(`^[\\s\\u00A0]*(${Object.keys(scales).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\.?${boundary}`, 'iu')
    : undefined;
  const decimal = decimalSeparator(hreflang);
  // A sum such as 19억 7,800만: each part scaled, then added while the scales fall.
  let amount: { at: number; total: bigint; exponent: number; end: number } | undefined;
  const closeAmount = () => {
    if (amount) found.push({ at: amount.at, value: String(amount.total) });
    amount = undefined;
  };
  for (const match of plain.matchAll(numberPattern)) {
    const run = match[0].replace(new RegExp(`${groupSeparator}+$`), '');
    const after = plain.slice(match.index + run.length);
    const scale = scalePattern?.exec(after);
    const exponent = scale ? scales[scale[1].toLocaleLowerCase(hreflang)] : undefined;
    const value = exponent !== undefined ? scaled(run, exponent, decimal) : undefined;
    if (scale && exponent !== undefined && value !== undefined) {
      const adjacent = amount && /^[\s\u00A0]*$/.test(plain.slice(amount.end, match.index)) && exponent < amount.exponent;
      if (!adjacent) closeAmount();
      if (amount) amount = { ...amount, total: amount.total + value, exponent, end: match.index + run.length + scale[0].length };
      else amount = { at: match.index, total: value, exponent, end: match.index + run.length + scale[0].length };
      continue;
    }
    closeAmount();
    for (const value of valuesOf(run)) found.push({ at: match.index, value });
  }
  closeAmount();
  return found.sort((a, b) => a.at - b.at).map((f) => f.value);
}
