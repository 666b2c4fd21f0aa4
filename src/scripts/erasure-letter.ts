/** Fills the erasure-request letter as the reader types; nothing leaves the browser until they send it themselves. */
import { hasPlaceholder, letterText, mailtoUrl, missingFields, type Jurisdiction, type LetterFields } from '../lib/erasure-letter';

function render(target: HTMLElement | null, letter: { subject: string; body: string }) {
  if (!target) return;
  const subject = document.createElement('strong');
  subject.textContent = letter.subject;
  target.replaceChildren(subject, `\n\n${letter.body}`);
}

export function enhanceLetters(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-letter]')) {
    const english = JSON.parse(root.dataset.english ?? '{}') as Record<string, string>;
    const own = JSON.parse(root.dataset.own ?? '{}') as Record<string, string>;
    const inEnglish = (key: string) => english[key] ?? key;
    const inOwn = (key: string) => own[key] ?? key;
    const form = root.querySelector<HTMLElement>('[data-letter-form]')!;
    const status = root.querySelector<HTMLElement>('[data-letter-status]')!;
    const messages = root.querySelector<HTMLElement>('.letter-messages')!.dataset;
    const actions = root.querySelector<HTMLElement>('[data-letter-actions]')!;
    const copy = root.querySelector<HTMLButtonElement>('[data-letter-copy]')!;
    const download = root.querySelector<HTMLAnchorElement>('[data-letter-download]')!;
    const mailto = root.querySelector<HTMLAnchorElement>('[data-letter-mailto]')!;
    let current = '';

    const value = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '';
    const update = () => {
      const fields: LetterFields = { name: value('name'), email: value('email'), jurisdiction: value('jurisdiction') as Jurisdiction | '', details: value('details') };
      const letter = letterText(inEnglish, fields);
      render(root.querySelector('[data-letter-english]'), letter);
      render(root.querySelector('[data-letter-own]'), letterText(inOwn, fields));
      current = `${letter.subject}\n\n${letter.body}\n`;
      const ready = missingFields(fields).length === 0 && !hasPlaceholder(current, inEnglish);
      copy.disabled = !ready;
      for (const link of [download, mailto]) {
        if (ready) link.removeAttribute('aria-disabled');
        else link.setAttribute('aria-disabled', 'true');
      }
      if (ready) {
        download.href = `data:text/plain;charset=utf-8,${encodeURIComponent(current)}`;
        download.download = 'erasure-request.txt';
        mailto.href = mailtoUrl(letter.subject, letter.body);
      } else {
        download.removeAttribute('href');
        download.removeAttribute('download');
        mailto.removeAttribute('href');
      }
      status.textContent = ready ? (messages.ready ?? '') : (messages.notReady ?? '');
    };

    form.addEventListener('input', update);
    form.addEventListener('change', update);
    copy.addEventListener('click', () => {
      void navigator.clipboard.writeText(current).then(() => (status.textContent = messages.copied ?? ''));
    });
    actions.hidden = false;
    update();
  }
}
