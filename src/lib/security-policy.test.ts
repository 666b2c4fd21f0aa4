import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/serve.mjs';
import { headersFile, metaContentSecurityPolicy, searchWorkerPolicyDirectives, serializePolicy } from './security-policy';

describe('security policy', () => {
  it('lets pages run scripts only from the site and compile WebAssembly (search runs Pagefind on the page), never unsafe-inline or unsafe-eval', () => {
    expect(metaContentSecurityPolicy).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(metaContentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
  });

  it('allows nothing the pages do not use: no data: images, fonts or manifest', () => {
    expect(metaContentSecurityPolicy).toContain("img-src 'self';");
    expect(metaContentSecurityPolicy).not.toMatch(/data:|font-src|manifest-src/);
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

describe('_headers as a host combines it (Cloudflare Pages: matching rules in order, a header set twice is joined)', () => {
  const rules = parseHeadersFile(headersFile('/guide/'));

  it('a page gets the pages’ policy plus the header-only directives', () => {
    const headers = headersFor(rules, '/guide/ko/desktop/');
    expect(headers['content-security-policy']).toBe(`${metaContentSecurityPolicy}; frame-ancestors 'none'; upgrade-insecure-requests`);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it('Pagefind’s worker gets only its own policy, which allows WebAssembly', () => {
    const headers = headersFor(rules, '/guide/pagefind/pagefind-worker.js');
    expect(headers['content-security-policy']).toBe(serializePolicy(searchWorkerPolicyDirectives));
    expect(headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headersFor(rules, '/guide/pagefind/index/ko_1a2b.pf_index')['cache-control']).toContain('immutable');
  });
});
