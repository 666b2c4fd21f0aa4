import { describe, expect, it } from 'vitest';
import { decodeGuideFile, parseGuidePage, plainText } from './guide-model';
import { existsSync } from 'node:fs';
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';

const page = `---
title: Delete it on a phone
lastVerified: 2026-02-30
sources:
  - title: AliExpress Privacy Center
    url: https://privacy.aliexpress.com/
---

Intro with a [link](/en/desktop/#get-code "title").

## In your phone's browser

<Steps>
<Step id="log-in" title="Log in">

Open **aliexpress.com** and [log in](/en/desktop/#log-in).

</Step>
<Step id="delete-my-account" title="Tap the red button">

Tap <UiLabel en="Delete my account">내 계정 삭제</UiLabel>, then <UiLabel en="Verify" />.

</Step>
</Steps>

## In the app

<Steps checklist>
<Step id="app-open-settings" title="Open Settings">

Go to \`Account\`. {/* a note for translators */}

</Step>
</Steps>

<Callout type="caution" title="Careful">

Gone is gone.

</Callout>

## Questions

<Faq>
<FaqItem id="undo" question="Can I undo it?">

No. See [after](/en/after-deletion/).

</FaqItem>
</Faq>

## In your phone's browser

![A menu](/images/menu.png)
`;

describe('parseGuidePage', () => {
  const model = parseGuidePage('content/guides/en/mobile-browser.mdx', page);

  it('reads the frontmatter as written, with the line of each field', () => {
    expect(model.frontmatter?.data).toMatchObject({ title: 'Delete it on a phone', lastVerified: '2026-02-30' });
    expect(model.frontmatter?.places).toMatchObject({ title: { line: 2, column: 1 }, lastVerified: { line: 3, column: 1 }, 'sources.0.url': { line: 6, column: 5 } });
  });

  it('gives headings the ids Astro gives them, numbering a repeated one', () => {
    expect(model.sections.map((s) => [s.id, s.title, s.place.line])).toEqual([
      ['in-your-phones-browser', "In your phone's browser", 11],
      ['in-the-app', 'In the app', 26],
      ['questions', 'Questions', 42],
      ['in-your-phones-browser-1', "In your phone's browser", 52],
    ]);
  });

  it('reads steps with their plain text, section and list', () => {
    expect(model.steps.map(({ place, ...step }) => ({ ...step, line: place.line }))).toEqual([
      { id: 'log-in', title: 'Log in', text: 'Open aliexpress.com and log in.', section: "In your phone's browser", sectionId: 'in-your-phones-browser', checklist: false, line: 14 },
      {
        id: 'delete-my-account',
        title: 'Tap the red button',
        text: 'Tap Delete my account (내 계정 삭제), then Verify.',
        section: "In your phone's browser",
        sectionId: 'in-your-phones-browser',
        checklist: false,
        line: 19,
      },
      { id: 'app-open-settings', title: 'Open Settings', text: 'Go to Account.', section: 'In the app', sectionId: 'in-the-app', checklist: true, line: 29 },
    ]);
  });

  it('reads questions, callouts and UI labels', () => {
    expect(model.questions).toEqual([
      { id: 'undo', question: 'Can I undo it?', answer: 'No. See after.', section: 'Questions', sectionId: 'questions', place: { line: 45, column: 1 } },
    ]);
    expect(model.callouts).toEqual([{ type: 'caution', title: 'Careful', text: 'Gone is gone.', place: { line: 36, column: 1 } }]);
    expect(model.uiLabels.map((l) => [l.en, l.translation, l.place.line])).toEqual([
      ['Delete my account', '내 계정 삭제', 21],
      ['Verify', '', 21],
    ]);
  });

  it('reads links and images with their places', () => {
    expect(model.links.map((l) => [l.href, l.text, `${l.place.line}:${l.place.column}`])).toEqual([
      ['/en/desktop/#get-code', 'link', '9:14'],
      ['/en/desktop/#log-in', 'log in', '16:29'],
      ['/en/after-deletion/', 'after', '47:9'],
    ]);
    expect(model.images).toEqual([{ src: '/images/menu.png', alt: 'A menu', place: { line: 54, column: 1 } }]);
  });

  it('keeps what a reader reads, block by block, with its section: paragraphs, headings, titles and questions', () => {
    expect(model.texts.map((t) => [t.section, t.text, t.place.line])).toEqual([
      [-1, 'Intro with a link.', 9],
      [0, "In your phone's browser", 11],
      [0, 'Log in', 14],
      [0, 'Open aliexpress.com and log in.', 16],
      [0, 'Tap the red button', 19],
      [0, 'Tap Delete my account (내 계정 삭제), then Verify.', 21],
      [1, 'In the app', 26],
      [1, 'Open Settings', 29],
      [1, 'Go to Account.', 31],
      [1, 'Careful', 36],
      [1, 'Gone is gone.', 38],
      [2, 'Questions', 42],
      [2, 'Can I undo it?', 45],
      [2, 'No. See after.', 47],
      [3, "In your phone's browser", 52],
      [3, 'A menu', 54],
    ]);
  });

  it('reads the English screen label a step title or a question names', () => {
    const labelled = parseGuidePage(
      'content/guides/ko/desktop.mdx',
      '## 순서\n\n<Steps>\n<Step id="delete-my-account" title="빨간색 Delete my account 버튼 누르기" label="Delete my account">\n\n누르세요.\n\n</Step>\n</Steps>\n\n<Faq>\n<FaqItem id="deactivate" question="Deactivate account란?" label="Deactivate account">\n\n아닙니다.\n\n</FaqItem>\n</Faq>\n',
    );
    expect(labelled.steps[0].titleLabel).toBe('Delete my account');
    expect(labelled.questions[0].questionLabel).toBe('Deactivate account');
  });

  it('records every element with its literal attributes, parent and contents', () => {
    const steps = model.elements.find((e) => e.name === 'Steps' && e.attributes.length > 0)!;
    expect(steps).toEqual({
      name: 'Steps',
      attributes: [{ name: 'checklist', value: { kind: 'flag' }, place: { line: 28, column: 8 } }],
      holds: ['Step'],
      place: { line: 28, column: 1 },
    });
    expect(model.elements.find((e) => e.name === 'Step')).toMatchObject({ parent: 'Steps', holds: ['text'] });
  });

  it('treats an MDX comment as nothing, and records ESM and expressions as scripts', () => {
    expect(model.scripts).toEqual([]);
    const bad = parseGuidePage('x.mdx', 'export const x = process.env.SECRET\n\nThe year is {new Date().getFullYear()}.\n\n<Step id="a" title={x} {...rest} />\n');
    expect(bad.scripts).toEqual([
      { kind: 'esm', source: 'export const x = process.env.SECRET', place: { line: 1, column: 1 } },
      { kind: 'expression', source: 'new Date().getFullYear()', place: { line: 3, column: 13 } },
    ]);
    expect(bad.elements[0].attributes.map((a) => [a.name, a.value.kind])).toEqual([
      ['id', 'text'],
      ['title', 'expression'],
      [undefined, 'expression'],
    ]);
  });

  it('reads attributes in single quotes, and ignores components written as code', () => {
    const model = parseGuidePage('x.mdx', `<FaqItem id='quoted' question='Is "this" the same?'>\n</FaqItem>\n\nWrite \`<Step id="x">\`.\n\n\`\`\`mdx\n<Unknown />\n\`\`\`\n`);
    expect(model.questions.map((q) => q.question)).toEqual(['Is "this" the same?']);
    expect(model.elements.map((e) => e.name)).toEqual(['FaqItem']);
  });

  it('finds bidirectional control characters anywhere, frontmatter included', () => {
    const model = parseGuidePage('x.mdx', '---\ntitle: "\u202Eabc"\n---\n\ntext \u2066x\u2069\n');
    expect(model.bidiControls).toEqual([
      { codePoint: 'U+202E', place: { line: 2, column: 9 } },
      { codePoint: 'U+2066', place: { line: 5, column: 6 } },
      { codePoint: 'U+2069', place: { line: 5, column: 8 } },
    ]);
  });

  it('reports what MDX cannot read, with its place, instead of throwing', () => {
    expect(parseGuidePage('x.mdx', 'Line\n\n<!-- old -->\n').syntaxError).toMatchObject({ place: { line: 3, column: 1 }, message: expect.stringContaining('to create a comment in MDX') });
    expect(parseGuidePage('x.mdx', '<Step>\n\nnever closed\n').syntaxError).toMatchObject({ place: { line: 1, column: 1 }, message: expect.stringContaining('closing tag for `<Step>`') });
  });

  it('places each attribute where it starts, past values that hold other names, braces and line breaks', () => {
    const source = 'Text\n\n<Step title="id and title" {...rest} id={`a}b`}\n  checklist label=\'x>y\' />\n';
    const [step] = parseGuidePage('x.mdx', source).elements;
    expect(step.attributes.map((a) => [a.name ?? '{…}', `${a.place.line}:${a.place.column}`])).toEqual([
      ['title', '3:7'],
      ['{…}', '3:28'],
      ['id', '3:38'],
      ['checklist', '4:3'],
      ['label', '4:13'],
    ]);
  });

  it('takes an {…} holding only comments for a comment, and anything else in braces for a script', () => {
    const model = parseGuidePage('x.mdx', '{/* a note */}\n\nText {/* inline */} and {1 /* one */} and {// line\n}\n');
    expect(model.scripts.map((s) => s.source)).toEqual(['1 /* one */']);
  });

  it('reports frontmatter YAML that does not parse, on its line', () => {
    expect(parseGuidePage('x.mdx', '---\ntitle: ok\nnavTitle: [unclosed\n---\n').frontmatter?.error?.place.line).toBeGreaterThanOrEqual(3);
  });
});

describe('the parser', () => {
  it('is the copy of satteri that @astrojs/mdx renders the pages with, so the model reads the tree the page shows', () => {
    const nested = ['@astrojs/mdx', '@astrojs/markdown-satteri', 'astro'].filter((p) => existsSync(`node_modules/${p}/node_modules/satteri`));
    expect(nested, 'a second satteri: set devDependencies.satteri in package.json to the version these packages use').toEqual([]);
    expect(existsSync('node_modules/satteri/package.json')).toBe(true);
  });
});

describe('plainText', () => {
  it('drops markup but keeps words, one space between blocks', () => {
    const tree = mdxToMdast('> **Note:** type `agree` \\{x\\}\n\n- one\n- two\n') as unknown as Root;
    expect(plainText(tree.children)).toBe('Note: type agree {x} one two');
  });
});

describe('decodeGuideFile', () => {
  it('reads UTF-8, and names UTF-16 (with or without a byte-order mark) and other encodings', () => {
    expect(decodeGuideFile(new TextEncoder().encode('---\ntitle: 한국어\n'))).toEqual({ text: '---\ntitle: 한국어\n' });
    const utf16 = Buffer.from('---\ntitle: x\n', 'utf16le');
    expect(decodeGuideFile(utf16)).toMatchObject({ problem: { place: { line: 1, column: 2 }, message: expect.stringContaining('probably UTF-16') } });
    expect(decodeGuideFile(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))).toMatchObject({ problem: { message: expect.stringContaining('UTF-16 byte-order mark') } });
    expect(decodeGuideFile(Buffer.from('ok\ncaf\xe9\n', 'latin1'))).toMatchObject({ problem: { place: { line: 2, column: 4 }, message: expect.stringContaining('not UTF-8') } });
  });
});
