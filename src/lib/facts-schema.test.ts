import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { languageCodes } from '../i18n/languages';
import { loadFacts, problemsWithReferences, readFactsFile } from './facts-file';
import { aliexpressFile, jurisdictionsFile, lawsFile, regulatorsFile, todayIso } from './facts-schema';

const root = new URL('../..', import.meta.url).pathname;

describe('the facts in content/facts/', () => {
  const { facts, problems } = loadFacts(root);

  it('load with no problem', () => {
    expect(problems).toEqual([]);
  });

  it('hold the facts the site states, as data', () => {
    expect(facts.contacts.dpo.email).toBe('DataProtection.AE@aliexpress.com');
    expect(facts.links['delete-page'].url).toBe('https://privacy.aliexpress.com/home#/request/delete');
    expect(facts.jurisdictions.kr.deadlines).toEqual([expect.objectContaining({ amount: 10, unit: 'days', from: 'receipt', law: 'pipa-decree' })]);
    expect(facts.jurisdictions.ru.deadlines?.[0]).toMatchObject({ amount: 10, unit: 'working-days', extension: { amount: 5, unit: 'working-days' } });
    expect(facts.jurisdictions.br.deadlines).toEqual([expect.objectContaining({ none: true, for: 'erasure' })]);
    expect(facts.jurisdictions.cis.regions).not.toContain('UA');
    expect(facts.laws.gdpr.short?.de).toBe('DSGVO');
  });

  it('name every jurisdiction, law and regulator in all the site languages', () => {
    for (const section of ['jurisdictions', 'laws', 'regulators'] as const) {
      for (const [id, entry] of Object.entries(facts[section])) {
        expect(Object.keys(entry.name).sort(), `${section}.${id}`).toEqual([...languageCodes].sort());
      }
    }
  });

  it('give each EU/EEA member state whose language the site publishes its own entry with a regulator', () => {
    for (const region of ['ES', 'DE', 'AT', 'FR', 'BE', 'LU', 'IT', 'NL', 'PL', 'PT']) {
      const [id, entry] = Object.entries(facts.jurisdictions).find(([, j]) => j.regions.includes(region)) ?? [];
      expect(entry?.group, `${region} (${id})`).toBe('eu-eea');
      expect(entry?.regulators.length, `${region} (${id})`).toBeGreaterThan(0);
    }
  });
});

const source = '{ title: AliExpress Privacy Policy, url: "https://privacy.aliexpress.com/" }';
const link = (fields: string) => `companies: {}\ncontacts: {}\nlinks:\n  privacy-centre:\n${fields}\nlabels: {}\nroutes: {}\nretention: {}\n`;
const goodLink = [`    url: https://privacy.aliexpress.com/`, `    requiresLogin: true`, `    sources: [${source}]`, `    lastVerified: 2026-11-29`, `    confidence: firm`];
const readLink = (fields: string[]) => readFactsFile('content/facts/aliexpress.yaml', link(fields.join('\n')), aliexpressFile);

describe('readFactsFile', () => {
  it('accepts a well-formed entry', () => {
    expect(readLink(goodLink).problems).toEqual([]);
  });

  it('rejects an entry without sources, naming file, line and field', () => {
    expect(readLink(goodLink.filter((line) => !line.includes('sources'))).problems).toEqual([
      'content/facts/aliexpress.yaml:4 links.privacy-centre.sources: sources is required: a list of { title, url }',
    ]);
    expect(readLink(goodLink.map((line) => (line.includes('sources') ? '    sources: []' : line))).problems).toEqual([
      'content/facts/aliexpress.yaml:7 links.privacy-centre.sources: list at least one source',
    ]);
  });

  it('rejects a source without an https address', () => {
    const problems = readLink(goodLink.map((line) => (line.includes('sources') ? '    sources: [{ title: A blog post, url: "http://example.com/" }]' : line))).problems;
    expect(problems).toEqual(['content/facts/aliexpress.yaml:7 links.privacy-centre.sources.0.url: must be a full https:// address (found "http://example.com/")']);
    const missing = readLink(goodLink.map((line) => (line.includes('sources') ? '    sources: [{ title: A blog post }]' : line))).problems;
    expect(missing).toEqual(['content/facts/aliexpress.yaml:7 links.privacy-centre.sources.0.url: is required: a full https:// address']);
  });

  it('rejects a bad date and a future date', () => {
    const bad = readLink(goodLink.map((line) => (line.includes('lastVerified') ? '    lastVerified: 2026-02-30' : line))).problems;
    expect(bad).toEqual(['content/facts/aliexpress.yaml:8 links.privacy-centre.lastVerified: must be a real date written YYYY-MM-DD, such as 2026-11-29 (found "2026-02-30")']);
    const future = readLink(goodLink.map((line) => (line.includes('lastVerified') ? '    lastVerified: 2999-01-01' : line))).problems;
    expect(future).toEqual([
      'content/facts/aliexpress.yaml:8 links.privacy-centre.lastVerified: is in the future (2999-01-01): write the day you actually checked the sources',
    ]);
    const today = readLink(goodLink.map((line) => (line.includes('lastVerified') ? `    lastVerified: ${todayIso()}` : line))).problems;
    expect(today).toEqual([]);
  });

  it('rejects an unknown confidence and an unknown field', () => {
    const problems = readLink([...goodLink.map((line) => (line.includes('confidence') ? '    confidence: certain' : line)), '    colour: red']).problems;
    expect(problems).toEqual([
      'content/facts/aliexpress.yaml:9 links.privacy-centre.confidence: confidence must be one of firm, likely, reported',
      'content/facts/aliexpress.yaml:10 links.privacy-centre.colour: unknown field "colour": remove or rename',
    ]);
  });

  it('rejects a localised name that lacks a site language', () => {
    const names = languageCodes.filter((code) => code !== 'gu').map((code) => `      ${code}: Name`);
    const text = ['regulators:', '  ico:', '    name:', ...names, `    sources: [${source}]`, '    lastVerified: 2026-11-29', '    confidence: firm'].join('\n');
    expect(readFactsFile('content/facts/regulators.yaml', text, regulatorsFile).problems).toEqual([
      'content/facts/regulators.yaml:3 regulators.ico.name.gu: the Gujarati (gu) text is missing',
    ]);
  });

  it('reports broken YAML with its line', () => {
    expect(readFactsFile('content/facts/laws.yaml', 'laws:\n  gdpr: [unclosed\n', lawsFile).problems).toEqual([
      expect.stringMatching(/^content\/facts\/laws\.yaml:\d+ is not valid YAML: /),
    ]);
  });

  it('rejects a deadline with a unit it does not know', () => {
    const text = readFileText('jurisdictions').replace('unit: working-days\n        from: receipt', 'unit: fortnights\n        from: receipt');
    const problems = readFactsFile('content/facts/jurisdictions.yaml', text, jurisdictionsFile).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/facts\/jurisdictions\.yaml:\d+ jurisdictions\.ru\.deadlines\.0/);
  });
});

function readFileText(name: string): string {
  return readFileSync(`${root}content/facts/${name}.yaml`, 'utf8');
}

describe('problemsWithReferences', () => {
  const files = () => [
    readFactsFile('content/facts/aliexpress.yaml', readFileText('aliexpress'), aliexpressFile),
    readFactsFile('content/facts/laws.yaml', readFileText('laws'), lawsFile),
    readFactsFile('content/facts/regulators.yaml', readFileText('regulators'), regulatorsFile),
  ];

  it('names a reference to an entry that does not exist, with its line', () => {
    const text = readFileText('jurisdictions').replace('regulators: [ico]', 'regulators: [ico-uk]');
    const jurisdictions = readFactsFile('content/facts/jurisdictions.yaml', text, jurisdictionsFile);
    const line = text.split('\n').findIndex((l) => l.includes('[ico-uk]')) + 1;
    expect(problemsWithReferences([...files(), jurisdictions])).toEqual([
      expect.stringMatching(new RegExp(`^content/facts/jurisdictions\\.yaml:${line} jurisdictions\\.uk\\.regulators\\.0: no regulators entry "ico-uk" \\(known: `)),
    ]);
  });

  it('names a region claimed by two jurisdictions', () => {
    const text = readFileText('jurisdictions').replace('regions: [JP]', 'regions: [JP, KR]');
    const jurisdictions = readFactsFile('content/facts/jurisdictions.yaml', text, jurisdictionsFile);
    expect(problemsWithReferences([...files(), jurisdictions])).toEqual([
      expect.stringMatching(/^content\/facts\/jurisdictions\.yaml:\d+ jurisdictions\.jp\.regions\.1: region "KR" already belongs to "kr"$/),
    ]);
  });
});
