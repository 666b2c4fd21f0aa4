import { describe, expect, it } from 'vitest';
import { factComponentNames, factUsesOf, problemsWithFactComponents, sourcesOfComponents, uniqueSources } from './fact-components';
import { loadFacts } from './facts-file';

const { facts } = loadFacts(new URL('../..', import.meta.url).pathname);
const use = (name: string, attributes: Record<string, string> = {}) => ({ name, attributes });

describe('fact components', () => {
  it('name the facts each use shows', () => {
    expect(factUsesOf('FactLink', { id: 'delete-page' }, facts, 'en')).toEqual([{ section: 'links', id: 'delete-page' }]);
    expect(factUsesOf('YourRegulators', {}, facts, 'de').map((u) => u.id)).toEqual(['de', 'at', 'lu', 'be']);
    expect(factUsesOf('RouteNotice', { route: 'app', status: 'unavailable' }, facts, 'en')).toEqual([{ section: 'jurisdictions', id: 'in', route: 'app' }]);
    expect(factUsesOf('Steps', {}, facts, 'en')).toEqual([]);
  });

  it('bring the sources of the facts they show, each address once', () => {
    const urls = sourcesOfComponents([use('Deadline', { place: 'kr' }), use('Contact', { id: 'dpo' })], facts, 'en').map((s) => s.url);
    expect(urls).toContain('https://prighter.com/resources/laws/korean-pipa/enforcement-decree/articles/article-43');
    expect(urls).toContain('https://github.com/datenanfragen/data/blob/master/companies/aliexpress.json');
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('a notice brings only the sources of the route limit it shows', () => {
    const urls = sourcesOfComponents([use('RouteNotice', { route: 'app', status: 'unavailable' })], facts, 'en').map((s) => s.url);
    expect(urls).toContain('https://indianexpress.com/article/india/alibaba-dating-apps-among-43-more-with-china-links-banned-by-govt-7064441/');
    expect(urls).not.toContain('https://taxscan.in/top-stories/centre-notifies-digital-personal-data-protection-rules-2025-data-protection-board-established-read-notification-1437738');
  });

  it('keeps the first title given for an address', () => {
    expect(uniqueSources([{ title: 'First', url: 'https://a.example/' }, { title: 'Second', url: 'https://a.example/' }])).toEqual([{ title: 'First', url: 'https://a.example/' }]);
  });

  it('name the file, the line and the known ids when a use names a fact that does not exist', () => {
    const problems = problemsWithFactComponents('content/guides/en/faq.mdx', [{ name: 'FactLink', attributes: { id: 'delete-pag' }, line: 12 }], facts);
    expect(problems).toEqual([expect.stringMatching(/^content\/guides\/en\/faq\.mdx:12: <FactLink id="delete-pag"> names no links entry in content\/facts\/; use one of privacy-centre, delete-page, /)]);
    expect(problemsWithFactComponents('x.mdx', [{ name: 'Contact', attributes: { id: 'dpo' }, line: 1 }], facts)).toEqual([]);
  });

  it('are all known to the content checks', async () => {
    const { knownComponents } = await import('./content-checks');
    for (const name of factComponentNames) expect(knownComponents).toContain(name);
  });
});
