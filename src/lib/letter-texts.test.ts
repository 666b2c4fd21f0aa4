import { describe, expect, it } from 'vitest';
import { stringsFor } from '../i18n/strings';
import { loadFacts } from './facts-file';
import { deadlineSentence, legalBasisSentence, letterDeadlines, letterRecipients, letterSources, letterTexts } from './letter-texts';

const { facts } = loadFacts(new URL('../..', import.meta.url).pathname);
const en = { facts, lang: 'en' as const, t: stringsFor('en') };
const today = '2026-11-29';
const paragraphsOf = (place: string, context = en) => {
  const texts = letterTexts(context, today);
  return texts.places[place].map((i) => texts.paragraphs[i]);
};

describe('the letter’s legal basis', () => {
  it('names each law and provision of the place, in the letter’s language', () => {
    expect(legalBasisSentence(en, facts.jurisdictions.es, today)).toBe(
      "Legal basis: General Data Protection Regulation (GDPR), Article 17 and Spain's Organic Law 3/2018 on the Protection of Personal Data and the Guarantee of Digital Rights (LOPDGDD).",
    );
    expect(legalBasisSentence({ ...en, lang: 'ko', t: stringsFor('ko') }, facts.jurisdictions.kr, today)).toBe('법적 근거: 개인정보 보호법 제36조.');
  });

  it('rests on the policy where the law’s rights do not apply yet, and on the policy and local law where no law is named', () => {
    expect(legalBasisSentence(en, facts.jurisdictions.in, today)).toMatch(/^I make this request under the rights described in your Privacy Policy\. Once it applies/);
    expect(legalBasisSentence(en, facts.jurisdictions.in, '2027-06-01')).toMatch(/^Legal basis: Digital Personal Data Protection Act/);
    expect(legalBasisSentence(en, facts.jurisdictions.other, today)).toBe(stringsFor('en')('letter.legalBasis.local-law'));
  });
});

describe('the letter’s deadlines', () => {
  it('cites only firm deadlines for an answer or the erasure, the first of each', () => {
    expect(letterDeadlines(facts.jurisdictions.mx).map((d) => d.for)).toEqual(['reply', 'erasure']);
    expect(letterDeadlines(facts.jurisdictions.tr)).toEqual([]);
    expect(letterDeadlines(facts.jurisdictions['us-ca'])).toHaveLength(1);
  });

  it('phrases them as requests counted from receipt', () => {
    expect(deadlineSentence(en, facts.jurisdictions.kr.deadlines![0])).toBe(
      'Please act on this request within 10 days of receiving this request (Enforcement Decree of the Personal Information Protection Act (South Korea), Article 43(3)).',
    );
    expect(paragraphsOf('mx')).toContain("Please act on this request within 15 days of your answer (your Privacy Policy, section M).");
    expect(paragraphsOf('tr')).toContain(stringsFor('en')('letter.deadline.unknown'));
  });

  it('writes every shared paragraph once', () => {
    const texts = letterTexts(en, today);
    expect(new Set(texts.paragraphs).size).toBe(texts.paragraphs.length);
    expect(texts.places.fr).toEqual(texts.places.de);
    expect(texts.fallbackPlace).toBe('other');
  });
});

describe('recipients and sources', () => {
  it('sends the letter to each place’s contacts that have an address', () => {
    const recipients = letterRecipients(facts);
    expect(recipients.kr).toEqual([facts.contacts.dpo.email, facts.contacts['korea-representative'].email]);
    expect(recipients.br).toEqual([facts.contacts.dpo.email]);
    expect(recipients.ru).toEqual([]);
  });

  it('lists the sources of what the letter cites', () => {
    const urls = letterSources(facts).map((s) => s.url);
    expect(urls).toContain('https://prighter.com/resources/laws/korean-pipa/enforcement-decree/articles/article-43');
    expect(urls).toContain('https://esora-law.com/law/jouhou/advancedemand/');
  });
});
