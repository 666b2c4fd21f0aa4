// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { writeFileSync } from 'node:fs';
import { previewImages } from './src/integrations/preview-images.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { headersFile } from './src/lib/security-policy.ts';
import { sitemapOptions } from './src/lib/sitemap-options.ts';

// The published origin and the folder the site lives in. Override both for a deploy: SITE_URL=https://… BASE_PATH=/guide/
const site = process.env.SITE_URL ?? 'https://aliexpress-deletion.guide';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Astro's content-layer data store (each guide page's parsed model) beside the build's other caches, in the one
  // folder the deploy workflow and .ci/run keep between runs: a page whose text is unchanged is not parsed again.
  cacheDir: './node_modules/.cache/astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One shared, cacheable stylesheet for every page instead of CSS repeated inside each HTML file.
    inlineStylesheets: 'never',
    // Two pages at a time (measured in bench/: the machines have two cores).
    concurrency: 2,
  },
  // Plain <pre><code>: Shiki's inline colour styles would break the CSP and add weight for a few letter templates.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      // Keep the search script a separate, cacheable file rather than inlined into every page.
      assetsInlineLimit: 0,
      rollupOptions: {
        onwarn(warning, warn) {
          // Known noise from Vite 8 with MDX (withastro/astro#18087); harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    mdx(),
    // Before the preview images: Astro runs the integrations' build:done one after another, and the images still
    // being drawn when the pages are done go on drawing while the search index is written.
    searchIndex(),
    previewImages(),
    sitemap(sitemapOptions(site, base)),
    {
      // public/ cannot hold _headers: its paths depend on the base path, and its CSP must match the pages' meta tag.
      name: 'security-headers',
      hooks: { 'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile(base)) },
    },
  ],
});
