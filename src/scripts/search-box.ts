/**
 * The search code, started by search-loader.ts on the reader's first keystroke: loads Pagefind and this
 * language's index, and lists results under the box.
 */
import { hitFromResult, safeExcerpt, type PagefindResultData } from '../lib/search-results';
import { fillPlaceholders } from '../lib/fill-placeholders';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: object, wait?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

interface Messages {
  loading: string;
  noResults: string;
  resultCount: string;
  oneResult: string;
  failed: string;
}

const maxResults = 8;

function enhance(container: HTMLElement): void {
  const form = container.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = container.querySelector<HTMLElement>('[data-search-status]')!;
  const list = container.querySelector<HTMLOListElement>('[data-search-results]')!;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as Messages;
  let pagefind: Promise<Pagefind> | undefined;

  const load = () => {
    pagefind ??= import(/* @vite-ignore */ form.dataset.pagefindUrl!).then(async (module: Pagefind) => {
      await module.options({
        baseUrl: form.dataset.base ?? '/',
        excerptLength: 24,
        exactDiacritics: form.dataset.exactDiacritics === 'true',
      });
      return module;
    });
    return pagefind;
  };

  const clear = () => {
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

  const run = async (query: string) => {
    if (query.trim() === '') return clear();
    delete container.dataset.searchCompleted;
    status.textContent = messages.loading;
    try {
      const search = await (await load()).debouncedSearch(query, {}, 200);
      if (search === null) return; // a newer keystroke replaced this search
      const hits = await Promise.all(search.results.slice(0, maxResults).map(async (r) => hitFromResult(await r.data())));
      if (input.value !== query) return;
      list.replaceChildren(
        ...hits.map((hit) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = hit.url;
          link.textContent = hit.title;
          item.append(link);
          if (hit.title !== hit.pageTitle) {
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
      list.hidden = hits.length === 0;
      const count = search.results.length;
      const template = count === 0 ? messages.noResults : count === 1 ? messages.oneResult : messages.resultCount;
      status.textContent = fillPlaceholders(template, { query, count });
      completed(query);
    } catch {
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
