/**
 * The preview image (og:image) of a page, as an SVG that sharp turns into a 1200 × 630 PNG at build time: the
 * page's title in its own script and font, the site's name, and a red band. Pure, so the layout is unit-tested.
 */
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
