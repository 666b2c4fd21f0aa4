import { describe, expect, it } from 'vitest';
import { problemsWithGuides, problemsWithLayout, type GuideFile } from './content-checks';
import { parseGuidePage } from './guide-model';
import { componentNames } from './guide-elements';

const layout = { languages: ['en', 'ko'], pages: ['index', 'desktop'] };
const complete = ['en/index.mdx', 'en/desktop.mdx', 'ko/index.mdx', 'ko/desktop.mdx'];

describe('problemsWithLayout', () => {
  it('accepts a complete set of pages', () => {
    expect(problemsWithLayout(complete, layout)).toEqual([]);
  });

  it('names an unknown language folder', () => {
    expect(problemsWithLayout([...complete, 'xx/index.mdx'], layout)).toEqual([
      expect.stringContaining('content/guides/xx/index.mdx: unknown language folder "xx"'),
    ]);
  });

  it('names each page a language is missing', () => {
    expect(problemsWithLayout(['en/index.mdx', 'en/desktop.mdx', 'ko/index.mdx'], layout)).toEqual([
      expect.stringMatching(/^content\/guides\/ko\/desktop\.mdx: page is missing; every language needs all 2 pages/),
    ]);
  });

  it('lets a language leave out a page it declares untranslated, and only that page', () => {
    const untranslated = { ko: ['desktop'] };
    expect(problemsWithLayout(['en/index.mdx', 'en/desktop.mdx', 'ko/index.mdx'], { ...layout, untranslated })).toEqual([]);
    expect(problemsWithLayout(complete, { ...layout, untranslated })).toEqual([
      'content/guides/ko/desktop.mdx: page exists but "ko" declares it untranslated; remove it from "untranslated"',
    ]);
    expect(problemsWithLayout(complete, { ...layout, untranslated: { en: ['desktop'] } })).toContain(
      'src/i18n/languages.ts: English is the original and cannot declare pages untranslated',
    );
  });

  it('rejects files that are not pages of the guide', () => {
    const problems = problemsWithLayout([...complete, 'en/extra.mdx', 'ko/notes.md', 'stray.mdx'], layout);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('"extra" is not a page of the guide');
    expect(problems[1]).toContain('only .mdx files');
    expect(problems[2]).toContain('content/guides/stray.mdx');
  });
});

const frontmatter = `---
title: Delete your account
navTitle: On a computer
description: Step by step in a computer's browser, from the privacy centre to the code.
lastVerified: 2026-11-23
sources:
  - title: AliExpress Privacy Center
    url: https://privacy.aliexpress.com/
---
`;
/** Line of the first body line: the frontmatter above takes 9 lines, and a blank one follows. */
const first = 11;
const options = { layout, publicFiles: new Set(['/images/menu.png']), today: '2026-11-29' };

function file(body: string, page = 'desktop', lang = 'en', head = frontmatter): GuideFile {
  return { lang, page, model: parseGuidePage(`content/guides/${lang}/${page}.mdx`, `${head}\n${body}`) };
}
const other = file('## Where to start\n\n<Steps>\n<Step id="log-in" title="Log in">\n\nx\n\n</Step>\n</Steps>\n', 'index');
const problems = (...files: GuideFile[]) => problemsWithGuides(files, options);
const at = (line: number, column = 1) => `content/guides/en/desktop.mdx:${first + line - 1}:${column}`;

describe('problemsWithGuides', () => {
  it('accepts a valid page', () => {
    const page = file('## Steps\n\n<Steps>\n<Step id="get-code" title="Get it">\n\nSee [start](/en/#log-in), [below](#where-next) and ![the menu](/images/menu.png).\n\n</Step>\n</Steps>\n\n## Where next\n');
    expect(problems(page, other)).toEqual([]);
  });

  it('names an id used twice, and which kinds collide', () => {
    const page = file('## Get code\n\n<Steps>\n<Step id="get-code" title="A">\n</Step>\n</Steps>\n\n<Faq>\n<FaqItem id="get-code" question="Q?">\n</FaqItem>\n</Faq>\n');
    expect(problems(page)).toEqual([
      `${at(4)}: id "get-code" of this step is already the id of the heading "Get code" on line ${first}, so the page would have two elements with id="get-code"; ids must be unique on a page, change one of them`,
      `${at(9)}: id "get-code" of this question is already the id of the heading "Get code" on line ${first}, so the page would have two elements with id="get-code"; ids must be unique on a page, change one of them`,
    ]);
  });

  it('wants the label a step title or a question names to be in it, word for word', () => {
    const named = file('## Steps\n\n<Steps>\n<Step id="red" title="빨간색 Delete my account 버튼" label="Delete my account">\n</Step>\n</Steps>\n');
    expect(problems(named)).toEqual([]);
    const page = file('## Steps\n\n<Steps>\n<Step id="red" title="빨간색 버튼 누르기" label="Delete my account">\n</Step>\n</Steps>\n\n<Faq>\n<FaqItem id="q" question="Deactivate 란?" label="Deactivate account">\n</FaqItem>\n</Faq>\n');
    expect(problems(page)).toEqual([
      `${at(4)}: the step's label="Delete my account" is not in its title="빨간색 버튼 누르기"; write the English label in the title exactly as in label, or remove label`,
      `${at(9)}: the question's label="Deactivate account" is not in its question="Deactivate 란?"; write the English label in the question exactly as in label, or remove label`,
    ]);
  });

  it('wants a ## heading before a list of steps or questions', () => {
    expect(problems(file('Intro.\n\n<Steps>\n<Step id="a" title="A">\n</Step>\n</Steps>\n'))).toEqual([
      `${at(3)}: <Steps> comes before any ## heading; add a ## section heading above it (its items are h3)`,
    ]);
  });

  it('rejects ids that are not lowercase Latin with hyphens', () => {
    expect(problems(file('## S\n\n<Steps>\n<Step id="Get code" title="A">\n</Step>\n</Steps>\n'))).toEqual([
      `${at(4, 7)}: id "Get code" must be lowercase Latin letters, digits and hyphens, the same in every language (such as get-code)`,
    ]);
  });

  it('names an unknown component, a missing or empty attribute, an unknown one, and a step outside <Steps>', () => {
    expect(problems(file('<Warning>hi</Warning>\n\n<Step title="no id" />\n\n<UiLabel en="" size="big" />\n'))).toEqual([
      `${at(1)}: unknown component <Warning>; use one of ${componentNames.join(", ")}`,
      `${at(3)}: <Step> needs a non-empty id="…"`,
      `${at(3)}: <Step> must sit directly inside <Steps>; wrap it in <Steps> … </Steps>`,
      `${at(5, 10)}: <UiLabel> needs a non-empty en="…"`,
      `${at(5, 16)}: <UiLabel> has no attribute "size"; its attributes are en`,
    ]);
  });

  it('wants only steps directly inside <Steps>', () => {
    expect(problems(file('## S\n\n<Steps>\nStray text.\n<Step id="a" title="A" />\n</Steps>\n'))).toEqual([
      `${at(3)}: <Steps> holds text; only <Step> may sit directly inside it, move the rest into one of them`,
    ]);
  });

  it('rejects an unknown callout type, and a value on a flag', () => {
    expect(problems(file('<Callout type="tip">\n</Callout>\n\n## S\n\n<Steps checklist="yes">\n</Steps>\n'))).toEqual([
      `${at(1, 10)}: type="tip" is not allowed on <Callout>; use one of note, caution, danger`,
      `${at(6, 8)}: <Steps>: write checklist alone, without a value`,
    ]);
  });

  it('rejects JavaScript: ESM, expressions and expression attributes, but not MDX comments', () => {
    const page = file('export const x = process.env.SOME_SECRET\n\nThe key is {x}. {/* a comment */}\n\n<Callout type="note" title={x}>\n</Callout>\n');
    expect(problems(page)).toEqual([
      `${at(1)}: "export const x = process.env.SOME_SECRET": import and export are not allowed, content never runs code; remove the line (our components need no import)`,
      `${at(3, 12)}: {x} is a JavaScript expression, and content never runs code; write the text itself (a literal brace as \\{), or {/* … */} for a comment`,
      `${at(5, 22)}: <Callout> takes title from an expression, {x}; write it as a quoted string, title="…"`,
    ]);
  });

  it('rejects HTML outside the allow-list and event handlers, and allows <bdi> with dir and lang', () => {
    const page = file('<script>alert(1)</script>\n\n<p onclick="steal()">Hi</p>\n\n<a href="/en/">x</a> <bdi dir="ltr" lang="en">AliExpress</bdi> <span style="color:red">x</span>\n');
    expect(problems(page)).toEqual([
      `${at(1)}: <script> is never allowed: content is words and our components, it never runs or embeds anything; remove it`,
      `${at(3)}: <p> is not an HTML element content may use; write Markdown, or use one of bdi, div, span, br, kbd, sub, sup`,
      `${at(3, 4)}: <p> has an event handler, onclick, which runs code; remove the attribute`,
      `${at(5)}: raw <a> is not allowed; write a Markdown link, [text](/en/page/)`,
      `${at(5, 70)}: <span> has no attribute "style"; its attributes are dir, lang`,
    ]);
  });

  it('rejects links that run code, embed data, are not encrypted or use another scheme', () => {
    const page = file('[a](javascript:alert(1)) [b](JavaScript:x) [c](data:text/html,hi) [d](http://example.com/) [e](ftp://x.org/) [f](//x.org/)\n\n[g]: vbscript:x\n');
    expect(problems(page).map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      'link "javascript:alert(1)" runs code when followed; link to a page (https://… or /en/…) instead',
      'link "JavaScript:x" runs code when followed; link to a page (https://… or /en/…) instead',
      'link "data:text/html,hi" carries its content in the address (a data: link); link to a page (https://… or /en/…) instead',
      'link "http://example.com/" is not encrypted; use https://example.com/',
      'link "ftp://x.org/" uses ftp:, which the guide does not link to; use https:// or mailto:',
      'link "//x.org/" has no scheme; write it in full, https://x.org/',
      'link "vbscript:x" runs code when followed; link to a page (https://… or /en/…) instead',
    ]);
  });

  it('names a bare http:// address too, which GFM turns into a link', () => {
    expect(problems(file('See http://example.com for more.\n'))).toEqual([`${at(1, 5)}: link "http://example.com" is not encrypted; use https://example.com`]);
  });

  it('names images without alt text, from other sites, or missing under public/', () => {
    expect(problems(file('![](/images/menu.png)\n\n![Menu](https://x.org/a.png)\n\n![Menu](/images/missing.png)\n'))).toEqual([
      `${at(1)}: image without alt text; describe what the image shows for readers who cannot see it, ![what it shows](…)`,
      `${at(3)}: image "https://x.org/a.png" would load from another site; put the file under public/images/ and write ![…](/images/name.png)`,
      `${at(5)}: image "/images/missing.png" does not exist: there is no public/images/missing.png; add the file or fix the path`,
    ]);
  });

  it('names links to pages and steps that do not exist', () => {
    const page = file('[a](/en/nowhere/) [b](/en/#no-such-step) [c](#missing) [d](/fr/) [e](/en/index/) [f](desktop)\n');
    expect(problems(page, other).map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      'link "/en/nowhere/" points to a page that does not exist',
      'link "/en/#no-such-step" points to "#no-such-step", which is not a step, question or heading of content/guides/en/index.mdx',
      'link "#missing" points to "#missing", which is not a step, question or heading of content/guides/en/desktop.mdx',
      'link "/fr/" points to a page that does not exist',
      'link "/en/index/" points to a page that does not exist',
      'link "desktop" is not a guide page; write it as /<lang>/ or /<lang>/<page>/ with the trailing slash',
    ]);
  });

  it('keeps links inside the page language, and leaves https and mail links alone', () => {
    expect(problemsWithGuides([file('[English](/en/)\n', 'desktop', 'ko')], options)).toEqual([
      expect.stringMatching(/^content\/guides\/ko\/desktop\.mdx:11:1: link "\/en\/" leaves the page's language \(ko\)/),
    ]);
    expect(problems(file('[x](https://privacy.aliexpress.com/home#/request/delete) [m](mailto:a@b.c)\n'))).toEqual([]);
  });

  it('names bidirectional control characters, in the frontmatter too', () => {
    const head = frontmatter.replace('title: Delete your account', 'title: Delete your \u202Eaccount');
    expect(problems(file('Text \u2067here\u2069.\n', 'desktop', 'en', head)).map((p) => p.split(': ')[0])).toEqual([
      'content/guides/en/desktop.mdx:2:20',
      `content/guides/en/desktop.mdx:${first}:6`,
      `content/guides/en/desktop.mdx:${first}:11`,
    ]);
  });

  it('checks the frontmatter as written, naming the line of each field', () => {
    const head = frontmatter
      .replace('title: Delete your account', 'title: Short')
      .replace('lastVerified: 2026-11-23', 'lastVerified: 2026-02-30\ntitel: typo')
      .replace("description: Step by step in a computer's browser, from the privacy centre to the code.", 'description: Too short.');
    expect(problems(file('Text.\n', 'desktop', 'en', head))).toEqual([
      'content/guides/en/desktop.mdx:2:1: title is 5 characters long; make it 10–70 characters (the page heading and the browser tab)',
      'content/guides/en/desktop.mdx:4:1: description is 10 characters long; make it 50–170 characters (the search snippet and preview card)',
      'content/guides/en/desktop.mdx:5:1: lastVerified 2026-02-30 is not a real date; write the day you checked the page, such as lastVerified: 2026-11-29',
      'content/guides/en/desktop.mdx:6:1: unknown field "titel"; the fields are title, navTitle, description, lastVerified and sources (check the spelling)',
    ]);
  });

  it('names a missing field, a missing frontmatter, broken YAML and a bad source', () => {
    const head = frontmatter.replace(/^navTitle: .*\n/m, '').replace('url: https://privacy', 'url: http://privacy');
    expect(problems(file('Text.\n', 'desktop', 'en', head))).toEqual([
      'content/guides/en/desktop.mdx:1:1: navTitle is missing; add navTitle: … (the short name in navigation, 2–32 characters)',
      'content/guides/en/desktop.mdx:7:5: sources.0.url: a source url must be a full https:// address',
    ]);
    expect(problems(file('Text.\n', 'desktop', 'en', ''))[0]).toMatch(/desktop\.mdx:1:1: the page has no frontmatter; start the file with a --- block/);
    expect(problems(file('Text.\n', 'desktop', 'en', frontmatter.replace('navTitle: On a computer', 'navTitle: [unclosed'))).join('\n')).toMatch(
      /desktop\.mdx:[34]:\d+: the frontmatter is not valid YAML/,
    );
  });

  it('names what MDX cannot parse, with its line', () => {
    expect(problems(file('Fine.\n\n<!-- an HTML comment -->\n'))).toEqual([
      expect.stringMatching(new RegExp(`^${at(3, 1)}: MDX cannot read this: Unexpected character \`!\`.*to create a comment in MDX, use \`\\{/\\* text \\*/\\}\``)),
    ]);
  });
});
