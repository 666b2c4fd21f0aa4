import { describe, expect, it } from 'vitest';
import en from '../i18n/strings/en.json';
import ko from '../i18n/strings/ko.json';
import { stringsFor } from '../i18n/strings';
import { cleanFields, cleanTypedText, fieldMaxLength, isValidEmail, letterOutputs, mailtoMaxLength, missingFields, type LetterFields } from './erasure-letter';
import { loadFacts } from './facts-file';
import { letterRecipients, letterTexts } from './letter-texts';

const { facts } = loadFacts(new URL('../..', import.meta.url).pathname);
const today = '2026-11-29';
const inEnglish = letterTexts({ facts, lang: 'en', t: stringsFor('en') }, today);
const inKorean = letterTexts({ facts, lang: 'ko', t: stringsFor('ko') }, today);
const recipients = letterRecipients(facts);
const dataProtectionAddress = facts.contacts.dpo.email!;
const complete: LetterFields = { name: 'Ana Souza', email: 'ana@example.com.br', jurisdiction: 'br', details: '' };
const bodyOf = (mailto: string) => new URL(mailto).searchParams.get('body');

describe('what readers type', () => {
  it('loses exactly the twelve Unicode Bidi_Control characters and nothing else', () => {
    const controls = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
    const removed: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (cleanTypedText(String.fromCharCode(code)) === '') removed.push(code);
    }
    expect(removed).toEqual(controls);
  });

  it('keeps the joiners Indic scripts and emoji need, and Arabic, Hebrew and Gujarati text as typed', () => {
    for (const text of ['ક્ષ\u200dમા', 'क्\u200cष', '👩\u200d💻', 'محمد علي', 'דנה כהן', 'ખાતું']) expect(cleanTypedText(text)).toBe(text);
  });

  it('removes an override that would show the letter reversed', () => {
    expect(cleanTypedText('Ana \u202Eazuos\u202C Souza')).toBe('Ana azuos Souza');
    expect(cleanTypedText('order \u061C123-456\u2066x\u2069')).toBe('order 123-456x');
  });

  it('replaces lone surrogates as toWellFormed() does and keeps pairs', () => {
    for (const text of ['\uD800', 'a\uDC00b', '\uDBFF\uDBFF\uDFFF', '😀\uD83D', '\uDE00😀', '김민지😀']) {
      expect(cleanTypedText(text)).toBe(text.toWellFormed());
      expect(() => encodeURIComponent(cleanTypedText(text))).not.toThrow();
    }
    expect(cleanTypedText('x\uD800y')).toBe('x\uFFFDy');
  });

  it('cleans every field, and a country outside the list counts as none', () => {
    const typed = { name: '\u202EAna', email: 'ana@example.com\u200E', jurisdiction: 'atlantis', details: '\uD800' };
    expect(cleanFields(typed, inEnglish.places)).toEqual({ name: 'Ana', email: 'ana@example.com', jurisdiction: '', details: '\uFFFD' });
    expect(cleanFields({ ...typed, jurisdiction: 'toString' }, inEnglish.places).jurisdiction).toBe('');
  });
});

describe('email addresses', () => {
  it('accepts ordinary addresses and refuses incomplete ones', () => {
    expect(isValidEmail(' minji@example.com ')).toBe(true);
    expect(isValidEmail('ana@example')).toBe(false);
    expect(isValidEmail('ana example@x.com')).toBe(false);
  });

  it('allows RFC 5321’s 254 characters and no more', () => {
    const domain = '@example.com';
    expect(fieldMaxLength.email).toBe(254);
    expect(isValidEmail('a'.repeat(254 - domain.length) + domain)).toBe(true);
    expect(isValidEmail('a'.repeat(255 - domain.length) + domain)).toBe(false);
  });
});

describe('readiness', () => {
  it('needs a name, a valid email and a country', () => {
    expect(missingFields({ name: ' ', email: 'x', jurisdiction: '', details: '' })).toEqual(['name', 'email', 'jurisdiction']);
    expect(missingFields(complete)).toEqual([]);
  });

  it('is not fooled by a name made only of direction controls', () => {
    expect(letterOutputs({ ...complete, name: '\u202E\u200F' }, inEnglish, inEnglish, recipients).ready).toBe(false);
  });

  it('is not held back by details that quote a placeholder', () => {
    const details = `Please also erase the account in the name ${en['letter.placeholderName']} (${en['letter.placeholderEmail']}).`;
    const letter = letterOutputs({ ...complete, details }, inEnglish, inEnglish, recipients);
    expect(letter.ready).toBe(true);
    expect(letter.english.body).toContain(details);
    expect(letter.mailtoUrl).toBeDefined();
  });
});

describe('the letter and what goes out', () => {
  it('fills the English letter and the reader’s language from the same cleaned fields', () => {
    const letter = letterOutputs({ name: '김민지\u202E', email: 'minji@example.com', jurisdiction: 'kr', details: '' }, inEnglish, inKorean, recipients);
    expect(letter.english.body).toContain('My name is 김민지.');
    expect(letter.english.body).toContain('Legal basis: Personal Information Protection Act (South Korea; PIPA), Article 36.');
    expect(letter.english.body).toContain('within 10 days of receiving this request');
    expect(letter.own.body).toContain('개인정보 보호법 제36조');
    expect(letter.own.body).toContain('김민지');
    expect(letter.own.body).not.toContain('\u202E');
    expect(letter.own.subject).toBe(ko['letter.subject']);
  });

  it('copy, download and mailto all hold the letter that is shown, even after a lone surrogate', () => {
    const letter = letterOutputs({ ...complete, name: 'Ana\u2067 Souza', details: 'order 8\uD800' }, inEnglish, inEnglish, recipients);
    const shown = `${letter.english.subject}\n\n${letter.english.body}\n`;
    expect(letter.text).toBe(shown);
    expect(letter.text).toContain('My name is Ana Souza.');
    expect(letter.text).toContain('Further details: order 8\uFFFD');
    expect(decodeURIComponent(letter.downloadUrl.replace('data:text/plain;charset=utf-8,', ''))).toBe(shown);
    const mailto = new URL(letter.mailtoUrl!);
    expect(mailto.pathname).toBe(dataProtectionAddress);
    expect(mailto.searchParams.get('subject')).toBe(letter.english.subject);
    expect(bodyOf(letter.mailtoUrl!)).toBe(letter.english.body);
  });

  it('every place with an address has a letter that fits in a mailto link with room for details', () => {
    for (const jurisdiction of Object.keys(facts.jurisdictions).filter((id) => recipients[id].length > 0)) {
      const letter = letterOutputs({ ...complete, jurisdiction, details: 'x'.repeat(300) }, inEnglish, inEnglish, recipients);
      expect(letter.mailtoUrl, jurisdiction).toBeDefined();
      expect(letter.mailtoUrl!.length).toBeLessThanOrEqual(mailtoMaxLength);
    }
  });

  it('goes to the data protection officer, and in South Korea also, copied, to the Korean representative', () => {
    const korea = new URL(letterOutputs({ ...complete, jurisdiction: 'kr' }, inEnglish, inEnglish, recipients).mailtoUrl!);
    expect(korea.pathname).toBe(dataProtectionAddress);
    expect(korea.searchParams.get('cc')).toBe(facts.contacts['korea-representative'].email);
    expect(new URL(letterOutputs(complete, inEnglish, inEnglish, recipients).mailtoUrl!).searchParams.get('cc')).toBeNull();
  });

  it('is ready but has no email link where the facts give no address (Russia: aliexpress.ru’s own policy)', () => {
    const letter = letterOutputs({ ...complete, jurisdiction: 'ru' }, inEnglish, inEnglish, recipients);
    expect(letter.ready).toBe(true);
    expect(letter.recipients).toEqual([]);
    expect(letter.mailtoUrl).toBeUndefined();
    expect(letter.english.body).toContain('within 10 working days of receiving this request');
  });

  it('withholds the mailto link past the limit, but copy and download keep the whole letter', () => {
    const details = '주문 번호와 다른 이메일 주소도 함께 삭제해 주세요. '.repeat(12);
    expect(details.length).toBeLessThanOrEqual(fieldMaxLength.details);
    const letter = letterOutputs({ ...complete, details }, inEnglish, inKorean, recipients);
    expect(letter.ready).toBe(true);
    expect(letter.mailtoUrl).toBeUndefined();
    expect(letter.text).toContain(details.trim());
    expect(decodeURIComponent(letter.downloadUrl.split(',')[1]!)).toContain(details.trim());
  });
});
