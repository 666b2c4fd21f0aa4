/**
 * The parts of the erasure-request letter that come from the facts, worked out at build time for one language: for
 * each place in content/facts/jurisdictions.yaml, the sentence naming the law and provision the request rests on,
 * and the deadlines the letter may cite; and for each place, whom the letter goes to. The page's script only picks
 * the chosen place's paragraphs (src/lib/erasure-letter.ts).
 */
import type { UiStringKey } from '../i18n/strings';
import { deadlineBasis, durationText, lawFullName, listText, provisionText, rightsNotYet, type PhraseContext } from './fact-phrases';
import type { Deadline, Facts, Jurisdiction, Source } from './facts-schema';
import { letterStringKeys, type LetterRecipients, type LetterTexts } from './erasure-letter';

/** The law a request rests on, with its provision: "General Data Protection Regulation (GDPR), Article 17". */
function lawWithProvision(context: PhraseContext, law: string, provision: Jurisdiction['erasure']['provision']): string {
  const name = lawFullName(context, law);
  return provision ? context.t('fact.lawWithProvision', { law: name, provision: provisionText(context, provision) }) : name;
}

/** The sentence naming what the request rests on. Generic laws ("the law where you live") have their own sentence. */
export function legalBasisSentence(context: PhraseContext, entry: Jurisdiction, today: string): string {
  const { facts, t } = context;
  const { law, provision, alsoUnder = [] } = entry.erasure;
  if (facts.laws[law].generic) return t(`letter.legalBasis.${law}` as UiStringKey);
  const laws = [lawWithProvision(context, law, provision), ...alsoUnder.map((also) => lawWithProvision(context, also.law, also.provision))];
  if (rightsNotYet(context, law, today)) return t('letter.legalBasis.notYet', { laws: listText(context.lang, laws) });
  return t('letter.legalBasis', { laws: listText(context.lang, laws) });
}

/**
 * The deadlines a letter cites: those for an answer or for the erasure itself, firm in our sources, the first of each
 * kind. A letter to a company asserts the law, so it leaves out what our sources only suggest.
 */
export function letterDeadlines(entry: Jurisdiction): Deadline[] {
  const chosen: Deadline[] = [];
  for (const deadline of entry.deadlines ?? []) {
    if ((deadline.for === 'reply' || deadline.for === 'erasure') && deadline.confidence === 'firm' && !chosen.some((d) => d.for === deadline.for)) {
      chosen.push(deadline);
    }
  }
  return chosen;
}

/** "Please answer within 1 month of receiving this request (GDPR, Article 12(3))." */
export function deadlineSentence(context: PhraseContext, deadline: Deadline): string {
  const { t } = context;
  const basis =
    deadline.basis === 'aliexpress-policy' ? t('letter.basis.policy', { section: deadline.provision?.ref ?? '' }) : (deadlineBasis(context, deadline) ?? '');
  if ('none' in deadline) return t(deadline.wording === 'immediately' ? 'letter.deadline.immediately' : 'letter.deadline.withoutDelay', { basis });
  const period = t(`letter.within.${deadline.from}`, { duration: durationText(context, deadline.amount, deadline.unit) });
  return t(deadline.for === 'reply' ? 'letter.deadline.reply' : 'letter.deadline.erasure', { period, basis });
}

/** The letter's texts in one language: its fixed parts, and each place's paragraphs, every paragraph written once. */
export function letterTexts(context: PhraseContext, today: string): LetterTexts {
  const { facts, t } = context;
  const paragraphs: string[] = [];
  const indexOf = (text: string) => {
    const found = paragraphs.indexOf(text);
    return found >= 0 ? found : paragraphs.push(text) - 1;
  };
  const places: Record<string, number[]> = {};
  for (const [id, entry] of Object.entries(facts.jurisdictions)) {
    const deadlines = letterDeadlines(entry).map((deadline) => deadlineSentence(context, deadline));
    places[id] = [legalBasisSentence(context, entry, today), ...(deadlines.length > 0 ? deadlines : [t('letter.deadline.unknown')])].map(indexOf);
  }
  const fallbackPlace = Object.keys(facts.jurisdictions).find((id) => facts.jurisdictions[id].everywhereElse)!;
  return { strings: Object.fromEntries(letterStringKeys.map((key) => [key, t(key)])) as LetterTexts['strings'], paragraphs, places, fallbackPlace };
}

/** For each place, the addresses its requests go to: its contacts' email addresses, in the facts' order. */
export function letterRecipients(facts: Facts): LetterRecipients {
  return Object.fromEntries(
    Object.entries(facts.jurisdictions).map(([id, entry]) => [
      id,
      entry.requestContacts.map((contact) => facts.contacts[contact].email).filter((email): email is string => email !== undefined),
    ]),
  );
}

/**
 * What the letter page rests on: each place's own sources (the law it names), those of the deadlines the letter cites
 * and of the time limits its advice gives (complaint, court), and the sources of the language to write in.
 */
export function letterSources(facts: Facts): Source[] {
  const places = Object.values(facts.jurisdictions).flatMap((entry) => [
    ...entry.sources,
    ...letterDeadlines(entry).flatMap((deadline) => deadline.sources),
    ...(entry.deadlines ?? []).filter((d) => d.for === 'complaint' || d.for === 'lawsuit').flatMap((deadline) => deadline.sources),
  ]);
  const languages = Object.values(facts.contacts).flatMap((contact) => contact.requestLanguage?.sources ?? []);
  return [...places, ...languages];
}
