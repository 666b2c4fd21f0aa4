/**
 * The site's security policy, defined once: the CSP meta tag in every page and the `_headers` file that Netlify and
 * Cloudflare Pages read are both built from here.
 */

/**
 * Directives that work in a <meta> tag: everything only from this site, and only what the pages use (no fonts, no
 * manifest, no `data:` images). 'wasm-unsafe-eval' stays: the search box runs Pagefind on the page's own thread
 * (src/scripts/pagefind-client.ts: its worker script would add 11 KB to a first search), so Pagefind's WebAssembly
 * is compiled under this policy. It allows compiling WebAssembly only; scripts still come from this site alone.
 */
export const contentSecurityPolicyDirectives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self'",
  'connect-src': "'self'",
  'form-action': "'self'",
  'base-uri': "'none'",
  'object-src': "'none'",
};

/**
 * The policy of Pagefind's web worker (`pagefind/pagefind-worker.js`), which Pagefind still writes though the search
 * box no longer starts it. A worker started from a URL takes its policy
 * from that script's response headers, not from the page that starts it (HTML "run a worker", CSP 3), so the page's
 * meta tag never reaches it. It loads the index and compiles Pagefind's WebAssembly, which needs
 * 'wasm-unsafe-eval'. Where `_headers` is ignored (GitHub Pages) the worker runs with no policy at all.
 */
export const searchWorkerPolicyDirectives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'connect-src': "'self'",
};

/** Directives that browsers ignore (and warn about) in a <meta> tag, so they are sent only as a header. */
const headerOnlyDirectives: Record<string, string> = {
  'frame-ancestors': "'none'",
  'upgrade-insecure-requests': '',
};

export function serializePolicy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => (value ? `${name} ${value}` : name))
    .join('; ');
}

export const metaContentSecurityPolicy = serializePolicy(contentSecurityPolicyDirectives);

/** The `_headers` file for Netlify and Cloudflare Pages, for a site served under `base` ("/" or "/guide/"). */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const csp = serializePolicy({ ...contentSecurityPolicyDirectives, ...headerOnlyDirectives });
  return [
    `${root}*`,
    `  Content-Security-Policy: ${csp}`,
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  X-Frame-Options: DENY',
    // Cloudflare Pages would join a second Content-Security-Policy to the one above with a comma (two policies, both
    // enforced). "!" drops the inherited one first, so the worker gets only its own, narrower policy; Netlify skips
    // that line and lets the later rule's value replace the earlier one.
    `${root}pagefind/*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${serializePolicy(searchWorkerPolicyDirectives)}`,
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${root}pagefind/fragment/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${root}pagefind/index/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
