/**
 * The preview image (og:image) of a page, 1200 × 630: the page's title in its own script and font and the site's name
 * on white, under a red band; and the key its PNG is cached under. The text is an SVG that sharp draws at build time;
 * its coverage becomes the PNG with the background and the band (src/lib/preview-png.ts, `previewPalette`). Pure, so
 * the layout and the key are unit-tested. src/integrations/preview-images.ts draws them.
 */
import { createHash } from 'node:crypto';
import { inkLevels, type PreviewPalette } from './preview-png.ts';

export const previewWidth = 1200;
export const previewHeight = 630;

/** Characters that take a full em (CJK, Hangul, kana); others are counted as about half an em. */
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

export function textWidthInEm(text: string): number {
  let width = 0;
  for (const character of text) width += wide.test(character) ? 1 : /\p{M}/u.test(character) ? 0 : 0.56;
  return width;
}

/** Breaks a title into lines of at most `maxEm`, at word boundaries as the language defines them. */
export function wrapTitle(title: string, lang: string, maxEm: number): string[] {
  const words = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(title)].map((s) => s.segment);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && textWidthInEm(line + word) > maxEm && word.trim()) {
      lines.push(line.trim());
      line = word.trimStart();
    } else {
      line += word;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface PreviewInput {
  title: string;
  siteName: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  font: string;
}

/** The image's colours and band; the text's are strengths of the ink. */
export const previewPalette: PreviewPalette = { background: '#ffffff', ink: '#1c1b1f', band: '#b3261e', bandHeight: 24 };

/** The site name is lighter than the title (#4d4c4f): one of the palette's ink strengths, so it is drawn exactly. */
const siteNameStrength = (11 / (inkLevels - 1)).toFixed(4);

/** The text layer: the title and the site name, in ink, on nothing (the PNG adds the background and the band). */
export function previewSvg({ title, siteName, lang, dir, font }: PreviewInput): string {
  const margin = 80;
  const usable = previewWidth - 2 * margin;
  let size = 68;
  let lines = wrapTitle(title, lang, usable / size);
  while (lines.length > 4 && size > 40) {
    size -= 6;
    lines = wrapTitle(title, lang, usable / size);
  }
  const lineHeight = Math.round(size * 1.3);
  const top = 170 + Math.max(0, (4 - lines.length) * lineHeight) / 2;
  const x = dir === 'rtl' ? previewWidth - margin : margin;
  const text = lines
    .map((line, i) => `<text x="${x}" y="${top + i * lineHeight}" font-size="${size}" font-weight="700">${escapeXml(line)}</text>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${previewWidth}" height="${previewHeight}" viewBox="0 0 ${previewWidth} ${previewHeight}">`,
    `<g font-family="${escapeXml(font)}" fill="#000000" direction="${dir}" text-anchor="start" xml:lang="${lang}">`,
    text,
    `<text x="${x}" y="${previewHeight - 70}" font-size="34" fill-opacity="${siteNameStrength}">${escapeXml(siteName)}</text>`,
    `</g>`,
    `</svg>`,
  ].join('');
}

/**
 * How the PNG is encoded (src/lib/preview-png.ts): its palette, and zlib level 6 (level 9 costs more time for a few
 * per cent of the size).
 */
export const previewEncoding = { ...previewPalette, levels: inkLevels, zlibLevel: 6 } as const;

export interface PreviewKeyInput {
  /** The SVG drawn: title, site name, language, direction, font family and the whole template. */
  svg: string;
  /** The PNG's encoding: palette, band, levels, zlib level. */
  png: Readonly<Record<string, unknown>>;
  /** Versions of the renderer (sharp.versions: sharp, libvips, librsvg, …) and of the encoder's code. */
  renderer: Readonly<Record<string, string | undefined>>;
  /** What identifies the installed fonts (fontsFingerprint): a font added, removed or updated changes every key. */
  fonts: string;
}

/**
 * The name a rendered PNG is cached under: a hash of everything that changes its pixels, so a cached image can never
 * be stale. The template needs no version number of its own: any change to it changes the SVG.
 */
export function previewImageKey({ svg, png, renderer, fonts }: PreviewKeyInput): string {
  const sorted = (record: Readonly<Record<string, unknown>>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return createHash('sha256')
    .update(JSON.stringify([svg, sorted(png), sorted(renderer), fonts]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * One line per installed font file (`fc-list --format '%{file}|%{index}|%{fontversion}\n'`), in any order, reduced
 * to a short hash: which fonts fontconfig can choose from, including fallbacks for characters a font lacks.
 */
export function fontsFingerprint(fcListOutput: string): string {
  const lines = fcListOutput.split('\n').map((line) => line.trim()).filter(Boolean).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}
