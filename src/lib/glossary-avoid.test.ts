import { describe, expect, it } from 'vitest';
import { avoidedWordsIn, formatAvoidedUse, readAvoidList } from './glossary-avoid';
import { parseGuidePage } from './guide-model';

const glossary = `words:
  delete-account: ["회원 탈퇴"]
avoid:
  - word: "해지"
    instead: "탈퇴"
    why: "해지는 계약을 끝낼 때 쓰는 말입니다."
  - word: "아이디 삭제"
    instead: "계정 삭제"
    why: "아이디만 지우는 것처럼 들립니다."
`;

describe('readAvoidList', () => {
  it('reads the avoid list, and names a malformed entry with its line', () => {
    expect(readAvoidList('content/glossary/ko.yaml', 'ko', glossary).words.map((w) => [w.word, w.instead])).toEqual([
      ['해지', '탈퇴'],
      ['아이디 삭제', '계정 삭제'],
    ]);
    expect(readAvoidList('content/glossary/ko.yaml', 'ko', 'avoid:\n  - word: 해지\n  - instead: 탈퇴\n').problems).toEqual([
      'content/glossary/ko.yaml:2: each avoid entry needs word: and instead:',
      'content/glossary/ko.yaml:3: each avoid entry needs word: and instead:',
    ]);
    expect(readAvoidList('content/glossary/ko.yaml', 'ko', 'words: {}\n').words).toEqual([]);
  });
});

describe('avoidedWordsIn', () => {
  const { words } = readAvoidList('content/glossary/ko.yaml', 'ko', glossary);

  it('finds an avoided word where a word starts, with a particle after it, and names file:line', () => {
    const model = parseGuidePage('content/guides/ko/faq.mdx', '## 질문\n\n회원을 해지하려면 아래를 보세요.\n\n아이디  삭제는 되돌릴 수 없습니다.\n');
    const found = avoidedWordsIn(model, 'ko', words);
    expect(found.map((f) => formatAvoidedUse(model.file, f))).toEqual([
      'content/guides/ko/faq.mdx:3: "해지" is on the glossary\'s avoid list; write "탈퇴" instead (in "회원을 해지하려면 아래를 보세요.")',
      'content/guides/ko/faq.mdx:5: "아이디 삭제" is on the glossary\'s avoid list; write "계정 삭제" instead (in "아이디 삭제는 되돌릴 수 없습니다.")',
    ]);
  });

  it('does not find a word inside another word, nor in the English of a screen label', () => {
    const model = parseGuidePage('content/guides/en/faq.mdx', 'Mehaji? Deactivate is not <UiLabel en="Deactivate account" />.\n');
    expect(avoidedWordsIn(parseGuidePage('x.mdx', '보해지 없음\n'), 'ko', words)).toEqual([]);
    const english = readAvoidList('content/glossary/en.yaml', 'en', 'avoid:\n  - word: deactivate\n    instead: delete\n').words;
    expect(avoidedWordsIn(model, 'en', english).map((f) => f.text)).toEqual(['Mehaji? Deactivate is not Deactivate account.']);
    const labelOnly = parseGuidePage('content/guides/en/desktop.mdx', 'Then <UiLabel en="Deactivate account" />.\n');
    expect(avoidedWordsIn(labelOnly, 'en', english)).toEqual([]);
    const german = readAvoidList('content/glossary/de.yaml', 'de', 'avoid:\n  - word: deaktivieren\n    instead: löschen\n').words;
    const translatedLabel = parseGuidePage('content/guides/de/desktop.mdx', 'Dann <UiLabel en="Deactivate account">Konto deaktivieren</UiLabel>.\n');
    expect(avoidedWordsIn(translatedLabel, 'de', german)).toEqual([]);
  });

  it('reads a note in brackets as a note, and in Japanese finds the word anywhere', () => {
    const spanish = readAvoidList('content/glossary/es.yaml', 'es', 'avoid:\n  - word: "dar de baja (sola)"\n    instead: eliminar la cuenta\n').words;
    expect(avoidedWordsIn(parseGuidePage('x.mdx', 'Puedes dar de baja la cuenta.\n'), 'es', spanish)).toHaveLength(1);
    const japanese = readAvoidList('content/glossary/ja.yaml', 'ja', 'avoid:\n  - word: 解約\n    instead: 退会\n').words;
    expect(avoidedWordsIn(parseGuidePage('x.mdx', 'アカウントを解約する方法\n'), 'ja', japanese)).toHaveLength(1);
  });
});

describe('avoidedWordsIn: screen labels and scripts without spaces', () => {
  const avoid = (lang: string, yaml: string) => readAvoidList(`content/glossary/${lang}.yaml`, lang, yaml).words;
  it('leaves out the translation of a screen label, which quotes AliExpress rather than choosing a word', () => {
    const words = avoid('ru', 'avoid:\n  - word: деактивир\n    instead: удалить\n    why: так называлась старая функция\n');
    const page = (body: string) => parseGuidePage('content/guides/ru/desktop.mdx', `---\ntitle: t\n---\n\n${body}\n`);
    expect(avoidedWordsIn(page('Нажмите <ScreenLabel id="deactivate-account">Деактивировать аккаунт</ScreenLabel>.'), 'ru', words)).toEqual([]);
    expect(avoidedWordsIn(page('Можно деактивировать аккаунт.'), 'ru', words).map((u) => u.word)).toEqual(['деактивир']);
  });

  it('finds an avoided Thai word inside a run of Thai, which has no spaces between words', () => {
    const words = avoid('th', 'avoid:\n  - word: แอพ\n    instead: แอป\n    why: สะกดตามราชบัณฑิต\n');
    const model = parseGuidePage('content/guides/th/mobile-browser.mdx', '---\ntitle: t\n---\n\nเปิดแอพAliExpressแล้วแตะบัญชี\n');
    expect(avoidedWordsIn(model, 'th', words).map((u) => u.word)).toEqual(['แอพ']);
  });
});

