/** A link that opens a new issue on the project's repository, prefilled with the page it is about. */
export function problemReportUrl(repositoryUrl: string, page: { url: string; lang: string; title: string; lastVerified: string }): string {
  const title = `Problem on ${new URL(page.url).pathname} (${page.lang})`;
  const body = [
    `Page: ${page.url}`,
    `Title: ${page.title}`,
    `Last checked: ${page.lastVerified}`,
    '',
    'What is wrong, missing or out of date? (Please do not post your email address or other personal data here.)',
    '',
  ].join('\n');
  return `${repositoryUrl.replace(/\/$/, '')}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
