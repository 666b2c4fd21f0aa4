import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inkLevels, paletteColours, previewPng, type PreviewPalette } from './preview-png';

const palette: PreviewPalette = { background: '#ffffff', ink: '#1c1b1f', band: '#b3261e', bandHeight: 1 };

/** The PNG decoded by libvips (through sharp), not by our own code: [r, g, b] of each pixel, row by row. */
async function pixels(png: Buffer): Promise<{ width: number; height: number; colours: number[][] }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const colours = Array.from({ length: info.width * info.height }, (_, i) => [...data.subarray(i * info.channels, i * info.channels + 3)]);
  return { width: info.width, height: info.height, colours };
}

describe('the preview PNG', () => {
  it('has the background, the ink at full strength and the band in its palette, the ink strengths between them', () => {
    const colours = paletteColours(palette);
    expect(colours).toHaveLength(16);
    expect(colours[0]).toEqual([0xff, 0xff, 0xff]);
    expect(colours[inkLevels - 1]).toEqual([0x1c, 0x1b, 0x1f]);
    expect(colours[inkLevels]).toEqual([0xb3, 0x26, 0x1e]);
    for (let i = 1; i < inkLevels; i += 1) expect(colours[i][0]).toBeLessThan(colours[i - 1][0]);
  });

  it('draws the band rows in the band colour and every other pixel as the ink blended by its coverage, an odd width too', async () => {
    const width = 5;
    // Row 0 is the band whatever its coverage; rows 1-3: none, full, half, and a faint edge.
    const coverage = Uint8Array.from([255, 0, 128, 0, 255, 0, 0, 0, 0, 0, 255, 255, 255, 255, 255, 0, 128, 10, 250, 0]);
    const { width: w, height, colours } = await pixels(previewPng(coverage, width, 4, palette));
    expect([w, height]).toEqual([5, 4]);
    const [background, ink, band] = [[0xff, 0xff, 0xff], [0x1c, 0x1b, 0x1f], [0xb3, 0x26, 0x1e]];
    expect(colours.slice(0, 5)).toEqual([band, band, band, band, band]);
    expect(colours.slice(5, 10)).toEqual([background, background, background, background, background]);
    expect(colours.slice(10, 15)).toEqual([ink, ink, ink, ink, ink]);
    const strength = (alpha: number) => paletteColours(palette)[Math.round((alpha * (inkLevels - 1)) / 255)];
    expect(colours.slice(15, 20)).toEqual([background, strength(128), strength(10), strength(250), background]);
    expect(strength(128)).toEqual([142, 141, 143]); // half way from white to #1c1b1f, rounded
  });

  it('is a 4-bit indexed PNG', () => {
    const png = previewPng(new Uint8Array(8 * 2), 8, 2, palette);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png[24], png[25]]).toEqual([4, 3]);
  });

  it('refuses coverage of another size and a colour that is not #rrggbb', () => {
    expect(() => previewPng(new Uint8Array(7), 4, 2, palette)).toThrow('coverage has 7 values for 4 × 2 pixels');
    expect(() => previewPng(new Uint8Array(8), 4, 2, { ...palette, ink: 'black' })).toThrow('preview colour "black" is not #rrggbb');
  });
});
