/**
 * Which languages search with their marks (searchExactDiacritics in src/i18n/languages.ts), measured. Pagefind (since
 * its PR #995, in the pinned 1.5.2) strips combining marks before matching unless told otherwise:
 * - Gujarati keeps them: its marks are vowel signs, so ખાતું ("account"), ખત ("letter") and ખાતરી ("assurance") all
 *   become ખત… and match each other.
 * - Thai keeps them: its vowel and tone marks are combining marks, so ส่ง ("send") and สิ่ง ("thing") both become สง.
 * - Vietnamese strips them: readers often type without tones ("xoa tai khoan"), and the words that fold together
 *   (mã "code" and mà "but", tải "download" and tại "at", mất "lose" and mật "secret") still rank their own page
 *   first, because Pagefind scores the exact form higher.
 * - Russian strips them: the pages may write ё and readers type е (счёт, счет); NFD makes ё an е with a diaeresis.
 *   Ukrainian too: ї and й fold into і and и, and no two words of the guide's vocabulary merge.
 * Each language gets two tiny indexes written as the site writes its records (sectionRecord), one with the marks
 * ignored and one with them kept as the site would keep them (src/lib/search-marks.ts: stand-in letters where words
 * are separated by spaces, Pagefind's exactDiacritics for Thai), searched in Chromium with Pagefind's own pagefind.js,
 * the query written as the search box writes it (queryWords, maskMarks, rankPages).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageByCode, type LanguageCode } from '../../src/i18n/languages';
import { marksInSearch, maskMarks, type MarksInSearch } from '../../src/lib/search-marks';
import { queryWords } from '../../src/lib/search-query';
import { rankPages } from '../../src/lib/search-ranking';
import { sectionRecord } from '../../src/lib/search-sections';
import { openServedFolder, type ServedFolder } from '../support/browser';
import { writeIndexFiles } from '../support/pagefind-files';

const pagesByLanguage: Partial<Record<LanguageCode, Record<string, string>>> = {
  gu: {
    account: 'તમારું ખાતું બંધ કરતાં પહેલાં ઓર્ડર પૂરા કરો.',
    letter: 'ડેટા પ્રોટેક્શન અધિકારીને ખત મોકલો.',
    assurance: 'ડેટા ભૂંસાયો છે તેની ખાતરી માગો.',
  },
  th: {
    send: 'ระบบจะส่งรหัสไปยังอีเมลของคุณ',
    things: 'สิ่งที่ควรทำก่อนลบบัญชี',
  },
  vi: {
    delete: 'Xóa tài khoản AliExpress trên máy tính của bạn.',
    code: 'Nhập mã xác minh được gửi đến email của bạn.',
    coins: 'Bạn sẽ mất xu và phiếu giảm giá còn lại.',
    password: 'Đăng nhập bằng mật khẩu của bạn tại trang web.',
    orders: 'Hoàn tất mọi đơn hàng mà bạn đang chờ trước khi xóa.',
    download: 'Tải xuống hóa đơn trước, vì sau đó không thể lấy lại.',
  },
  ru: {
    account: 'Ваш счёт и все заказы будут удалены навсегда.',
    login: 'Войдите в аккаунт на компьютере.',
    code: 'Введите код подтверждения, который пришёл на почту.',
  },
  uk: {
    account: 'Ваш обліковий запис буде видалено назавжди.',
    her: 'Її замовлення та купони зникнуть.',
    login: 'Увійдіть у свій акаунт на комп’ютері.',
    code: 'Введіть код підтвердження з пошти.',
  },
};

/** How a language's marks would be kept if its searchExactDiacritics were true. */
const kept = (lang: LanguageCode) => marksInSearch({ hreflang: languageByCode(lang).hreflang, searchExactDiacritics: true });
/** How the site treats a language's marks. */
const siteMarks = (lang: LanguageCode) => marksInSearch(languageByCode(lang));

let root: string;
let served: ServedFolder | undefined;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'guide-diacritics-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="en"><head><title>marks</title></head><body></body></html>');
  for (const [lang, pages] of Object.entries(pagesByLanguage) as [LanguageCode, Record<string, string>][]) {
    for (const marks of new Set<MarksInSearch>(['ignored', kept(lang)])) {
      const { index } = await pagefind.createIndex({});
      for (const [name, text] of Object.entries(pages)) {
        const record = sectionRecord({ lang: languageByCode(lang).hreflang, title: name, sections: [] }, { title: name, blocks: [text], searchWords: [] }, marks);
        await index!.addHTMLFile({ url: `/${name}/`, content: record });
      }
      await writeIndexFiles(index!, join(root, lang, marks, 'pagefind'));
    }
  }
  await pagefind.close();
  served = await openServedFolder(root);
  page = served.page;
});

afterAll(async () => {
  await served?.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * For each query form in turn, the records found in the index of `lang` written with `marks`, searched as the search
 * box searches it (a masked language's query masked too; exactDiacritics unless the marks are ignored).
 */
async function searchForms(lang: LanguageCode, marks: MarksInSearch, forms: readonly string[]): Promise<{ page: string; score: number; locations: number[] }[][]> {
  const written = forms.map((form) => (marks === 'masked' ? maskMarks(form) : form));
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  return page.evaluate(`(async () => {
    // No web worker: under a busy machine its 5 s start-up timeout made Pagefind give up loading the index.
    const instance = (await import('/${lang}/${marks}/pagefind/pagefind.js')).createInstance({ basePath: '/${lang}/${marks}/pagefind/', noWorker: true });
    await instance.options({ baseUrl: '/', exactDiacritics: ${JSON.stringify(marks !== 'ignored')} });
    const byForm = [];
    for (const form of ${JSON.stringify(written)}) {
      const search = await instance.search(form);
      byForm.push(await Promise.all(search.results.map(async (r) => ({ page: (await r.data()).url.split('/').filter(Boolean).pop(), score: r.score, locations: r.words }))));
    }
    await instance.destroy();
    return byForm;
  })()`);
}

/** The pages one search term finds, sorted. */
async function pagesFound(lang: LanguageCode, marks: MarksInSearch, query: string): Promise<string[]> {
  const [found] = await searchForms(lang, marks, [query]);
  return found.map((match) => `/${match.page}/`).sort();
}

/** The pages the search box would list for a query, best first: every form of every word searched, then ranked. */
async function ranked(lang: LanguageCode, marks: MarksInSearch, query: string): Promise<string[]> {
  const matches = [];
  for (const word of queryWords(query, lang, { fillers: [], prefixes: [], endings: [], equivalents: [] })) matches.push(await searchForms(lang, marks, word.forms));
  return rankPages(matches).map((r) => r.page);
}

describe('Gujarati search and vowel signs', () => {
  it('with the marks stripped (Pagefind default), "letter" also finds "account" and "assurance"', async () => {
    expect(await pagesFound('gu', 'ignored', 'ખત')).toEqual(['/account/', '/assurance/', '/letter/']);
  });

  it('with the site setting for Gujarati, each word finds only its own page', async () => {
    const marks = siteMarks('gu');
    expect(marks).toBe('masked');
    expect(await pagesFound('gu', marks, 'ખત')).toEqual(['/letter/']);
    expect(await pagesFound('gu', marks, 'ખાતું')).toEqual(['/account/']);
    expect(await pagesFound('gu', marks, 'ખાતરી')).toEqual(['/assurance/']);
    // A word's beginning still finds it, marks included.
    expect(await pagesFound('gu', marks, 'ખાત')).toEqual(['/account/', '/assurance/']);
  });
});

describe('Thai search and vowel and tone marks', () => {
  it('with the marks stripped, "send" also finds "thing"; with the site setting (exactDiacritics), only its own page', async () => {
    expect(await pagesFound('th', 'ignored', 'ส่ง')).toEqual(['/send/', '/things/']);
    expect(siteMarks('th')).toBe('exact');
    expect(await pagesFound('th', siteMarks('th'), 'ส่ง')).toEqual(['/send/']);
    expect(await pagesFound('th', siteMarks('th'), 'สิ่ง')).toEqual(['/things/']);
  });
});

describe('Vietnamese search and tone marks', () => {
  const withoutMarks = [
    ['xoa tai khoan', 'delete'],
    ['ma xac minh', 'code'],
    ['mat khau', 'password'],
    ['don hang', 'orders'],
    ['tai hoa don', 'download'],
  ] as const;

  it('with the marks kept, a query typed without them misses its page (unless a word has no marks: "minh")', async () => {
    const missed = [];
    for (const [query, expected] of withoutMarks) if ((await ranked('vi', kept('vi'), query))[0] !== expected) missed.push(query);
    expect(missed).toEqual(['xoa tai khoan', 'mat khau', 'don hang', 'tai hoa don']);
  });

  it('with the site setting, a query typed without marks finds its page first', async () => {
    for (const [query, expected] of withoutMarks) expect((await ranked('vi', siteMarks('vi'), query))[0], query).toBe(expected);
  });

  it('with the site setting, words that differ only in their marks still find their own page first', async () => {
    const pairs = [
      ['mã', 'code'], // not mà "but" (orders)
      ['tải', 'download'], // not tại "at" (password)
      ['tại', 'password'],
      ['mất', 'coins'], // not mật "secret" (password)
      ['mật khẩu', 'password'],
    ] as const;
    for (const [query, expected] of pairs) expect((await ranked('vi', siteMarks('vi'), query))[0], query).toBe(expected);
  });
});

describe('Russian and Ukrainian search: ё, й, ї', () => {
  it('with the marks kept, Russian readers typing е miss a page written with ё; with the site setting they find it', async () => {
    expect(await ranked('ru', kept('ru'), 'счет')).toEqual([]);
    expect(await ranked('ru', siteMarks('ru'), 'счет')).toEqual(['account']);
    expect((await ranked('ru', siteMarks('ru'), 'пришел код'))[0]).toBe('code');
  });

  it('with the site setting, Ukrainian words with ї and й find their own page only', async () => {
    expect(await ranked('uk', siteMarks('uk'), 'її')).toEqual(['her']);
    expect(await ranked('uk', siteMarks('uk'), 'свій')).toEqual(['login']);
    expect(await ranked('uk', siteMarks('uk'), 'увійти')).toEqual(['login']);
  });
});
