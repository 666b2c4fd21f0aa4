/** Fills the erasure-request letter as the reader types; nothing leaves the browser until they send it themselves. */
import { letterOutputs, type Letter, type LetterRecipients, type LetterTexts } from '../lib/erasure-letter';
import { fillPlaceholders } from '../lib/fill-placeholders';

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
    const $ = <E extends HTMLElement>(selector: string) => root.querySelector<E>(selector)!;
    // The reader's language, unless the page is in English.
    const { english, own = english, recipients } = JSON.parse($('[data-letter-data]').textContent!) as { english: LetterTexts; own?: LetterTexts; recipients: LetterRecipients };
    const form = $('[data-letter-form]');
    const status = $('[data-letter-status]');
    const messages = $('.letter-messages').dataset;
    const copy = $<HTMLButtonElement>('[data-letter-copy]');
    const download = $<HTMLAnchorElement>('[data-letter-download]');
    const mailto = $<HTMLAnchorElement>('[data-letter-mailto]');
    const hint = $('[data-letter-hint]');
    let current = '';
    let to = '';

    const value = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value;
    // With an address, messages name it; without one (a place whose requests go elsewhere), they do not.
    const say = (withAddress = '', without = '') => (status.textContent = to ? fillPlaceholders(withAddress, { address: to }) : without);
    const update = () => {
      const place = value('jurisdiction');
      // Everything is worked out before the page changes, so the letter shown and what copy, download and email
      // give can never disagree.
      const letter = letterOutputs({ name: value('name'), email: value('email'), jurisdiction: place, details: value('details') }, english, own, recipients);
      render($('[data-letter-english]'), letter.english);
      render(root.querySelector('[data-letter-own]'), letter.own);
      current = letter.text;
      to = letter.recipients.join(', ');
      copy.disabled = !letter.ready;
      enable(download, letter.ready ? letter.downloadUrl : undefined);
      if (letter.ready) download.download = 'erasure-request.txt';
      else download.removeAttribute('download');
      enable(mailto, letter.ready ? letter.mailtoUrl : undefined);
      // Why there is no email link: the letter is too long for one, or the place has no address. Empty otherwise, so
      // the link's description (aria-describedby) says nothing stale.
      hint.textContent = letter.ready && !letter.mailtoUrl ? (to ? hint.dataset.tooLong : hint.dataset.noRecipient)! : '';
      hint.hidden = !hint.textContent;
      if (letter.ready) say(messages.ready, messages.readyNoAddress);
      else status.textContent = messages.notReady!;
      // The advice for the chosen place; before a choice, for the places readers of this language most likely live.
      const known = Object.hasOwn(english.places, place);
      for (const item of document.querySelectorAll<HTMLElement>('[data-advice-place]')) {
        item.hidden = known ? item.dataset.advicePlace !== place : !('forReaders' in item.dataset);
      }
    };

    form.addEventListener('input', update);
    form.addEventListener('change', update);
    copy.addEventListener('click', () => void navigator.clipboard.writeText(current).then(() => say(messages.copied, messages.copiedNoAddress)));
    $('[data-letter-actions]').hidden = false;
    update();
  }
}
