/**
 * The site's security policy, defined once: the CSP meta tag in every page and the `_headers` file that Netlify and
 * Cloudflare Pages read are both built from here.
 */

/** Directives that work in a <meta> tag. Scripts only from this site; WebAssembly for Pagefind's search. */
export const contentSecurityPolicyDirectives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'form-action': "'self'",
  'base-uri': "'none'",
  'object-src': "'none'",
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
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${root}pagefind/fragment/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    `${root}pagefind/index/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
