/** Remembers checklist ticks in this browser only (localStorage), shared by every language of the same page. */
import { parseSavedTicks } from '../lib/checklist';

export function rememberChecklists(): void {
  for (const list of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const key = `checklist:${list.dataset.checklist}`;
    const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const ticked = new Set(parseSavedTicks(localStorage.getItem(key)));
    for (const box of boxes) box.checked = ticked.has(box.name);
    const save = () => {
      const names = boxes.filter((box) => box.checked).map((box) => box.name);
      if (names.length) localStorage.setItem(key, JSON.stringify(names));
      else localStorage.removeItem(key);
    };
    list.addEventListener('change', save);
    const reset = list.querySelector<HTMLButtonElement>('[data-checklist-reset]');
    reset?.addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      save();
    });
    // The button needs this script, so it appears only once the script runs.
    reset?.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  }
}
