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
 * Each builds a tiny index and searches it in Chromium both ways, as the search box does (queryWords, rankPages).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { languageByCode } from '../../src/i18n/languages';
import { queryWords } from '../../src/lib/search-query';
import { rankPages } from '../../src/lib/search-ranking';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser } from '../support/browser';

const pagesByLanguage: Record<string, Record<string, string>> = {
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

let root: string;
let server: { close(callback: () => void): void };
let siteUrl: string;
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'guide-diacritics-'));
  for (const [lang, pages] of Object.entries(pagesByLanguage)) {
    const { index } = await pagefind.createIndex({});
    for (const [name, text] of Object.entries(pages)) {
      const html = `<!doctype html><html lang="${lang}"><head><title>${name}</title></head><body><main><h1>${name}</h1><p>${text}</p></main></body></html>`;
      mkdirSync(join(root, lang, name), { recursive: true });
      writeFileSync(join(root, lang, name, 'index.html'), html);
      await index!.addHTMLFile({ url: `/${name}/`, content: html });
    }
    await index!.writeFiles({ outputPath: join(root, lang, 'pagefind') });
  }
  await pagefind.close();
  ({ server, url: siteUrl } = await startServer({ root, port: 0 }));
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${siteUrl}gu/account/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(root, { recursive: true, force: true });
});

async function pagesFound(query: string, exactDiacritics: boolean, lang = 'gu'): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a dynamic import() inside a function body.
  return page.evaluate(`(async () => {
    // No web worker: under a busy machine its 5 s start-up timeout made Pagefind give up loading the index.
    const instance = (await import('/${lang}/pagefind/pagefind.js')).createInstance({ basePath: '/${lang}/pagefind/', noWorker: true });
    await instance.options({ exactDiacritics: ${JSON.stringify(exactDiacritics)} });
    const search = await instance.search(${JSON.stringify(query)});
    const urls = await Promise.all(search.results.map(async (result) => (await result.data()).url.replace('/${lang}/', '/')));
    await instance.destroy();
    return urls.sort();
  })()`);
}

describe('Gujarati search and vowel signs', () => {
  it('with the marks stripped (Pagefind default), "letter" also finds "account" and "assurance"', async () => {
    expect(await pagesFound('ખત', false)).toEqual(['/account/', '/assurance/', '/letter/']);
  });

  it('with the site setting for Gujarati, each word finds only its own page', async () => {
    const exact = languageByCode('gu').searchExactDiacritics;
    expect(await pagesFound('ખત', exact)).toEqual(['/letter/']);
    expect(await pagesFound('ખાતું', exact)).toEqual(['/account/']);
    expect(await pagesFound('ખાતરી', exact)).toEqual(['/assurance/']);
  });
});

/** The pages the search box would list for a query, best first: every form of every word searched, then ranked. */
async function ranked(lang: string, query: string, exactDiacritics: boolean): Promise<string[]> {
  const forms = queryWords(query, lang, { fillers: [], prefixes: [], endings: [], equivalents: [] }).map((word) => word.forms);
  const matches = await page.evaluate(`(async () => {
    const instance = (await import('/${lang}/pagefind/pagefind.js')).createInstance({ basePath: '/${lang}/pagefind/', noWorker: true });
    await instance.options({ exactDiacritics: ${JSON.stringify(exactDiacritics)} });
    const byWord = [];
    for (const forms of ${JSON.stringify(forms)}) {
      const byForm = [];
      for (const form of forms) {
        const search = await instance.search(form);
        byForm.push(await Promise.all(search.results.map(async (r) => ({ page: (await r.data()).url.split('/').filter(Boolean).pop(), score: r.score, locations: r.words }))));
      }
      byWord.push(byForm);
    }
    await instance.destroy();
    return byWord;
  })()`);
  return rankPages(matches as Parameters<typeof rankPages>[0]).map((r) => r.page);
}

describe('Thai search and vowel and tone marks', () => {
  it('with the marks stripped, "send" also finds "thing"; with the site setting, only its own page', async () => {
    expect(await pagesFound('ส่ง', false, 'th')).toEqual(['/send/', '/things/']);
    expect(await pagesFound('ส่ง', languageByCode('th').searchExactDiacritics, 'th')).toEqual(['/send/']);
    expect(await pagesFound('สิ่ง', languageByCode('th').searchExactDiacritics, 'th')).toEqual(['/things/']);
  });
});

describe('Vietnamese search and tone marks', () => {
  const exact = languageByCode('vi').searchExactDiacritics;
  const withoutMarks = [
    ['xoa tai khoan', 'delete'],
    ['ma xac minh', 'code'],
    ['mat khau', 'password'],
    ['don hang', 'orders'],
    ['tai hoa don', 'download'],
  ] as const;

  it('with the marks kept, a query typed without them misses its page (unless a word has no marks: "minh")', async () => {
    const missed = [];
    for (const [query, expected] of withoutMarks) if ((await ranked('vi', query, true))[0] !== expected) missed.push(query);
    expect(missed).toEqual(['xoa tai khoan', 'mat khau', 'don hang', 'tai hoa don']);
  });

  it('with the site setting, a query typed without marks finds its page first', async () => {
    for (const [query, expected] of withoutMarks) expect((await ranked('vi', query, exact))[0], query).toBe(expected);
  });

  it('with the site setting, words that differ only in their marks still find their own page first', async () => {
    const pairs = [
      ['mã', 'code'], // not mà "but" (orders)
      ['tải', 'download'], // not tại "at" (password)
      ['tại', 'password'],
      ['mất', 'coins'], // not mật "secret" (password)
      ['mật khẩu', 'password'],
    ] as const;
    for (const [query, expected] of pairs) expect((await ranked('vi', query, exact))[0], query).toBe(expected);
  });
});

describe('Russian and Ukrainian search: ё, й, ї', () => {
  it('with the marks kept, Russian readers typing е miss a page written with ё; with the site setting they find it', async () => {
    expect(await ranked('ru', 'счет', true)).toEqual([]);
    expect(await ranked('ru', 'счет', languageByCode('ru').searchExactDiacritics)).toEqual(['account']);
    expect((await ranked('ru', 'пришел код', languageByCode('ru').searchExactDiacritics))[0]).toBe('code');
  });

  it('with the site setting, Ukrainian words with ї and й find their own page only', async () => {
    const exact = languageByCode('uk').searchExactDiacritics;
    expect(await ranked('uk', 'її', exact)).toEqual(['her']);
    expect(await ranked('uk', 'свій', exact)).toEqual(['login']);
    expect(await ranked('uk', 'увійти', exact)).toEqual(['login']);
  });
});
