/**
 * The erasure-request letter: the letter text built from a language's letter texts and what the reader typed. Pure
 * and small, because the page's script runs it in the browser: the law, deadline and recipients of each place are
 * worked out at build time from the facts (src/lib/letter-texts.ts) and arrive here as ready paragraphs.
 */
import { fillPlaceholders } from './fill-placeholders';

/** The fixed parts of a letter in one language (from src/i18n/strings/<lang>.json). */
export const letterStringKeys = [
  'letter.subject',
  'letter.greeting',
  'letter.request',
  'letter.identity',
  'letter.details',
  'letter.confirm',
  'letter.signoff',
  'letter.placeholderName',
  'letter.placeholderEmail',
] as const;
export type LetterStringKey = (typeof letterStringKeys)[number];

/** Everything a letter needs in one language, as the page hands it to its script. */
export interface LetterTexts {
  strings: Record<LetterStringKey, string>;
  /** The paragraphs that differ by place (legal basis, deadlines), each written once. */
  paragraphs: string[];
  /** For each place (id in content/facts/jurisdictions.yaml): its paragraphs, as indexes into `paragraphs`. */
  places: Record<string, number[]>;
  /** The place whose paragraphs stand in until the reader chooses one. */
  fallbackPlace: string;
}

/** Where the letter goes for each place: the first address is "to", any others are copied. */
export type LetterRecipients = Record<string, string[]>;

export interface LetterFields {
  name: string;
  email: string;
  /** A place id, or '' when none is chosen. */
  jurisdiction: string;
  details: string;
}

export interface Letter {
  subject: string;
  body: string;
}

/**
 * The most each field takes (the inputs' maxlength, counted in UTF-16 units as browsers count it). An email address
 * is at most 254 characters (RFC 5321's 256-octet path minus its angle brackets); a name or a few extra details fit
 * easily in the others, and a letter with the longest of them can still be copied or downloaded.
 */
export const fieldMaxLength = { name: 200, email: 254, details: 1000 } as const;

/**
 * Mail apps and the systems that hand a mailto: link to them cut or refuse long ones (Windows passes about 2,048
 * characters to the mail app); past this length the letter is only copied or downloaded.
 */
export const mailtoMaxLength = 2000;

/**
 * Unicode's Bidi_Control characters: the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069 and the
 * marks U+200E, U+200F and U+061C. The letter is plain English text, read left to right, and needs none of them;
 * typed or pasted, they can make the letter show something other than what it says (an override reverses what
 * follows; even an Arabic letter mark put before "123-456" shows it as "456-123"), and an invisible mark in the email
 * address or name would stop it matching the account.
 */
const bidiControls = /\p{Bidi_Control}/gu;
/** With the u flag a surrogate only matches when it is not half of a pair: the ones toWellFormed() replaces. */
const loneSurrogates = /[\uD800-\uDFFF]/gu;

/**
 * What a reader typed, as it may go into the letter: bidirectional controls removed and lone surrogates replaced by
 * U+FFFD (as String.prototype.toWellFormed does, which older browsers lack), so that the shown letter, the copy, the
 * download and the mailto: link, which must encode it, all hold the same text.
 */
export function cleanTypedText(text: string): string {
  return text.replace(bidiControls, '').replace(loneSurrogates, '\uFFFD');
}

/** The form's values as they go into the letter; a place that is not in the list counts as not chosen. */
export function cleanFields(fields: LetterFields, places: Record<string, unknown>): LetterFields {
  return {
    name: cleanTypedText(fields.name),
    email: cleanTypedText(fields.email),
    jurisdiction: Object.hasOwn(places, fields.jurisdiction) ? fields.jurisdiction : '',
    details: cleanTypedText(fields.details),
  };
}

export function isValidEmail(email: string): boolean {
  const address = email.trim();
  return address.length <= fieldMaxLength.email && /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/.test(address);
}

/**
 * What is still missing before the letter may go out; empty when it is ready. It looks at the fields, never at the
 * letter, so details that quote a placeholder ("[YOUR FULL NAME]") do not hold the letter back.
 */
export function missingFields(fields: LetterFields): ('name' | 'email' | 'jurisdiction')[] {
  const missing: ('name' | 'email' | 'jurisdiction')[] = [];
  if (fields.name.trim() === '') missing.push('name');
  if (!isValidEmail(fields.email)) missing.push('email');
  if (fields.jurisdiction === '') missing.push('jurisdiction');
  return missing;
}

/**
 * The letter in one language. Empty fields become the language's placeholders ("[YOUR NAME]"), so the template
 * shown without JavaScript is the same letter with blanks.
 */
export function letterText(texts: LetterTexts, fields: LetterFields): Letter {
  const t = texts.strings;
  const name = fields.name.trim() || t['letter.placeholderName'];
  const email = fields.email.trim() || t['letter.placeholderEmail'];
  const [basis, ...deadlines] = (texts.places[fields.jurisdiction] ?? texts.places[texts.fallbackPlace] ?? []).map((i) => texts.paragraphs[i]);
  const paragraphs = [
    t['letter.greeting'],
    t['letter.request'],
    basis,
    fillPlaceholders(t['letter.identity'], { name, email }),
    fields.details.trim() ? fillPlaceholders(t['letter.details'], { details: fields.details.trim() }) : '',
    t['letter.confirm'],
    ...deadlines,
    `${t['letter.signoff']}\n${name}`,
  ];
  return { subject: t['letter.subject'], body: paragraphs.filter(Boolean).join('\n\n') };
}

/** A mailto: link to the place's recipients (the first as "to", the others copied). */
export function mailtoUrl(letter: Letter, recipients: readonly string[]): string {
  const [to = '', ...copied] = recipients;
  const cc = copied.length > 0 ? `&cc=${copied.map(encodeURIComponent).join(',')}` : '';
  return `mailto:${to}?subject=${encodeURIComponent(letter.subject)}${cc}&body=${encodeURIComponent(letter.body)}`;
}

/** The letter as a plain-text file: what is copied, and what the download link holds. */
export function letterFileText(letter: Letter): string {
  return `${letter.subject}\n\n${letter.body}\n`;
}

export function downloadUrl(text: string): string {
  return `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;
}

/** Everything the page shows and offers for one state of the form, all from the same cleaned fields. */
export interface LetterOutputs {
  english: Letter;
  /** The letter in the reader's language, to read beside the English one. */
  own: Letter;
  ready: boolean;
  /** The addresses the letter goes to for the chosen place: "to" first, then those copied. */
  recipients: string[];
  /** What copy and download give: the English letter. */
  text: string;
  downloadUrl: string;
  /** Undefined when the place has no address to write to, or the link would be longer than mailtoMaxLength. */
  mailtoUrl: string | undefined;
}

export function letterOutputs(typed: LetterFields, english: LetterTexts, own: LetterTexts, recipients: LetterRecipients): LetterOutputs {
  const fields = cleanFields(typed, english.places);
  const englishLetter = letterText(english, fields);
  const text = letterFileText(englishLetter);
  const to = recipients[fields.jurisdiction] ?? [];
  const mailto = mailtoUrl(englishLetter, to);
  return {
    english: englishLetter,
    own: letterText(own, fields),
    ready: missingFields(fields).length === 0,
    recipients: to,
    text,
    downloadUrl: downloadUrl(text),
    mailtoUrl: to.length > 0 && mailto.length <= mailtoMaxLength ? mailto : undefined,
  };
}
