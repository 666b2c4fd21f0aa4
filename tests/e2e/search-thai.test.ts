/**
 * Why Thai is cut into words before Pagefind indexes it. Thai has no spaces between words; Pagefind's extended build
 * cuts it with a dictionary of its own, the search box cuts the reader's query with the browser's (Intl.Segmenter),
 * and where the two disagree a word in the middle of a sentence cannot be found: Pagefind keeps ใบแจ้งหนี้ ("invoice")
 * and เหลืออยู่ as one word each, so แจ้ง, หนี้ and อยู่ miss them, and it cuts ไปยังอีเมล into ไปย|ั|งอ|ี|เมล, so อีเมล ("email") misses. This
 * indexes three Thai sentences as written and as the site indexes them (sectionRecord, segmentThai), searches them in
 * Chromium word by word as the search box does, and checks the excerpt a reader sees is the sentence as written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageByCode } from '../../src/i18n/languages';
import { tokensOf } from '../../src/lib/search-query';
import { marksInSearch } from '../../src/lib/search-marks';
import { hitFromFragment, type PagefindFragment } from '../../src/lib/search-results';
import { sectionRecord } from '../../src/lib/search-sections';
import { openServedFolder, type ServedFolder } from '../support/browser';
import { writeIndexFiles } from '../support/pagefind-files';

const sentences = {
  invoices: 'ก่อนลบบัญชีของคุณให้ดาวน์โหลดใบแจ้งหนี้ทั้งหมดเก็บไว้',
  code: 'ระบบจะส่งรหัสยืนยันไปยังอีเมลของคุณภายในไม่กี่นาที',
  coins: 'เหรียญและคูปองที่เหลืออยู่จะหายไปเมื่อลบบัญชี',
};
/** Words from inside the sentences, as a reader types them, with the page that holds each. */
const queries = [
  { query: 'ใบแจ้งหนี้', page: 'invoices' },
  { query: 'ดาวน์โหลด', page: 'invoices' },
  { query: 'อีเมล', page: 'code' },
  { query: 'รหัสยืนยัน', page: 'code' },
  { query: 'คูปอง', page: 'coins' },
  { query: 'เหลืออยู่', page: 'coins' },
];

let root: string;
let served: ServedFolder | undefined;
let page: Page;

async function writeIndex(folder: string, record: (name: string, text: string) => string) {
  const { index } = await pagefind.createIndex({});
  for (const [name, text] of Object.entries(sentences)) await index!.addHTMLFile({ url: `/${name}/`, content: record(name, text) });
  await writeIndexFiles(index!, join(root, folder, 'pagefind'));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'guide-thai-'));
  await writeIndex('as-written', (name, text) => `<html lang="th"><head></head><body><h1>${name}</h1><p>${text}</p></body></html>`);
  await writeIndex('site', (name, text) => sectionRecord({ lang: 'th', title: name, sections: [] }, { title: name, blocks: [text], searchWords: [] }, marksInSearch(languageByCode('th'))));
  await pagefind.close();
  served = await openServedFolder(root);
  page = served.page;
});

afterAll(async () => {
  await served?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Each word of the query searched on its own, as the search box does: the pages that hold every word, and the fragments. */
async function search(folder: string, query: string): Promise<{ pages: string[]; fragments: { fragment: PagefindFragment; locations: number[] }[] }> {
  const words = tokensOf(query, 'th');
  return page.evaluate(`(async () => {
    const instance = (await import('/${folder}/pagefind/pagefind.js')).createInstance({ basePath: '/${folder}/pagefind/', noWorker: true });
    await instance.options({ exactDiacritics: true });
    let pages;
    const fragments = [];
    for (const word of ${JSON.stringify(words)}) {
      const search = await instance.search(word);
      const found = [];
      for (const result of search.results) {
        const fragment = await result.data();
        found.push(fragment.url.split('/').filter(Boolean).pop());
        fragments.push({ fragment, locations: fragment.locations });
      }
      pages = pages ? pages.filter((p) => found.includes(p)) : found;
    }
    await instance.destroy();
    return { pages: pages.sort(), fragments };
  })()`);
}

describe('Thai search', () => {
  it('cuts the query into the words the browser sees', () => {
    expect(tokensOf('ใบแจ้งหนี้', 'th')).toEqual(['ใบ', 'แจ้ง', 'หนี้']);
  });

  it('as written, Pagefind misses words from inside a sentence', async () => {
    const missed = [];
    for (const { query, page: expected } of queries) if (!(await search('as-written', query)).pages.includes(expected)) missed.push(query);
    expect(missed).toEqual(['ใบแจ้งหนี้', 'อีเมล', 'เหลืออยู่']);
  });

  it('as the site indexes it, every word finds its page, and only its page', async () => {
    for (const { query, page: expected } of queries) expect((await search('site', query)).pages, query).toEqual([expected]);
  });

  it('shows the excerpt as written: the word boundaries are invisible', async () => {
    const { fragments } = await search('site', 'อีเมล');
    const hit = hitFromFragment(fragments[0].fragment, fragments[0].locations, () => undefined, 40);
    expect(`${sentences.code}.`).toContain(hit.excerpt.replace(/<\/?mark>/g, ''));
    expect(hit.excerpt).toContain('<mark>อีเมล</mark>');
    expect(hit.excerpt).not.toMatch(/[\u200B ]\p{Script=Thai}/u);
  });
});
