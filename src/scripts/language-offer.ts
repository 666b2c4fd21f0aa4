/** Shows the offer of the reader's preferred language, unless they dismissed it before. Never redirects. */
import { offeredLanguage } from '../lib/language-offer';

const dismissedKey = 'language-offer-dismissed';

export function offerPreferredLanguage(): void {
  const offer = document.querySelector<HTMLElement>('[data-language-offer]');
  if (!offer) return;
  showOfferIfWanted(offer);
  // Marks that the choice is made (shown or not), so that a test can wait for it instead of for a time.
  offer.dataset.languageOfferChecked = '';
}

function showOfferIfWanted(offer: HTMLElement): void {
  const links = [...offer.querySelectorAll<HTMLAnchorElement>('a[hreflang]')];
  const dismissed = (localStorage.getItem(dismissedKey) ?? '').split(' ');
  const tag = offeredLanguage(navigator.languages, [document.documentElement.lang, ...links.map((a) => a.hreflang)], document.documentElement.lang);
  const link = links.find((a) => a.hreflang === tag);
  if (!tag || !link || dismissed.includes(tag)) return;
  link.hidden = false;
  offer.hidden = false;
  offer.querySelector('[data-language-offer-dismiss]')?.addEventListener('click', () => {
    localStorage.setItem(dismissedKey, [...dismissed.filter(Boolean), tag].join(' '));
    offer.hidden = true;
  });
}
