/**
 * Reads the facts files: parses each YAML file keeping positions, validates it against its schema, then checks the
 * references between files (a jurisdiction's law, regulator, controller…). Every problem names file:line and the
 * field, so the build can stop with a message the person who made the mistake can act on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { factsFiles, factSections, type Facts, type FactSection } from './facts-schema.ts';

type Path = readonly PropertyKey[];

export interface ReadFactsFile {
  path: string;
  /** The validated data, or undefined when the file has problems. */
  data: Record<string, Record<string, unknown>> | undefined;
  problems: string[];
  /** The line (1-based) of the value at a path, or of its nearest existing parent. */
  lineOf: (path: Path) => number;
}

/**
 * The line of a path's key ("sources:") rather than of its value, so a message points where the reader will type;
 * a path that does not exist (a missing field) falls back to its nearest existing parent.
 */
function lineFinder(document: Document, lines: LineCounter): (path: Path) => number {
  const startOf = (path: Path): number | undefined => {
    if (path.length === 0) return 0;
    const parent = document.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last);
      return (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
    }
    if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as { range?: [number, number, number] } | undefined)?.range?.[0];
    return undefined;
  };
  return (path) => {
    for (let length = path.length; length >= 0; length -= 1) {
      const offset = startOf(path.slice(0, length));
      if (offset !== undefined) return Math.max(1, lines.linePos(offset).line);
    }
    return 1;
  };
}

function fieldName(path: Path): string {
  return path.length === 0 ? '(top level)' : path.map(String).join('.');
}

/** Parses and validates one facts file; `text` is its content, `path` the name used in messages. */
export function readFactsFile(path: string, text: string, schema: z.ZodType): ReadFactsFile {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = lineFinder(document, lines);
  if (document.errors.length > 0) {
    const problems = document.errors.map((error) => `${path}:${lines.linePos(error.pos[0]).line} is not valid YAML: ${error.message.split('\n')[0]}`);
    return { path, data: undefined, problems, lineOf };
  }
  const result = schema.safeParse(document.toJS());
  if (result.success) return { path, data: result.data as ReadFactsFile['data'], problems: [], lineOf };
  const problems = result.error.issues.map((issue) => {
    // An unknown key is reported on its parent; point at the key itself.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or rename` : issue.message;
    return `${path}:${lineOf(at)} ${fieldName(at)}: ${message}`;
  });
  return { path, data: undefined, problems, lineOf };
}

interface Located {
  section: FactSection;
  id: string;
  file: ReadFactsFile;
}

/**
 * The references between entries that the schemas cannot see one file at a time: every id a jurisdiction, route or
 * contact names must exist, and every region belongs to one jurisdiction only.
 */
export function problemsWithReferences(files: readonly ReadFactsFile[]): string[] {
  const located = new Map<string, Located>();
  const sections = {} as Record<FactSection, Record<string, unknown>>;
  for (const file of files) {
    for (const [section, entries] of Object.entries(file.data ?? {})) {
      sections[section as FactSection] = entries;
      for (const id of Object.keys(entries)) located.set(`${section}/${id}`, { section: section as FactSection, id, file });
    }
  }
  const problems: string[] = [];
  const expect = (owner: Located, field: Path, section: FactSection, id: string | undefined) => {
    if (id === undefined || (sections[section] && id in sections[section])) return;
    const known = Object.keys(sections[section] ?? {}).join(', ') || 'none';
    problems.push(`${owner.file.path}:${owner.file.lineOf([owner.section, owner.id, ...field])} ${[owner.section, owner.id, ...field].join('.')}: no ${section} entry "${id}" (known: ${known})`);
  };
  const each = <T>(section: FactSection, visit: (owner: Located, entry: T) => void) => {
    for (const [id, entry] of Object.entries(sections[section] ?? {})) visit(located.get(`${section}/${id}`)!, entry as T);
  };

  each<Facts['jurisdictions'][string]>('jurisdictions', (owner, entry) => {
    expect(owner, ['controller'], 'companies', entry.controller);
    expect(owner, ['policy'], 'links', entry.policy);
    expect(owner, ['erasure', 'law'], 'laws', entry.erasure.law);
    entry.erasure.alsoUnder?.forEach((also, i) => expect(owner, ['erasure', 'alsoUnder', i, 'law'], 'laws', also.law));
    entry.deadlines?.forEach((deadline, i) => {
      expect(owner, ['deadlines', i, 'law'], 'laws', deadline.law);
      if (deadline.basis === 'law' && deadline.law === undefined) {
        problems.push(`${owner.file.path}:${owner.file.lineOf(['jurisdictions', owner.id, 'deadlines', i])} jurisdictions.${owner.id}.deadlines.${i}: a deadline set by law names the law (law: <id in laws.yaml>)`);
      }
    });
    entry.regulators.forEach((id, i) => expect(owner, ['regulators', i], 'regulators', id));
    entry.requestLinks.forEach((id, i) => expect(owner, ['requestLinks', i], 'links', id));
    entry.requestContacts.forEach((id, i) => expect(owner, ['requestContacts', i], 'contacts', id));
    entry.routeLimits?.forEach((limit, i) => expect(owner, ['routeLimits', i, 'route'], 'routes', limit.route));
  });
  each<Facts['routes'][string]>('routes', (owner, entry) => {
    entry.steps.forEach((step, i) => 'label' in step && expect(owner, ['steps', i, 'label'], 'labels', step.label));
    expect(owner, ['startsAt'], 'links', entry.startsAt);
  });
  each<Facts['decisions'][string]>('decisions', (owner, entry) => {
    expect(owner, ['regulator'], 'regulators', entry.regulator);
    expect(owner, ['jurisdiction'], 'jurisdictions', entry.jurisdiction);
  });
  each<Facts['contacts'][string]>('contacts', (owner, entry) => {
    entry.forJurisdictions?.forEach((id, i) => expect(owner, ['forJurisdictions', i], 'jurisdictions', id));
  });

  const regionOwner = new Map<string, string>();
  let everywhereElse: string[] = [];
  each<Facts['jurisdictions'][string]>('jurisdictions', (owner, entry) => {
    if (entry.everywhereElse) everywhereElse = [...everywhereElse, owner.id];
    entry.regions.forEach((region, i) => {
      const first = regionOwner.get(region);
      if (first) problems.push(`${owner.file.path}:${owner.file.lineOf(['jurisdictions', owner.id, 'regions', i])} jurisdictions.${owner.id}.regions.${i}: region "${region}" already belongs to "${first}"`);
      else regionOwner.set(region, owner.id);
    });
  });
  if (sections.jurisdictions && everywhereElse.length !== 1) {
    const file = files.find((f) => f.data && 'jurisdictions' in f.data)!;
    problems.push(`${file.path}:1 jurisdictions: exactly one entry needs everywhereElse: true (found ${everywhereElse.length}: ${everywhereElse.join(', ') || 'none'})`);
  }
  return problems;
}

/** Reads every facts file under `root` (the project directory) and checks the set; `facts` is complete only without problems. */
export function loadFacts(root: string): { facts: Facts; problems: string[]; paths: string[] } {
  const files = factsFiles.map(({ path, schema }) => {
    let text: string;
    try {
      text = readFileSync(join(root, path), 'utf8');
    } catch {
      return { path, data: undefined, problems: [`${path}:1 cannot be read: the file is missing`], lineOf: () => 1 } satisfies ReadFactsFile;
    }
    return readFactsFile(path, text, schema);
  });
  const problems = files.flatMap((file) => file.problems);
  if (problems.length === 0) problems.push(...problemsWithReferences(files));
  const facts = Object.fromEntries(Object.keys(factSections).map((section) => [section, {}])) as Facts;
  for (const file of files) Object.assign(facts, file.data ?? {});
  return { facts, problems, paths: factsFiles.map((file) => file.path) };
}
