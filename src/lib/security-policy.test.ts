import { describe, expect, it } from 'vitest';
import { headersFile, metaContentSecurityPolicy } from './security-policy';

describe('security policy', () => {
  it('allows scripts only from the site, with WebAssembly but never unsafe-inline or unsafe-eval', () => {
    expect(metaContentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(metaContentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
  });

  it('writes _headers for the base path, with the header-only directives and long caching of hashed files', () => {
    const file = headersFile('/guide/');
    expect(file.split('\n')[0]).toBe('/guide/*');
    expect(file).toContain("frame-ancestors 'none'");
    expect(file).toMatch(/^\/guide\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    for (const header of ['Strict-Transport-Security', 'X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy']) {
      expect(file).toContain(header);
    }
  });
});
