/** Fills the erasure-request letter as the reader types; nothing leaves the browser until they send it themselves. */
import { letterOutputs, type Jurisdiction, type Letter, type LetterFields } from '../lib/erasure-letter';

function render(target: HTMLElement | null, letter: Letter) {
  if (!target) return;
  const subject = document.createElement('strong');
  subject.textContent = letter.subject;
  target.replaceChildren(subject, `\n\n${letter.body}`);
}

function enable(link: HTMLAnchorElement, href: string | undefined) {
  if (href) {
    link.href = href;
    link.removeAttribute('aria-disabled');
  } else {
    link.removeAttribute('href');
    link.setAttribute('aria-disabled', 'true');
  }
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
    const tooLong = root.querySelector<HTMLElement>('[data-letter-too-long]')!;
    let current = '';

    const value = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)?.value ?? '';
    const update = () => {
      const fields: LetterFields = { name: value('name'), email: value('email'), jurisdiction: value('jurisdiction') as Jurisdiction | '', details: value('details') };
      // Everything is worked out before the page changes, so the letter shown and what copy, download and email
      // give can never disagree.
      const letter = letterOutputs(fields, inEnglish, inOwn);
      render(root.querySelector('[data-letter-english]'), letter.english);
      render(root.querySelector('[data-letter-own]'), letter.own);
      current = letter.text;
      copy.disabled = !letter.ready;
      enable(download, letter.ready ? letter.downloadUrl : undefined);
      if (letter.ready) download.download = 'erasure-request.txt';
      else download.removeAttribute('download');
      enable(mailto, letter.ready ? letter.mailtoUrl : undefined);
      tooLong.hidden = !letter.ready || letter.mailtoUrl !== undefined;
      if (tooLong.hidden) mailto.removeAttribute('aria-describedby');
      else mailto.setAttribute('aria-describedby', tooLong.id);
      status.textContent = letter.ready ? (messages.ready ?? '') : (messages.notReady ?? '');
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
