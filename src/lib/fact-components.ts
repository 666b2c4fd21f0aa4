/**
 * The MDX components that show facts from content/facts/, defined once: their required attributes, which facts a
 * use of each shows, and so which sources the page must list. The content checks read the names and attributes, the
 * page's source list reads the facts, and a use that names no existing fact stops the build with file and line.
 */
import type { LanguageCode } from '../i18n/languages';
import type { FactSection, Facts, Source } from './facts-schema';
import type { GuideModel, Place, Problem } from './guide-model';
import { readerPlaces } from './reader-places';

export interface FactUse {
  section: FactSection;
  id: string;
  /** For a place shown only for its limit on one route (a notice): that route. */
  route?: string;
  /** For a place shown only for its rights (law, deadlines, regulator, where to write), not its route limits. */
  rightsOnly?: boolean;
}

interface FactComponent {
  /** Attributes a use must give; the first, where there is one, names the fact. */
  required: readonly string[];
  /** The section that attribute's value is an id in. */
  idIn?: FactSection;
  /** The facts one use shows. */
  uses: (attributes: Record<string, string>, facts: Facts, lang: LanguageCode) => FactUse[];
}

const all = (facts: Facts, section: FactSection): FactUse[] => Object.keys(facts[section]).map((id) => ({ section, id }));

export const factComponents = {
  /** <FactLink id="delete-page" /> or <FactLink id="privacy-centre">privacy centre</FactLink> */
  FactLink: { required: ['id'], idIn: 'links', uses: ({ id }) => [{ section: 'links', id }] },
  /** <Contact id="dpo" />: the email address; <Contact id="korea-representative" show="all" /> adds name and phone. */
  Contact: { required: ['id'], idIn: 'contacts', uses: ({ id }) => [{ section: 'contacts', id }] },
  /** <ScreenLabel id="delete-my-account">내 계정 삭제</ScreenLabel>: the English label, and the reader's words. */
  ScreenLabel: { required: ['id'], idIn: 'labels', uses: ({ id }) => [{ section: 'labels', id }] },
  /** <Deadline place="kr" />, optionally for="reply|erasure|complaint|lawsuit". */
  Deadline: { required: ['place'], idIn: 'jurisdictions', uses: ({ place }) => [{ section: 'jurisdictions', id: place }] },
  /** <RightsTable />: every place, its law, deadlines, regulator and where to send a request. */
  RightsTable: { required: [], uses: (_, facts) => all(facts, 'jurisdictions').map((use) => ({ ...use, rightsOnly: true })) },
  /** <YourRegulators />: the regulators of the places where readers of this language most likely live. */
  YourRegulators: {
    required: [],
    uses: (_, facts, lang) => readerPlaces[lang].filter((id) => id in facts.jurisdictions).map((id) => ({ section: 'jurisdictions', id })),
  },
  /** <RouteNotice route="privacy-centre" />: where that route does not apply or does not work, and what to do. */
  RouteNotice: {
    required: ['route'],
    idIn: 'routes',
    uses: ({ route, status }, facts) =>
      Object.entries(facts.jurisdictions)
        .filter(([, entry]) => entry.routeLimits?.some((limit) => limit.route === route && (!status || limit.status === status)))
        .map(([id]) => ({ section: 'jurisdictions', id, route })),
  },
  /** <ErasureWarning />: erasure may end in anonymisation, and some data is kept. */
  ErasureWarning: {
    required: [],
    uses: () => [
      { section: 'retention', id: 'deleted-or-anonymised' },
      { section: 'retention', id: 'kept-for-law-and-disputes' },
    ],
  },
  /** <WhatIsKept />: everything AliExpress's policy says is kept, or kept elsewhere, after deletion. */
  WhatIsKept: { required: [], uses: (_, facts) => all(facts, 'retention') },
  /** <RegulatorDecision id="pipc-2024" />: what a regulator decided about AliExpress, and why. */
  RegulatorDecision: { required: ['id'], idIn: 'decisions', uses: ({ id }) => [{ section: 'decisions', id }] },
  /** <LetterLanguage />: which language to write a request in, as far as sources say. */
  LetterLanguage: {
    required: [],
    uses: (_, facts) => Object.entries(facts.contacts).filter(([, c]) => c.requestLanguage).map(([id]) => ({ section: 'contacts', id })),
  },
} satisfies Record<string, FactComponent>;

export type FactComponentName = keyof typeof factComponents;
export const factComponentNames = Object.keys(factComponents) as FactComponentName[];

export function isFactComponent(name: string): name is FactComponentName {
  return name in factComponents;
}

/** The facts one component use shows; empty for other components. */
export function factUsesOf(name: string, attributes: Record<string, string>, facts: Facts, lang: LanguageCode): FactUse[] {
  return isFactComponent(name) ? (factComponents[name] as FactComponent).uses(attributes, facts, lang) : [];
}

/**
 * Everything a shown fact rests on. A place brings its own sources, its deadlines' and its route limits'; a contact
 * brings the sources of its request language. A regulator is shown by name with a link to its own complaint page or
 * site, so the link speaks for itself and the pages that confirmed it are left to content/facts/regulators.yaml.
 */
export function sourcesOfUse(facts: Facts, use: FactUse): Source[] {
  if (use.section === 'jurisdictions') {
    const entry = facts.jurisdictions[use.id];
    if (use.route) return (entry.routeLimits ?? []).filter((limit) => limit.route === use.route).flatMap((limit) => limit.sources);
    return [
      ...entry.sources,
      ...(entry.deadlines ?? []).flatMap((deadline) => deadline.sources),
      ...(use.rightsOnly ? [] : (entry.routeLimits ?? []).flatMap((limit) => limit.sources)),
    ];
  }
  if (use.section === 'contacts') {
    const contact = facts.contacts[use.id];
    return [...contact.sources, ...(contact.requestLanguage?.sources ?? [])];
  }
  return (facts[use.section][use.id] as { sources: Source[] }).sources;
}

/** Sources in order of first appearance, each address once (the first title given for it wins). */
export function uniqueSources<S extends Source>(sources: readonly S[]): S[] {
  const seen = new Set<string>();
  return sources.filter((source) => !seen.has(source.url) && seen.add(source.url));
}

/** The sources of every fact shown by the given component uses. */
export function sourcesOfComponents(components: readonly { name: string; attributes: Record<string, string> }[], facts: Facts, lang: LanguageCode): Source[] {
  return uniqueSources(components.flatMap((c) => factUsesOf(c.name, c.attributes, facts, lang)).flatMap((use) => sourcesOfUse(facts, use)));
}

/** A component as a page uses it: its name, its text attributes, and where it stands. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  place: Place;
}

/** The components of a page's model with their literal attributes (expressions are rejected by the content checks). */
export function componentUses(model: GuideModel): ComponentUse[] {
  return model.elements.map((element) => ({
    name: element.name,
    attributes: Object.fromEntries(element.attributes.flatMap((a) => (a.name !== undefined && a.value.kind === 'text' ? [[a.name, a.value.text]] : []))),
    place: element.place,
  }));
}

/** Uses that name a fact that does not exist, each with what to write instead. */
export function problemsWithFactComponents(components: readonly ComponentUse[], facts: Facts): Problem[] {
  const problems: Problem[] = [];
  for (const use of components) {
    if (!isFactComponent(use.name)) continue;
    const spec: FactComponent = factComponents[use.name];
    const [attribute] = spec.required;
    const value = attribute ? use.attributes[attribute] : undefined;
    if (!spec.idIn || !attribute || value === undefined || value === '') continue;
    if (!(value in facts[spec.idIn])) {
      const known = Object.keys(facts[spec.idIn]).join(', ');
      problems.push({ place: use.place, message: `<${use.name} ${attribute}="${value}"> names no ${spec.idIn} entry in content/facts/; use one of ${known}` });
    }
  }
  return problems;
}
