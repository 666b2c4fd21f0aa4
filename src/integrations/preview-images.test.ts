import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { languages } from '../i18n/languages';
import { guidePageSlugs, toolPageSlugs } from '../lib/guide-pages';
import sharp from 'sharp';
import { previewPalette, previewSvg } from '../lib/preview-image';
import { drawEach, drawPreview } from './preview-image-drawer';
import { languagesWithoutFont, previewJobs } from './preview-images';

const root = mkdtempSync(join(tmpdir(), 'preview-jobs-'));
cpSync('content/guides', join(root, 'content/guides'), { recursive: true });
cpSync('src/i18n/strings', join(root, 'src/i18n/strings'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the drawer', () => {
  it('draws each text layer into a PNG of the same size, on the background and under the band, and sends it with its index', async () => {
    // A solid square of text-coloured ink at three places, as a title glyph would cover them.
    const svg = (x: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><rect x="${x}" y="20" width="10" height="10" fill="#000"/></svg>`;
    const sent: { index: number; png: Uint8Array }[] = [];
    await drawEach({ svgs: [svg(0), svg(20), svg(40)] }, (message) => {
      if ('index' in message) sent.push(message);
    });
    expect(sent.map((m) => m.index).toSorted()).toEqual([0, 1, 2]);
    const colourAt = (data: Buffer, channels: number, x: number, y: number) => [...data.subarray((y * 60 + x) * channels, (y * 60 + x) * channels + 3)];
    for (const { index, png } of sent) {
      const { data, info } = await sharp(Buffer.from(png)).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([60, 40]);
      expect(colourAt(data, info.channels, 30, previewPalette.bandHeight - 1)).toEqual([0xb3, 0x26, 0x1e]);
      expect(colourAt(data, info.channels, index * 20 + 5, 25)).toEqual([0x1c, 0x1b, 0x1f]);
      expect(colourAt(data, info.channels, ((index + 1) % 3) * 20 + 5, 25)).toEqual([0xff, 0xff, 0xff]);
    }
  });

  it('draws a real title: ink where the text is, the site name lighter, white around it', async () => {
    const svg = previewSvg({ title: 'Delete your account', siteName: 'Guide', lang: 'en', dir: 'ltr', font: 'Noto Sans' });
    const { data, info } = await sharp(await drawPreview(svg)).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([1200, 630]);
    const row = (y: number) => Array.from({ length: info.width }, (_, x) => data[(y * info.width + x) * info.channels]);
    const darkest = (from: number, to: number) => Math.min(...Array.from({ length: to - from }, (_, i) => Math.min(...row(from + i))));
    expect(darkest(100, 300)).toBe(0x1c); // the title, in full ink
    expect(darkest(520, 580)).toBe(0x4d); // the site name, lighter
    expect(darkest(40, 90)).toBe(0xff); // nothing between the band and the title
  });
});

describe('preview images to draw', () => {
  it('one per page and language, at the path the pages link', () => {
    const files = previewJobs(root).map((job) => job.file);
    expect(files).toHaveLength(languages.length * (guidePageSlugs.length + toolPageSlugs.length));
    expect(files).toContain('og/ko/desktop.png');
    expect(files).toContain('og/he/erasure-request.png');
    expect(new Set(files).size).toBe(files.length);
  });

  it("takes the title from the page's frontmatter, the English page's where a language lacks the page, and the tool's from the UI strings", () => {
    writeFileSync(join(root, 'content/guides/ko/desktop.mdx'), '---\ntitle: "컴퓨터에서 계정 삭제: 새 제목"\n---\n\nText.\n');
    writeFileSync(join(root, 'content/guides/ko/index.mdx'), '---\ntitle: >-\n  접힌\n  제목\nnavTitle: 개요\n---\n');
    writeFileSync(join(root, 'content/guides/ja/index.mdx'), '---\ntitle: 一行目\n  二行目\nnavTitle: 概要\n---\n');
    rmSync(join(root, 'content/guides/ko/faq.mdx'));
    const jobs = new Map(previewJobs(root).map((job) => [job.file, job]));
    expect(jobs.get('og/ko/desktop.png')?.title).toBe('컴퓨터에서 계정 삭제: 새 제목');
    expect(jobs.get('og/ko/desktop.png')?.svg).toContain('xml:lang="ko"');
    expect(jobs.get('og/ko/index.png')?.title).toBe('접힌 제목');
    expect(jobs.get('og/ja/index.png')?.title).toBe('一行目 二行目');
    expect(jobs.get('og/ko/faq.png')?.title).toBe(jobs.get('og/en/faq.png')?.title);
    expect(jobs.get('og/ko/faq.png')?.svg).toContain('font-family="Noto Sans CJK KR"');
    expect(jobs.get('og/en/erasure-request.png')?.title).toBe('Write to AliExpress to erase your personal data');
  });
});

describe('fonts for the preview images', () => {
  const font = (family: string, langs: string) => `/usr/share/fonts/${family}.ttf\t0\t131138\t${family}\t${langs}`;
  const all = languages.map((l) => font(l.imageFont, l.hreflang.split('-')[0]));

  it('finds every language covered when its font is installed for it, the family named among others', () => {
    expect(languagesWithoutFont([...all, font('Noto Sans CJK KR,Noto Sans CJK KR Bold', 'ja|ko|zh-tw')].join('\n'))).toEqual([]);
  });

  it('names the languages whose font is missing or does not cover them', () => {
    const withoutGujarati = all.filter((line) => !line.includes('Gujarati'));
    expect(languagesWithoutFont(withoutGujarati.join('\n'))).toEqual(['gu']);
    expect(languagesWithoutFont([...withoutGujarati, font('Noto Sans Gujarati', 'hi|mr')].join('\n'))).toEqual(['gu']);
    expect(languagesWithoutFont('')).toEqual(languages.map((l) => l.code));
  });
});

describe('astro.config.mjs', () => {
  it('loads in plain Node, so Astro does not fall back to a Vite server to read it', () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./astro.config.mjs')"], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
