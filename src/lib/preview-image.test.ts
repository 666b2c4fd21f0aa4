import { describe, expect, it } from 'vitest';
import { fontsFingerprint, previewEncoding, previewImageKey, previewSvg, textWidthInEm, wrapTitle } from './preview-image';

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

describe('preview image cache key', () => {
  const korean = { title: '컴퓨터에서 계정 삭제하기', siteName: '알리익스프레스 계정 삭제 안내', lang: 'ko', dir: 'ltr', font: 'Noto Sans CJK KR' } as const;
  const base = { svg: previewSvg(korean), png: previewEncoding, renderer: { sharp: '0.35.5', vips: '8.18.0', rsvg: '2.61.0' }, fonts: 'a1b2' };
  const key = previewImageKey(base);

  it('is the same for the same image, whatever the order of the option and version fields', () => {
    expect(previewImageKey({ ...base })).toBe(key);
    expect(previewImageKey({ ...base, png: Object.fromEntries(Object.entries(previewEncoding).reverse()), renderer: { rsvg: '2.61.0', vips: '8.18.0', sharp: '0.35.5' } })).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ['the title', { svg: previewSvg({ ...korean, title: '휴대폰에서 계정 삭제하기' }) }],
    ['the site name', { svg: previewSvg({ ...korean, siteName: '다른 이름' }) }],
    ['the language', { svg: previewSvg({ ...korean, lang: 'ja' }) }],
    ['the direction', { svg: previewSvg({ ...korean, dir: 'rtl' }) }],
    ['the font family', { svg: previewSvg({ ...korean, font: 'Noto Sans CJK JP' }) }],
    ['the text layer', { svg: previewSvg(korean).replace('font-size="34"', 'font-size="36"') }],
    ['the band colour', { png: { ...previewEncoding, band: '#1e5bb3' } }],
    ['the encoder options', { png: { ...previewEncoding, zlibLevel: 9 } }],
    ['the encoder code', { renderer: { ...base.renderer, encoder: '0f1e2d3c' } }],
    ['the renderer version', { renderer: { ...base.renderer, rsvg: '2.62.0' } }],
    ['the installed fonts', { fonts: 'c3d4' }],
  ])('changes with %s', (_, change) => {
    expect(previewImageKey({ ...base, ...change })).not.toBe(key);
  });

  it('fingerprints the installed fonts whatever order fc-list lists them in, and changes with any font', () => {
    const list = '/usr/share/fonts/NotoSans-Bold.ttf|0|2.013|582748\n/usr/share/fonts/NotoSansCJK-Bold.ttc|1|2.004|20000000\n';
    const reordered = list.split('\n').reverse().join('\n');
    expect(fontsFingerprint(reordered)).toBe(fontsFingerprint(list));
    expect(fontsFingerprint(list.replace('2.004', '2.005'))).not.toBe(fontsFingerprint(list));
    expect(fontsFingerprint(list.replace('20000000', '20000001'))).not.toBe(fontsFingerprint(list));
    expect(fontsFingerprint(`${list}/usr/share/fonts/NotoSansGujarati-Bold.ttf|0|2.002|100000\n`)).not.toBe(fontsFingerprint(list));
  });
});
