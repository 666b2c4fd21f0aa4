/**
 * The repository readers report problems on, from the deploy's PROBLEM_REPORT_REPO ("owner/name"): its address, or
 * undefined when the setting is empty, so the pages show no link. A malformed value stops the build saying why.
 */
export function problemReportRepositoryUrl(setting: string | undefined): string | undefined {
  const value = setting?.trim();
  if (!value) return undefined;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/.test(value) || value.endsWith('/.') || value.endsWith('/..')) {
    throw new Error(`PROBLEM_REPORT_REPO must be a GitHub repository written owner/name, such as my-org/aliexpress-guide (found "${value}")`);
  }
  return `https://github.com/${value}`;
}

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
