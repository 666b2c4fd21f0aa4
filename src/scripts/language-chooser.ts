/** Moves the languages the reader's browser prefers to the front of the language chooser, in the browser's order. */
import { preferredLanguages } from '../lib/language-offer';

export function preferredFirst(): void {
  const list = document.querySelector<HTMLElement>('[data-language-chooser]');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li[lang]')];
  const preferred = preferredLanguages(navigator.languages, items.map((item) => item.lang));
  // Backwards, each to the front: the browser's first choice ends first.
  for (const tag of [...preferred].reverse()) {
    const item = items.find((i) => i.lang === tag)!;
    item.dataset.preferred = '';
    list.prepend(item);
  }
  // Marks that the order is settled, so that a test can wait for it instead of for a time.
  list.dataset.languageChooserOrdered = '';
}
