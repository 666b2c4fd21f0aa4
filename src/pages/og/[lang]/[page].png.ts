/** Preview images (og:image), one per page and language, rendered from SVG by sharp at build time. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { languageByCode, languages, type LanguageCode } from '../../../i18n/languages';
import { stringsFor } from '../../../i18n/strings';
import { allGuidePages } from '../../../lib/guide-entries';
import { previewSvg } from '../../../lib/preview-image';

// Rendering 240 images takes seconds; the same title in the same font gives the same PNG, so keep them between builds.
const cacheDir = 'node_modules/.cache/preview-images';

export const getStaticPaths = (async () => {
  const pages = await allGuidePages();
  return [
    ...pages.map((page) => ({ params: { lang: page.lang, page: page.slug }, props: { title: page.entry.data.title } })),
    ...languages.map((language) => ({ params: { lang: language.code, page: 'erasure-request' }, props: { title: stringsFor(language.code)('letter.pageTitle') } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const code = params.lang as LanguageCode;
  const language = languageByCode(code);
  const svg = previewSvg({
    title: props.title as string,
    siteName: stringsFor(code)('site.name'),
    lang: language.hreflang,
    dir: language.dir,
    font: language.imageFont,
  });
  const cached = `${cacheDir}/${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`;
  let png: Buffer;
  if (existsSync(cached)) {
    png = readFileSync(cached);
  } else {
    png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true, effort: 1 }).toBuffer();
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, png);
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
