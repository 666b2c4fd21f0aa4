/** Clicking a step's "#" puts the step in the address bar, as a plain link would, and copies that address. */
export function copyStepLinks(): void {
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-step-link]');
    if (!link || !navigator.clipboard) return;
    event.preventDefault();
    history.replaceState(null, '', link.hash);
    document.getElementById(link.hash.slice(1))?.scrollIntoView();
    navigator.clipboard.writeText(location.href).then(
      () => {
        status.textContent = link.dataset.copied ?? '';
        link.classList.add('copied');
        setTimeout(() => link.classList.remove('copied'), 2000);
      },
      () => (location.hash = link.hash),
    );
  });
}
