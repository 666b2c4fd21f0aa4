/**
 * The search code, started by search-loader.ts on the reader's first keystroke: loads Pagefind and this language's
 * index, searches each word of the query in the forms the language's rules give (src/lib/search-query.ts), ranks the
 * records (steps, questions, sections: search-sections.ts) by how many of the words they hold (search-ranking.ts), and
 * lists the best under the box, each linking to its step or question (search-results.ts).
 */
import { fillPlaceholders } from '../lib/fill-placeholders';
import { queryWords, type SearchRules } from '../lib/search-query';
import { rankPages, type PageMatch } from '../lib/search-ranking';
import { maskMarks, type MarksInSearch } from '../lib/search-marks';
import { hitFromFragment, safeExcerpt } from '../lib/search-results';
import { canUseLeanClient, openSearchIndex, type PagefindResult, type SearchIndex } from './pagefind-client';

interface PagefindModule {
  createInstance(options: object): { options(options: Record<string, unknown>): Promise<void> } & SearchIndex;
}

interface Messages {
  loading: string;
  noResults: string;
  resultCount: string;
  oneResult: string;
  failed: string;
}

/** Results listed; each costs the download of its page's fragment, so no more than a reader looks at. */
const maxResults = 5;
const excerptLength = 24;
/** Waiting this long after a keystroke lets a reader finish typing before the search runs. */
const typingPauseMs = 200;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function enhance(container: HTMLElement): void {
  const form = container.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = container.querySelector<HTMLElement>('[data-search-status]')!;
  const list = container.querySelector<HTMLOListElement>('[data-search-results]')!;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  const rules = JSON.parse(form.dataset.searchRules ?? '{}') as SearchRules;
  const lang = document.documentElement.lang;
  // The site's navigation names every page: a result names the page it is on from there.
  const pageTitles = new Map([...document.querySelectorAll<HTMLAnchorElement>('.guide-nav a[href]')].map((a) => [new URL(a.href).pathname, a.textContent?.trim() ?? '']));
  const pageTitleOf = (url: string) => pageTitles.get(new URL(url, location.href).pathname);
  let pagefind: Promise<SearchIndex> | undefined;
  let latest = 0;

  const marks = (form.dataset.marks ?? 'ignored') as MarksInSearch;
  const exactDiacritics = marks !== 'ignored';
  const indexed = (queryForm: string) => (marks === 'masked' ? maskMarks(queryForm) : queryForm);
  const base = form.dataset.base ?? '/';
  /** Pagefind's own pagefind.js: for browsers without DecompressionStream and for an index of another version. */
  const pagefindScript = () =>
    import(/* @vite-ignore */ form.dataset.pagefindUrl!).then(async (module: PagefindModule) => {
      // On the page's own thread rather than in Pagefind's web worker: for an index this small the worker's script
      // (about 11 KB) costs more than it saves, and it would run only once the first search is over anyway.
      const instance = module.createInstance({ noWorker: true });
      await instance.options({ baseUrl: base, exactDiacritics });
      return instance;
    });
  const load = () => {
    const bundleUrl = form.dataset.pagefindUrl!.replace(/[^/]*$/, '');
    pagefind ??= (canUseLeanClient() ? openSearchIndex(bundleUrl, base, lang.toLowerCase(), exactDiacritics) : Promise.resolve(undefined)).then((index) => index ?? pagefindScript());
    return pagefind;
  };

  const clear = () => {
    latest++;
    list.replaceChildren();
    list.hidden = true;
    status.textContent = '';
    delete container.dataset.searchCompleted;
  };
  // The query whose results are on screen, for anyone who needs to know a search has finished (the browser tests
  // wait for it rather than for a time).
  const completed = (query: string) => {
    container.dataset.searchCompleted = query;
  };

  const render = (hits: ReturnType<typeof hitFromFragment>[]) =>
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = hit.url;
        link.textContent = hit.title;
        item.append(link);
        if (hit.pageTitle) {
          const page = document.createElement('span');
          page.className = 'search-result-page';
          page.textContent = hit.pageTitle;
          item.append(' ', page);
        }
        const excerpt = document.createElement('p');
        excerpt.innerHTML = safeExcerpt(hit.excerpt);
        item.append(excerpt);
        return item;
      }),
    );

  const run = async (query: string) => {
    if (query.trim() === '') return clear();
    const search = ++latest;
    delete container.dataset.searchCompleted;
    status.textContent = messages.loading;
    try {
      const instance = await load();
      await pause(typingPauseMs);
      if (search !== latest) return; // a newer keystroke replaced this search
      const found = new Map<string, PagefindResult[]>();
      const resultOf = new Map<string, PagefindResult>();
      const matchesByWord: PageMatch[][][] = [];
      for (const word of queryWords(query, lang, rules)) {
        const byForm: PageMatch[][] = [];
        for (const form of word.forms) {
          if (!found.has(form)) found.set(form, (await instance.search(indexed(form))).results);
          const results = found.get(form)!;
          for (const result of results) if (!resultOf.has(result.id)) resultOf.set(result.id, result);
          byForm.push(results.map((result) => ({ page: result.id, score: result.score, locations: result.words })));
        }
        matchesByWord.push(byForm);
      }
      if (search !== latest) return;
      const ranked = rankPages(matchesByWord);
      const hits = await Promise.all(
        ranked.slice(0, maxResults).map(async (page) => hitFromFragment(await resultOf.get(page.page)!.data(), page.locationsByWord.flat(), pageTitleOf, excerptLength, marks)),
      );
      if (search !== latest || input.value !== query) return;
      render(hits);
      list.hidden = hits.length === 0;
      const count = ranked.length;
      const template = count === 0 ? messages.noResults : count === 1 ? messages.oneResult : messages.resultCount;
      status.textContent = fillPlaceholders(template, { query, count });
      completed(query);
    } catch {
      if (search !== latest) return;
      status.textContent = messages.failed;
      completed(query);
    }
  };

  input.addEventListener('input', () => void run(input.value));
  // Started by the reader's first keystroke (see search-loader.ts): search for what is already typed.
  if (input.value.trim()) void run(input.value);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      input.value = '';
      clear();
    }
  });
}

export function enhanceSearchBoxes(): void {
  document.querySelectorAll<HTMLElement>('[data-search]').forEach(enhance);
}
