/**
 * The preview image (og:image) of a page, as an SVG that sharp turns into a 1200 × 630 PNG at build time: the
 * page's title in its own script and font, the site's name, and a red band; and the key its PNG is cached under.
 * Pure, so the layout and the key are unit-tested. src/integrations/preview-images.ts draws them.
 */
import { createHash } from 'node:crypto';

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
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="${previewWidth}" height="24" fill="#b3261e"/>`,
    `<g font-family="${escapeXml(font)}" fill="#1c1b1f" direction="${dir}" text-anchor="start" xml:lang="${lang}">`,
    text,
    `<text x="${x}" y="${previewHeight - 70}" font-size="34" fill="#4a4750">${escapeXml(siteName)}</text>`,
    `</g>`,
    `</svg>`,
  ].join('');
}

/**
 * How the PNG is encoded, chosen by measurement (bench/README.md): the image has three inks (title, site name, red
 * band) on white, so 16 colours without dithering keep every anti-aliased edge, at about half the CPU time of a
 * full 256-colour palette and two thirds of its bytes; zlib level 6 instead of 9 costs a few per cent in size.
 */
export const previewPngOptions = { palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 } as const;

export interface PreviewKeyInput {
  /** The SVG drawn: title, site name, language, direction, font family and the whole template. */
  svg: string;
  /** The PNG encoder's options. */
  png: Readonly<Record<string, unknown>>;
  /** Versions of the renderer and encoder (sharp.versions: sharp, libvips, librsvg, libimagequant, …). */
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
