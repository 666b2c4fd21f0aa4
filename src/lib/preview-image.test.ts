import { describe, expect, it } from 'vitest';
import { previewSvg, textWidthInEm, wrapTitle } from './preview-image';

describe('preview image layout', () => {
  it('counts CJK and Hangul as full width and Latin as about half', () => {
    expect(textWidthInEm('계정')).toBe(2);
    expect(textWidthInEm('ab')).toBeCloseTo(1.12);
  });

  it('wraps at word boundaries within the width', () => {
    const lines = wrapTitle('Delete your AliExpress account on a computer, step by step', 'en', 16);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidthInEm(line)).toBeLessThanOrEqual(16);
    expect(lines.join(' ')).toBe('Delete your AliExpress account on a computer, step by step');
  });

  it('puts right-to-left titles at the right edge and escapes markup', () => {
    const svg = previewSvg({ title: 'حذف <الحساب>', siteName: 'S & S', lang: 'ar', dir: 'rtl', font: 'Noto Sans Arabic' });
    expect(svg).toContain('direction="rtl"');
    expect(svg).toContain('x="1120"');
    expect(svg).toContain('&lt;الحساب&gt;');
    expect(svg).toContain('S &amp; S');
    expect(svg).toContain('font-family="Noto Sans Arabic"');
  });
});
