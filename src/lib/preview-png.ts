/**
 * The preview image's PNG, encoded from the coverage of its text layer: every pixel is the background, the band, or
 * the ink at one of a few strengths, colours known before anything is drawn. So the palette is fixed and each pixel's
 * index is read off its coverage, where sharp (libvips) can write a palette PNG only by having libimagequant choose
 * the colours, which took 60 % of the time of each image (bench/README.md). A 4-bit indexed PNG, one zlib stream.
 */
import { crc32, deflateSync } from 'node:zlib';

export interface PreviewPalette {
  /** '#rrggbb' colours: the page, the text at full coverage, and the band across the top. */
  background: string;
  ink: string;
  band: string;
  /** Rows of the band, from the top. */
  bandHeight: number;
}

/** Ink strengths from none (the background) to full: with the band, the 16 colours a 4-bit palette holds. */
export const inkLevels = 15;
const bandIndex = inkLevels;

function rgb(colour: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) throw new Error(`preview colour "${colour}" is not #rrggbb`);
  return [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)];
}

/** The palette's colours: index i < inkLevels is the ink at strength i / (inkLevels - 1) over the background. */
export function paletteColours({ background, ink, band }: PreviewPalette): [number, number, number][] {
  const [from, to] = [rgb(background), rgb(ink)];
  const levels = Array.from({ length: inkLevels }, (_, i) => from.map((value, c) => Math.round(value + ((to[c] - value) * i) / (inkLevels - 1))) as [number, number, number]);
  return [...levels, rgb(band)];
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PNG of `width` × `height` from the text layer's coverage (one byte a pixel, 0 none to 255 full, rows top to
 * bottom): the band's rows in the band colour, every other pixel the background blended with the ink by its
 * coverage, rounded to the nearest of the palette's strengths.
 */
export function previewPng(coverage: Uint8Array, width: number, height: number, palette: PreviewPalette, zlibLevel = 6): Buffer {
  if (coverage.length !== width * height) throw new Error(`coverage has ${coverage.length} values for ${width} × ${height} pixels`);
  const level = new Uint8Array(256).map((_, alpha) => Math.round((alpha * (inkLevels - 1)) / 255));
  const rowBytes = Math.ceil(width / 2);
  // Each row: a filter byte (0, none: recommended for indexed images), then two pixels a byte, high nibble first.
  const rows = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y += 1) {
    const out = y * (rowBytes + 1) + 1;
    if (y < palette.bandHeight) {
      rows.fill((bandIndex << 4) | bandIndex, out, out + rowBytes);
      continue;
    }
    const at = y * width;
    for (let x = 0; x < width; x += 2) {
      const right = x + 1 < width ? level[coverage[at + x + 1]] : 0;
      rows[out + (x >> 1)] = (level[coverage[at + x]] << 4) | right;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 4; // bits a pixel
  header[9] = 3; // indexed colour; compression, filter and interlace methods 0
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(paletteColours(palette).flat())),
    chunk('IDAT', deflateSync(rows, { level: zlibLevel })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
