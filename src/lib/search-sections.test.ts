import { describe, expect, it } from 'vitest';
import { maskMarks } from './search-marks';
import { decomposeHangul, searchPageOf, sectionRecord, sectionUrl, segmentThai } from './search-sections';

const page = `<!doctype html><html lang="ko"><head><title>T</title></head><body>
<nav>menu</nav>
<article data-pagefind-body><h1>컴퓨터에서 삭제</h1><p>Intro <b>text</b>.</p>
<h2 id="steps">Steps</h2>
<ol><li class="step"><input type="checkbox" id="done-log-in"><h3 id="log-in">Log in</h3><a data-pagefind-ignore>#</a><div class="step-body"><p>Open the site.</p><p>Sign in.</p></div>
<div hidden id="search-words-log-in">login password</div></li></ol>
<figure data-pagefind-ignore>diagram</figure><form><label>Search</label></form>
<details><summary><h3 id="undo">Can I undo it?</h3></summary><div>No.</div></details>
</article><footer>foot</footer></body></html>`;

describe('searchPageOf', () => {
  it('cuts the searchable part into the opening text and one section per heading with an id', () => {
    expect(searchPageOf(page)).toEqual({
      lang: 'ko',
      title: '컴퓨터에서 삭제',
      sections: [
        { title: '컴퓨터에서 삭제', blocks: ['Intro text.'], searchWords: [] },
        { id: 'log-in', title: 'Log in', blocks: ['Open the site.', 'Sign in.'], searchWords: ['login password'] },
        { id: 'undo', title: 'Can I undo it?', blocks: ['No.'], searchWords: [] },
      ],
    });
  });

  it('reads the searchable part however the page around it is written', () => {
    const expected = searchPageOf(page);
    const withScript = page.replace('<head>', '<head><script>const s = " data-pagefind-body ";</script>');
    expect(searchPageOf(withScript)).toEqual(expected);
    const nested = `<html lang="en"><head><title>From the title</title></head><body><div data-pagefind-body><div><p>One</p></div><h2 id="a">A</h2><div><p>Two</p></div></div><div>after</div></body></html>`;
    expect(searchPageOf(nested)).toEqual({
      lang: 'en',
      title: 'From the title',
      sections: [
        { title: 'From the title', blocks: ['One'], searchWords: [] },
        { id: 'a', title: 'A', blocks: ['Two'], searchWords: [] },
      ],
    });
  });

  it('skips a page with nothing to index', () => {
    expect(searchPageOf('<html lang="en"><body><p>x</p></body></html>')).toBeUndefined();
  });
});

describe('sectionRecord and sectionUrl', () => {
  it('makes a small document with the title as heading, the text at weight 25/24 and the search words after a marker', () => {
    const parsed = searchPageOf(page)!;
    expect(sectionRecord(parsed, parsed.sections[1])).toBe(
      '<html lang="ko"><head></head><body><h1>Log in</h1><div data-pagefind-weight="1.05"><p>Open the site.</p><p>Sign in.</p><div><span id="search-words"></span>login password</div></div></body></html>',
    );
    expect(sectionRecord(parsed, parsed.sections[0])).toContain(`<h1>${decomposeHangul('컴퓨터에서 삭제')}</h1>`);
    expect(sectionUrl('/ko/desktop/', parsed.sections[1])).toBe('/ko/desktop/#log-in');
    expect(sectionUrl('/ko/desktop/', parsed.sections[0])).toBe('/ko/desktop/');
  });

  it('gives a language Pagefind segments its title as a weighted paragraph, which Pagefind does not take as metadata', () => {
    const record = sectionRecord({ lang: 'ja', title: 'T', sections: [] }, { title: 'コードを入力', blocks: ['本文'], searchWords: [] });
    expect(record).toContain('<body><p id="title" data-pagefind-weight="7">コードを入力</p><div data-pagefind-weight="1.05"><p>本文</p></div>');
    expect(record).not.toContain('<h1>');
  });

  it('holds the marks of a masked language as stand-in letters', () => {
    const record = sectionRecord({ lang: 'gu', title: 'T', sections: [] }, { title: 'ખાતું', blocks: ['ખત'], searchWords: [] }, 'masked');
    expect(record).toContain(`<h1>${maskMarks('ખાતું')}</h1>`);
    expect(record).not.toMatch(/\p{M}/u);
  });

  it('escapes text', () => {
    const parsed = { lang: 'en', title: 'T', sections: [] };
    expect(sectionRecord(parsed, { title: '<x> "y"', blocks: ['a & b'], searchWords: [] })).toContain('<h1>&lt;x&gt; &quot;y&quot;</h1><div data-pagefind-weight="1.05"><p>a &amp; b</p>');
  });
});

describe('decomposeHangul', () => {
  it('decomposes Hangul syllables only', () => {
    expect(decomposeHangul('코드 código')).toBe('\u110F\u1169\u1103\u1173 código');
  });
});

describe('segmentThai', () => {
  it('puts a zero-width space between Thai words, and nowhere else', () => {
    expect(segmentThai('ดาวน์โหลดใบแจ้งหนี้ทั้งหมด')).toBe('ดาวน์โหลด\u200Bใบ\u200Bแจ้ง\u200Bหนี้\u200Bทั้งหมด');
    expect(segmentThai('เปิด AliExpress แล้วกด Delete account')).toBe('เปิด AliExpress แล้ว\u200Bกด Delete account');
    expect(segmentThai('Delete my account')).toBe('Delete my account');
  });

  it('is used for Thai records only', () => {
    const section = { title: 'ลบบัญชี', blocks: ['ใบแจ้งหนี้'], searchWords: ['อีเมล'] };
    expect(sectionRecord({ lang: 'th', title: '', sections: [] }, section, 'exact')).toContain(
      '<p id="title" data-pagefind-weight="7">ลบ\u200Bบัญชี</p><div data-pagefind-weight="1.05"><p>ใบ\u200Bแจ้ง\u200Bหนี้</p><div><span id="search-words"></span>อีเมล</div>',
    );
    expect(sectionRecord({ lang: 'en', title: '', sections: [] }, section)).toContain('<h1>ลบบัญชี</h1><div data-pagefind-weight="1.05"><p>ใบแจ้งหนี้</p>');
  });
});
