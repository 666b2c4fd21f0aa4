/**
 * The erasure-request letter: which law a reader's country gives, and the letter text built from a language's
 * strings. Pure, so the page script, the no-JavaScript template and the tests all use the same code.
 */
import { fillPlaceholders } from './fill-placeholders';

/** Where the reader lives, as far as the law in the letter goes. Only laws that shared/research/facts.md sources. */
export const jurisdictions = ['eu', 'kr', 'in', 'br', 'us-ca', 'mx', 'other'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

/** AliExpress's data protection officer (Privacy Policy §E and §P). */
export const dataProtectionAddress = 'DataProtection.AE@aliexpress.com';

export interface LetterFields {
  name: string;
  email: string;
  jurisdiction: Jurisdiction | '';
  details: string;
}

/** The strings a letter needs, by key, in one language (from src/i18n/strings/<lang>.json). */
export type LetterStrings = (key: string) => string;

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

function isJurisdiction(value: string): value is Jurisdiction {
  return (jurisdictions as readonly string[]).includes(value);
}

/** The form's values as they go into the letter; a country that is not in the list counts as not chosen. */
export function cleanFields(fields: LetterFields): LetterFields {
  return {
    name: cleanTypedText(fields.name),
    email: cleanTypedText(fields.email),
    jurisdiction: isJurisdiction(fields.jurisdiction) ? fields.jurisdiction : '',
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
export function letterText(t: LetterStrings, fields: LetterFields): Letter {
  const name = fields.name.trim() || t('letter.placeholderName');
  const email = fields.email.trim() || t('letter.placeholderEmail');
  const jurisdiction = fields.jurisdiction || 'other';
  const paragraphs = [
    t('letter.greeting'),
    t('letter.request'),
    t(`letter.law.${jurisdiction}`),
    fillPlaceholders(t('letter.identity'), { name, email }),
    fields.details.trim() ? fillPlaceholders(t('letter.details'), { details: fields.details.trim() }) : '',
    t('letter.confirm'),
    t(`letter.deadline.${jurisdiction}`),
    `${t('letter.signoff')}\n${name}`,
  ];
  return { subject: t('letter.subject'), body: paragraphs.filter(Boolean).join('\n\n') };
}

export function mailtoUrl(letter: Letter): string {
  return `mailto:${dataProtectionAddress}?subject=${encodeURIComponent(letter.subject)}&body=${encodeURIComponent(letter.body)}`;
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
  /** What copy and download give: the English letter. */
  text: string;
  downloadUrl: string;
  /** Undefined when the link would be longer than mailtoMaxLength. */
  mailtoUrl: string | undefined;
}

export function letterOutputs(typed: LetterFields, inEnglish: LetterStrings, inOwn: LetterStrings): LetterOutputs {
  const fields = cleanFields(typed);
  const english = letterText(inEnglish, fields);
  const text = letterFileText(english);
  const mailto = mailtoUrl(english);
  return {
    english,
    own: letterText(inOwn, fields),
    ready: missingFields(fields).length === 0,
    text,
    downloadUrl: downloadUrl(text),
    mailtoUrl: mailto.length <= mailtoMaxLength ? mailto : undefined,
  };
}
