/**
 * The shape of the facts under content/facts/: what AliExpress says about itself (companies, contacts, links, screen
 * labels, routes, retention) and, per place a reader lives, the law, the deadline, the regulator and where a request
 * goes. Every entry carries its sources, the date it was last checked and how sure we are (see content/facts/README.md).
 * Components read these through the Astro collections registered in src/content.config.ts.
 */
import { z } from 'astro/zod';
import { languageCodes, languages, type LanguageCode } from '../i18n/languages.ts';

/** How sure we are: firm = first-party or several independent sources agree; likely = third-party sources agree;
 * reported = one or two third-party reports, so the site says "may" or "some readers report". */
export const confidences = ['firm', 'likely', 'reported'] as const;
export type Confidence = (typeof confidences)[number];

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Today as YYYY-MM-DD in UTC; a fact cannot have been checked after it. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A calendar date written YYYY-MM-DD. Astro's own YAML reader turns such a value into a Date, ours keeps the text;
 * both end up as the same string, so the schema also accepts what it produced.
 */
export const isoDate = z
  .union([z.string(), z.date()], { error: 'must be a date written YYYY-MM-DD, such as 2026-11-29' })
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine((value) => isoDatePattern.test(value) && isRealDate(value), {
    error: (issue) => `must be a real date written YYYY-MM-DD, such as 2026-11-29 (found "${String(issue.input)}")`,
  });

const lastVerified = isoDate.refine((value) => value <= todayIso(), {
  error: (issue) => `is in the future (${String(issue.input)}): write the day you actually checked the sources`,
});

const httpsUrl = z.url({
  protocol: /^https$/,
  error: (issue) => (issue.input === undefined ? 'is required: a full https:// address' : `must be a full https:// address (found "${String(issue.input)}")`),
});

export const source = z.strictObject(
  {
    title: z.string({ error: 'a source needs a title (what the page or document is called)' }).min(3, 'a source title needs at least 3 characters'),
    url: httpsUrl,
    /** The language the title is written in (BCP 47: es, ja, pt-BR), when it is not English; pages mark it so. */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'lang is a BCP 47 tag such as es, ja or pt-BR')
      .optional(),
  },
  { error: 'each source is { title, url, lang? }' },
);

/** The three fields every fact carries. */
const verified = {
  sources: z.array(source, { error: 'sources is required: a list of { title, url }' }).min(1, 'list at least one source'),
  lastVerified,
  confidence: z.enum(confidences, { error: `confidence must be one of ${confidences.join(', ')}` }),
  /** For editors only, never shown to readers: why the fact is worded or hedged the way it is. */
  note: z.string().min(1).optional(),
};

/** Text given once per site language; every language in src/i18n/languages.ts must be there, and no other. */
export const localized = z.strictObject(
  Object.fromEntries(
    languages.map((language) => [
      language.code,
      z
        .string({
          error: (issue) =>
            issue.input === undefined ? `the ${language.englishName} (${language.code}) text is missing` : `the ${language.code} text must be text`,
        })
        .trim()
        .min(1, `the ${language.englishName} (${language.code}) text is empty`),
    ]),
  ) as Record<LanguageCode, z.ZodString>,
  { error: `give the text in each of the site's languages: ${languageCodes.join(', ')}` },
);
export type Localized = Record<LanguageCode, string>;

/** An id in a facts file: lowercase Latin letters, digits and hyphens, as used in references between entries. */
export const factId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lowercase Latin letters, digits and hyphens');

/** A country (ISO 3166-1 alpha-2, "KR") or a subdivision (ISO 3166-2, "US-CA"). */
const regionCode = z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'a region is an ISO 3166 code such as "KR" or "US-CA"');

export const provision = z.strictObject({
  unit: z.enum(['article', 'section', 'policy-section']),
  /** As the text numbers it: "17", "12(3)", "11(1)(e)", "K". */
  ref: z.string().min(1),
});
export type Provision = z.infer<typeof provision>;

// --- AliExpress ------------------------------------------------------------------------------------------------

export const company = z.strictObject({
  /** The legal name exactly as AliExpress's privacy policy writes it. */
  legalName: z.string().min(3),
  registration: z.string().optional(),
  address: z.string().optional(),
  ...verified,
});

export const contact = z.strictObject({
  kind: z.enum(['data-protection-officer', 'representative']),
  /** A company or person name as the source writes it; absent for a role-only address. */
  name: z.string().optional(),
  /** The language the name is written in (ISO 639-1), when not English: pages mark it so screen readers say it right. */
  nameLang: z.string().regex(/^[a-z]{2}$/, 'nameLang is an ISO 639-1 code such as "tr"').optional(),
  email: z.email().optional(),
  phone: z.string().regex(/^\+[0-9 -]+$/, 'a phone number starts with + and the country code').optional(),
  address: z.string().optional(),
  /** Jurisdiction ids this contact is for; absent means everyone. */
  forJurisdictions: z.array(factId).optional(),
  /** The language a request to this contact may be written in, where a source says so; it has its own confidence. */
  requestLanguage: z
    .strictObject({
      /** ISO 639-1 code of the language. */
      lang: z.string().regex(/^[a-z]{2}$/, 'a language is an ISO 639-1 code such as "en" or "ko"'),
      sources: verified.sources,
      confidence: verified.confidence,
      note: verified.note,
    })
    .optional(),
  ...verified,
});

export const link = z.strictObject({
  url: httpsUrl,
  /** Whether the page works only after logging in to AliExpress. */
  requiresLogin: z.boolean(),
  ...verified,
});

export const screenLabel = z.strictObject({
  /** The English text on AliExpress's screen, exactly as sources report it; components show it untranslated. */
  en: z.string().min(1),
  platform: z.enum(['web', 'app', 'web-and-app']),
  /** "outdated" labels belong to older versions of the site and are shown only as history. */
  status: z.enum(['current', 'outdated']),
  ...verified,
});

const routeStep = z.union([
  z.strictObject({ label: factId }),
  z.strictObject({ action: z.enum(['type-agree', 'tick-confirmation', 'enter-email-code', 'confirm']) }),
]);

export const route = z.strictObject({
  platform: z.enum(['web', 'app']),
  status: z.enum(['current', 'outdated']),
  steps: z.array(routeStep).min(1),
  /** The link a route starts from, when it has one. */
  startsAt: factId.optional(),
  ...verified,
});

export const retention = z.strictObject({
  /** What is kept or who else keeps a copy; components phrase it from this code. */
  kind: z.enum(['kept-for-law-and-disputes', 'backups-isolated', 'deleted-or-anonymised', 'kept-by-sellers', 'copies-at-recipients']),
  /** How long, where a source gives a number; absent means the source gives no period. */
  period: z.strictObject({ amount: z.number().int().positive(), unit: z.enum(['days', 'months', 'years']) }).optional(),
  recipients: z.array(z.enum(['sellers', 'marketing-partners', 'payment-providers', 'logistics-partners', 'customer-service-providers'])).optional(),
  ...verified,
});

/** A regulator's decision about AliExpress that the pages describe: what it penalised, and what it ordered. */
export const decision = z.strictObject({
  /** The regulator (id in regulators.yaml) and the place (id in jurisdictions.yaml). */
  regulator: factId,
  jurisdiction: factId,
  /** The day the regulator decided. */
  date: isoDate,
  penalties: z
    .array(
      z.strictObject({
        /** A surcharge (Korea's 과징금, by turnover) or an administrative fine (과태료). */
        kind: z.enum(['surcharge', 'fine']),
        amount: z.number().int().positive(),
        currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code such as "KRW"'),
      }),
    )
    .min(1),
  /** What the penalties were for; components phrase it from this code. */
  reason: z.enum(['overseas-transfer-without-notice']),
  /** How many sellers received the data, where the reason concerns sellers. */
  sellers: z.number().int().positive().optional(),
  /** What the regulator ordered besides the penalties, and why. */
  correctiveOrder: z.enum(['simplify-withdrawal']).optional(),
  ...verified,
});

// --- Laws, regulators, jurisdictions ------------------------------------------------------------------------------

export const law = z.strictObject({
  /** The law's name in each site language: the official name where that language has one, else a natural rendering. */
  name: localized,
  /** The short form readers meet in each language (DSGVO, RGPD, AVG, RODO…); absent where the law has none. */
  short: localized.optional(),
  /** The official name in the law's own language when the site does not publish that language (Russian). */
  original: z.strictObject({ lang: z.string().regex(/^[a-z]{2}$/), name: z.string().min(3) }).optional(),
  /** true for a placeholder such as "the data protection law where you live". */
  generic: z.boolean().default(false),
  /** When the rights in it can be relied on, where that is still ahead or recent; YYYY-MM when only the month is known. */
  rightsApplyFrom: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).optional(),
  ...verified,
});

export const regulator = z.strictObject({
  name: localized,
  /** The authority's own acronym (AEPD, CNIL, BfDI…), the same in every language. */
  acronym: z.string().optional(),
  /** The authority's home page, given only where a stored page or the authority's own site confirms it. */
  website: httpsUrl.optional(),
  /** Where a reader files a complaint, given only where confirmed the same way. */
  complaintPage: httpsUrl.optional(),
  /** true for a placeholder such as "your country's data protection authority". */
  generic: z.boolean().default(false),
  ...verified,
});

export const durationUnits = ['days', 'working-days', 'weeks', 'months'] as const;
export const extensionConditions = [
  /** GDPR Art. 12(3): where necessary given the complexity and number of requests, telling the person within the first period why. */
  'necessary-with-reasons-in-first-period',
  /** CCPA: once, when reasonably necessary, with notice within the first period; AliExpress §K: with the reason. */
  'reasonably-necessary-with-notice',
  /** 152-FZ: by sending a reasoned notice. */
  'reasoned-notice',
  /** AliExpress §M: "in accordance with the applicable law", without saying how much. */
  'as-applicable-law-allows',
] as const;

const deadlineCommon = {
  /** What has to happen by then: an answer, the erasure itself, the last day to complain, or the wait before suing. */
  for: z.enum(['reply', 'erasure', 'complaint', 'lawsuit']),
  /** Whether a statute sets it or only AliExpress's own policy promises it. */
  basis: z.enum(['law', 'aliexpress-policy']),
  /** The law (id in laws.yaml) for basis "law". */
  law: factId.optional(),
  provision: provision.optional(),
  sources: verified.sources,
  confidence: verified.confidence,
  note: verified.note,
};

const period = z.strictObject({
  ...deadlineCommon,
  amount: z.number().int().positive(),
  unit: z.enum(durationUnits),
  /** The day the clock starts: receipt of the request, receipt of a complete request, the controller's reply, or the request itself. */
  from: z.enum(['receipt', 'complete-request', 'reply', 'request']),
  extension: z
    .strictObject({
      amount: z.number().int().positive().optional(),
      unit: z.enum(durationUnits).optional(),
      condition: z.enum(extensionConditions),
    })
    .refine((extension) => (extension.amount === undefined) === (extension.unit === undefined), 'give an extension amount and unit together, or neither')
    .optional(),
});

/** The law sets no deadline (Brazil's deletion) or only says "without delay" / "immediately". */
const noPeriod = z.strictObject({
  ...deadlineCommon,
  none: z.literal(true),
  wording: z.enum(['without-delay', 'immediately']).optional(),
});

export const deadline = z.union([period, noPeriod], {
  error: 'a deadline is { for, basis, amount, unit, from, … } or { for, basis, none: true, … }',
});
export type Deadline = z.infer<typeof deadline>;

export const jurisdiction = z
  .strictObject({
    name: localized,
    /** Where readers live: ISO codes; a subdivision ("US-CA") is more specific than its country ("US"). */
    regions: z.array(regionCode).default([]),
    /** true for the one entry that covers every place not listed elsewhere. */
    everywhereElse: z.boolean().default(false),
    /** true when the name is a phrase, not a proper name ("Another EU or EEA country"): inside a list it starts in lower case. */
    nameIsPhrase: z.boolean().default(false),
    /** Set for the EU/EEA member-state entries. */
    group: z.enum(['eu-eea']).optional(),
    /** The AliExpress company responsible for the reader's data (id in aliexpress.yaml companies). */
    controller: factId,
    /** Which AliExpress privacy policy applies (id in aliexpress.yaml links). */
    policy: factId,
    erasure: z.strictObject({
      law: factId,
      /** Absent where no source confirms which provision gives the right. */
      provision: provision.optional(),
      /** A second law that adds to the first, such as Spain's LOPDGDD beside the GDPR. */
      alsoUnder: z.array(z.strictObject({ law: factId, provision: provision.optional() })).optional(),
    }),
    /** Absent where our sources give no deadline; a { none: true } entry where the law sets none. */
    deadlines: z.array(deadline).optional(),
    regulators: z.array(factId).default([]),
    /** Where the request goes: links (aliexpress.yaml links) and contacts (aliexpress.yaml contacts), in order of preference. */
    requestLinks: z.array(factId).default([]),
    requestContacts: z.array(factId).default([]),
    /** Routes (aliexpress.yaml routes) that do not work, or may not apply, for readers here. */
    routeLimits: z
      .array(
        z.strictObject({
          route: factId,
          status: z.enum(['unavailable', 'may-not-apply']),
          since: isoDate.optional(),
          sources: verified.sources,
          confidence: verified.confidence,
          note: verified.note,
        }),
      )
      .optional(),
    ...verified,
  })
  .refine((entry) => entry.everywhereElse || entry.regions.length > 0, 'list the regions this jurisdiction covers, or set everywhereElse: true');

// --- The files ---------------------------------------------------------------------------------------------------

const entries = <T extends z.ZodType>(schema: T) => z.record(factId, schema);

export const aliexpressFile = z.strictObject({
  companies: entries(company),
  contacts: entries(contact),
  links: entries(link),
  labels: entries(screenLabel),
  routes: entries(route),
  retention: entries(retention),
  decisions: entries(decision).default({}),
});
export const lawsFile = z.strictObject({ laws: entries(law) });
export const regulatorsFile = z.strictObject({ regulators: entries(regulator) });
export const jurisdictionsFile = z.strictObject({ jurisdictions: entries(jurisdiction) });

/** The facts files, where they live, and which sections each holds. Every section becomes one Astro collection. */
export const factsFiles = [
  { path: 'content/facts/aliexpress.yaml', schema: aliexpressFile },
  { path: 'content/facts/laws.yaml', schema: lawsFile },
  { path: 'content/facts/regulators.yaml', schema: regulatorsFile },
  { path: 'content/facts/jurisdictions.yaml', schema: jurisdictionsFile },
] as const;

/** Each section's entry schema, by section name. */
export const factSections = {
  companies: company,
  contacts: contact,
  links: link,
  labels: screenLabel,
  routes: route,
  retention,
  decisions: decision,
  laws: law,
  regulators: regulator,
  jurisdictions: jurisdiction,
} as const;
export type FactSection = keyof typeof factSections;

export type Company = z.infer<typeof company>;
export type Contact = z.infer<typeof contact>;
export type Link = z.infer<typeof link>;
export type ScreenLabel = z.infer<typeof screenLabel>;
export type Route = z.infer<typeof route>;
export type Retention = z.infer<typeof retention>;
export type Decision = z.infer<typeof decision>;
export type Law = z.infer<typeof law>;
export type Regulator = z.infer<typeof regulator>;
export type Jurisdiction = z.infer<typeof jurisdiction>;
export type Source = z.infer<typeof source>;

/** The whole set, one record of entries per section, as the loader and the tests see it. */
export type Facts = { [S in FactSection]: Record<string, z.infer<(typeof factSections)[S]>> };
