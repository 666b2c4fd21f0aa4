import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-checks';
import { componentUses, factComponentNames, factComponents, factUsesOf, problemsWithFactComponents, sourcesOfComponents, uniqueSources } from './fact-components';
import { elementRule } from './guide-elements';
import { parseGuidePage } from './guide-model';
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

  it('name the place and the known ids when a use names a fact that does not exist', () => {
    const model = parseGuidePage('content/guides/en/faq.mdx', '## Links\n\nSee <FactLink id="delete-pag" /> or <Contact id="dpo" />.\n');
    const problems = problemsWithFactComponents(componentUses(model), facts).map((problem) => formatProblem(model.file, problem));
    expect(problems).toEqual([expect.stringMatching(/^content\/guides\/en\/faq\.mdx:3:5: <FactLink id="delete-pag"> names no links entry in content\/facts\/; use one of privacy-centre, delete-page, /)]);
  });

  it('are all elements the content allows, each naming its fact', () => {
    for (const name of factComponentNames) {
      const rule = elementRule(name);
      expect(rule, name).toBeDefined();
      const [attribute] = factComponents[name].required;
      if (attribute) expect(rule!.namesFact, name).toBe(attribute);
    }
  });
});
