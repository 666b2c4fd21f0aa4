// The readable text of the built pages of one or more languages, for a native reviewer reading a translation beside
// English (README, Translation status):
//
//   npm run page-text -- ko en        writes reports/page-text/ko.txt and en.txt from dist/
//
// Each page gives its <title>, description and the text of <main> as a reader sees it: headings marked with #, list
// items with -, English inside another language as ⟦en: …⟧ so untagged English stands out. Hidden and aria-hidden
// parts (search words, decorative copies) are left out.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { isLanguageCode } from '../src/i18n/languages.ts';
import { guidePageSlugs, toolPageSlugs } from '../src/lib/guide-pages.ts';

const ELEMENT = 1;
const TEXT = 3;
const skipped = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'NOSCRIPT']);
const blocks = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'DT', 'DD', 'TD', 'TH', 'FIGCAPTION', 'SUMMARY', 'BLOCKQUOTE', 'PRE', 'LABEL', 'OPTION', 'LEGEND', 'BUTTON', 'TEXTAREA', 'CAPTION', 'DIV', 'SECTION', 'TR', 'BR']);

function textOf(node: Node, pageLang: string, out: string[]): void {
  if (node.nodeType === TEXT) {
    out.push((node as unknown as { text: string }).text);
    return;
  }
  if (node.nodeType !== ELEMENT) return;
  const element = node as HTMLElement;
  if (skipped.has(element.tagName) || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;
  const block = blocks.has(element.tagName);
  if (block) out.push('\n');
  if (/^H[1-4]$/.test(element.tagName)) out.push(`${'#'.repeat(Number(element.tagName[1]))} `);
  if (element.tagName === 'LI') out.push('- ');
  const lang = element.getAttribute('lang');
  const marked = lang !== undefined && lang !== pageLang;
  if (marked) out.push(`⟦${lang}: `);
  for (const child of element.childNodes) textOf(child, pageLang, out);
  if (marked) out.push('⟧');
  if (block) out.push('\n');
}

export function pageText(html: string): string {
  const root = parse(html);
  const pageLang = root.querySelector('html')?.getAttribute('lang') ?? '';
  const parts: string[] = [];
  textOf(root.querySelector('main') ?? root, pageLang, parts);
  const title = root.querySelector('title')?.text ?? '';
  const description = root.querySelector('meta[name=description]')?.getAttribute('content') ?? '';
  const body = parts.join('').replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n\n').trim();
  return `[title] ${title}\n[description] ${description}\n${body}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const codes = process.argv.slice(2);
  const unknown = codes.filter((code) => !isLanguageCode(code));
  if (codes.length === 0 || unknown.length > 0) {
    console.error(`usage: npm run page-text -- <lang> [<lang> …]${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
    process.exit(2);
  }
  const out = join('reports', 'page-text');
  mkdirSync(out, { recursive: true });
  for (const code of codes) {
    const pages = [...guidePageSlugs, ...toolPageSlugs].map((slug) => (slug === 'index' ? '' : slug)).map((slug) => `/${code}/${slug ? `${slug}/` : ''}`);
    const missing = pages.filter((path) => !existsSync(join('dist', path, 'index.html')));
    if (missing.length > 0) {
      console.error(`dist/ lacks ${missing.join(', ')}: run npm run build first`);
      process.exit(1);
    }
    const text = pages.map((path) => `======== ${path} ========\n${pageText(readFileSync(join('dist', path, 'index.html'), 'utf8'))}`).join('\n\n');
    writeFileSync(join(out, `${code}.txt`), `${text}\n`);
    console.log(`${join(out, `${code}.txt`)}: ${pages.length} pages`);
  }
}
