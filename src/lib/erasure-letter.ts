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

export function isValidEmail(email: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/.test(email.trim());
}

/** What is still missing before the letter may go out; empty when it is ready. */
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
export function letterText(t: LetterStrings, fields: LetterFields): { subject: string; body: string } {
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

/** True while the text still holds one of the language's placeholders. */
export function hasPlaceholder(text: string, t: LetterStrings): boolean {
  return text.includes(t('letter.placeholderName')) || text.includes(t('letter.placeholderEmail'));
}

export function mailtoUrl(subject: string, body: string): string {
  return `mailto:${dataProtectionAddress}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
