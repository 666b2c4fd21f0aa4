/**
 * Runs at page load: waits for the first use of a search box, then starts the search code that SearchBox keeps in
 * a <template>. The keystroke that started it is not lost: the search code reads the box's value when it starts.
 */
export function loadSearchOnFirstUse(): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-search-code]');
  const source = template?.content.querySelector('script')?.getAttribute('src');
  if (!source) return;
  let loaded = false;
  const load = (event: Event) => {
    if (event.type === 'submit') event.preventDefault();
    if (loaded) return;
    loaded = true;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = source;
    document.head.append(script);
  };
  for (const form of document.querySelectorAll<HTMLFormElement>('[data-search] form')) {
    form.addEventListener('input', load, { once: true });
    form.addEventListener('submit', load, { once: true });
  }
  const query = new URLSearchParams(location.search).get('q');
  const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (query && pageBox) {
    pageBox.value = query;
    load(new Event('input'));
  }
}
