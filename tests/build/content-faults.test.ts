/**
 * Bad content stops the build with a message naming the file and the line. A few cases copy the project into a
 * temporary folder, break one thing and run a real `astro build`, to prove the checks are wired into the build. The
 * corpus below runs the function the content loader calls (checkGuideContent) on the real content with one file
 * changed in memory: the same code as the build, without its 10–20 seconds per case.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { languageCodes, languages } from '../../src/i18n/languages';
import { checkGuideContent, publicFilesUnder, readGuideSources, type GuideSource } from '../../src/lib/guide-content';
import { isoDate } from '../../src/lib/guide-frontmatter';
import { parseGuidePage, type GuideModel } from '../../src/lib/guide-model';
import { guidePageSlugs } from '../../src/lib/guide-pages';
import { buildProject as build, editFile as edit, projectWith, removeFixtureProjects } from '../support/fixture-project';

afterAll(removeFixtureProjects);

describe('bad content stops a real build with a clear message', () => {
  it('missing frontmatter field: names the file, line and field', () => {
    const root = projectWith((r) => edit(r, 'content/guides/ko/faq.mdx', (t) => t.replace(/^description:.*\n/m, '')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/ko/faq.mdx:1:1: description is missing; add description: …');
  });

  it('an unknown frontmatter field is rejected, not ignored', () => {
    const root = projectWith((r) => edit(r, 'content/guides/gu/desktop.mdx', (t) => t.replace(/^title:/m, 'titel: typo\ntitle:')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/gu/desktop.mdx:2:1: unknown field "titel"');
  });

  it('unknown language folder', () => {
    const root = projectWith((r) => {
      mkdirSync(join(r, 'content/guides/xx'));
      cpSync(join(r, 'content/guides/en/faq.mdx'), join(r, 'content/guides/xx/faq.mdx'));
    });
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/xx/faq.mdx: unknown language folder "xx"');
  });

  it('a page missing in one language', () => {
    const root = projectWith((r) => rmSync(join(r, 'content/guides/gu/after-deletion.mdx')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/gu/after-deletion.mdx: page is missing');
  });

  it('a step id used twice, a link to a missing page and an image without alt, each with file and line', () => {
    const root = projectWith((r) =>
      edit(r, 'content/guides/en/desktop.mdx', (t) => `${t}\n<Steps>\n<Step id="get-code" title="Again">\n\nx\n\n</Step>\n</Steps>\n\nSee [nowhere](/en/nowhere/).\n\n![](/x.png)\n`),
    );
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/en\/desktop\.mdx:\d+:1: id "get-code" of this step is already the id of the step on line \d+/);
    expect(output).toMatch(/content\/guides\/en\/desktop\.mdx:\d+:5: link "\/en\/nowhere\/" points to a page that does not exist/);
    expect(output).toMatch(/content\/guides\/en\/desktop\.mdx:\d+:1: image without alt text/);
  });

  it('broken YAML in the frontmatter', () => {
    const root = projectWith((r) => edit(r, 'content/guides/ko/desktop.mdx', (t) => t.replace(/^navTitle: (.*)$/m, 'navTitle: [unclosed')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/ko\/desktop\.mdx:\d+:\d+: the frontmatter is not valid YAML/);
  });

  it('a link to a step that does not exist on another page', () => {
    const root = projectWith((r) => edit(r, 'content/guides/gu/faq.mdx', (t) => `${t}\n[x](/gu/desktop/#no-such-step)\n`));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/gu\/faq\.mdx:\d+:1: link "\/gu\/desktop\/#no-such-step" points to "#no-such-step", which is not a step, question or heading of content\/guides\/gu\/desktop\.mdx/);
  });

  it('a component that does not exist, and a page that would print a CI secret: nothing is built', () => {
    const root = projectWith((r) =>
      edit(r, 'content/guides/en/faq.mdx', (t) => `${t}\nexport const x = process.env.SOME_SECRET\n\nThe key is {x}.\n\n<Warning level={3}>Careful</Warning>\n`),
    );
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/en\/faq\.mdx:\d+:1: "export const x = process\.env\.SOME_SECRET": import and export are not allowed/);
    expect(output).toMatch(/content\/guides\/en\/faq\.mdx:\d+:12: \{x\} is a JavaScript expression/);
    expect(output).toMatch(/content\/guides\/en\/faq\.mdx:\d+:1: unknown component <Warning>; use one of Steps, Step, Callout/);
    expect(output).not.toMatch(/ at .*\.(js|mjs|ts):\d+:\d+/);
  });
});

const layout = {
  languages: languageCodes,
  pages: guidePageSlugs,
  untranslated: Object.fromEntries(languages.map((l) => [l.code, 'untranslated' in l ? (l.untranslated as readonly string[]) : []])),
};
const realSources = readGuideSources('content/guides');
const options = { layout, publicFiles: publicFilesUnder('public'), today: isoDate(new Date()) };
const textOf = (path: string) => new TextDecoder().decode(realSources.find((s) => s.path === path)!.bytes);

// Like the loader, reuse the model of a page whose text has not changed: parsing is pure, and 105 pages per case add up.
const parsed = new Map<string, GuideModel>();
function parseOnce(file: string, text: string): GuideModel {
  const key = `${file}\0${text}`;
  if (!parsed.has(key)) parsed.set(key, parseGuidePage(file, text));
  return parsed.get(key)!;
}

/** The problems the loader reports when one file of the real content reads `text` (or these bytes) instead. */
function problemsWith(path: string, content: string | Uint8Array): string[] {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const sources: GuideSource[] = realSources.map((source) => (source.path === path ? { path, bytes } : source));
  return checkGuideContent(sources, options, parseOnce).problems;
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

interface Fault {
  fault: string;
  path: string;
  /** The changed file: a function of the original text, or raw bytes. */
  change: (text: string) => string | Uint8Array;
  /** Where the problem must be reported: the line holding this text in the changed file (or a line number). */
  at: string | number;
  column?: number;
  message: RegExp;
}

/** Appends a block at the end of a page; its first line is the one a message must name. */
const append = (block: string) => (text: string) => `${text}\n${block}\n`;

const faults: Fault[] = [
  {
    fault: 'ESM export reading an environment variable',
    path: 'en/faq.mdx',
    change: append('export const x = process.env.SOME_SECRET'),
    at: 'export const x',
    message: /import and export are not allowed, content never runs code; remove the line/,
  },
  { fault: 'ESM import', path: 'ko/faq.mdx', change: append("import Secret from '../../src/secret.ts'"), at: 'import Secret', message: /import and export are not allowed/ },
  {
    fault: 'an expression printing a variable',
    path: 'en/faq.mdx',
    change: append('The key is {x}.'),
    at: 'The key is',
    column: 12,
    message: /\{x\} is a JavaScript expression, and content never runs code; write the text itself/,
  },
  {
    fault: 'an inline expression computing a year',
    path: 'de/index.mdx',
    change: append('© {new Date().getFullYear()}'),
    at: '© {new',
    column: 3,
    message: /\{new Date\(\)\.getFullYear\(\)\} is a JavaScript expression/,
  },
  {
    fault: 'an expression attribute on one of our components',
    path: 'en/desktop.mdx',
    change: append('<Callout type="note" title={x}>\n\nx\n\n</Callout>'),
    at: '<Callout type="note" title={x}>',
    column: 22,
    message: /<Callout> takes title from an expression, \{x\}; write it as a quoted string, title="…"/,
  },
  {
    fault: 'an expression attribute on an unknown component (crashed at render before)',
    path: 'fr/faq.mdx',
    change: append('<Widget size={3} />'),
    at: '<Widget',
    message: /unknown component <Widget>; use one of Steps, Step, Callout, Faq, FaqItem, UiLabel, RoutesDiagram/,
  },
  {
    fault: 'a spread attribute',
    path: 'en/desktop.mdx',
    change: append('<UiLabel en="Delete" {...props} />'),
    at: '<UiLabel en="Delete" {...props}',
    column: 22,
    message: /<UiLabel> spreads an expression into its attributes \(\{\.\.\.props\}\); write each attribute as name="…"/,
  },
  {
    fault: 'an event handler on an HTML element',
    path: 'es/faq.mdx',
    change: append('<p onclick="steal()">Hola</p>'),
    at: '<p onclick',
    column: 4,
    message: /<p> has an event handler, onclick, which runs code; remove the attribute/,
  },
  {
    fault: 'an event handler on an allowed element',
    path: 'he/faq.mdx',
    change: append('<bdi onmouseover="x()">AliExpress</bdi>'),
    at: '<bdi onmouseover',
    column: 6,
    message: /<bdi> has an event handler, onmouseover, which runs code/,
  },
  {
    fault: 'a raw <a href="javascript:…">',
    path: 'en/faq.mdx',
    change: append('<a href="javascript:alert(document.cookie)">Click</a>'),
    at: '<a href="javascript',
    message: /raw <a> is not allowed; write a Markdown link, \[text\]\(\/en\/page\/\)/,
  },
  {
    fault: 'a Markdown javascript: link',
    path: 'pl/faq.mdx',
    change: append('[Kliknij](javascript:alert(1))'),
    at: '[Kliknij]',
    message: /link "javascript:alert\(1\)" runs code when followed; link to a page \(https:\/\/… or \/pl\/…\) instead/,
  },
  { fault: 'a vbscript: link', path: 'en/faq.mdx', change: append('[x](vbscript:msgbox)'), at: '[x](vbscript', message: /link "vbscript:msgbox" runs code when followed/ },
  { fault: 'a data: link', path: 'en/faq.mdx', change: append('[x](data:text/html;base64,PHNjcmlwdD4=)'), at: '[x](data:', message: /\(a data: link\); link to a page/ },
  { fault: 'a raw <script>', path: 'ja/faq.mdx', change: append('<script>fetch("https://evil.example/")</script>'), at: '<script>', message: /<script> is never allowed/ },
  { fault: 'a raw <style>', path: 'en/index.mdx', change: append('<style>{"body{display:none}"}</style>'), at: '<style>', message: /<style> is never allowed/ },
  { fault: 'a raw <iframe>', path: 'en/index.mdx', change: append('<iframe src="https://evil.example/" />'), at: '<iframe', message: /<iframe> is never allowed/ },
  { fault: 'a raw <form>', path: 'en/index.mdx', change: append('<form action="https://evil.example/">x</form>'), at: '<form', message: /<form> is never allowed/ },
  { fault: 'HTML outside the allow-list', path: 'en/index.mdx', change: append('<marquee>Hi</marquee>'), at: '<marquee>', message: /<marquee> is not an HTML element content may use; write Markdown, or use one of bdi, div/ },
  {
    fault: 'an http:// link',
    path: 'it/faq.mdx',
    change: append('[sito](http://example.com/privacy)'),
    at: '[sito]',
    message: /link "http:\/\/example\.com\/privacy" is not encrypted; use https:\/\/example\.com\/privacy/,
  },
  { fault: 'a bare http:// address', path: 'nl/faq.mdx', change: append('Zie http://example.com'), at: 'Zie http', column: 5, message: /link "http:\/\/example\.com" is not encrypted/ },
  {
    fault: 'lastVerified 2026-02-30 (was shown as 2 March)',
    path: 'en/desktop.mdx',
    change: (t) => t.replace(/^lastVerified: .*$/m, 'lastVerified: 2026-02-30'),
    at: 'lastVerified:',
    message: /lastVerified 2026-02-30 is not a real date; write the day you checked the page/,
  },
  {
    fault: 'lastVerified 2026-13-45 (was shown as February 2027)',
    path: 'ko/desktop.mdx',
    change: (t) => t.replace(/^lastVerified: .*$/m, 'lastVerified: 2026-13-45'),
    at: 'lastVerified:',
    message: /lastVerified 2026-13-45 is not a real date/,
  },
  {
    fault: 'lastVerified in 2099',
    path: 'tr/desktop.mdx',
    change: (t) => t.replace(/^lastVerified: .*$/m, 'lastVerified: 2099-01-01'),
    at: 'lastVerified:',
    message: /lastVerified 2099-01-01 is in the future/,
  },
  {
    fault: 'a right-to-left override in an Arabic title (reached <title>, cards and preview image)',
    path: 'ar/desktop.mdx',
    change: (t) => t.replace(/^title: "/m, 'title: "\u202E'),
    at: 'title: "',
    column: 9,
    message: /invisible U\+202E character, which can make text read in another order than it shows; delete it/,
  },
  {
    fault: 'a directional isolate in the body',
    path: 'he/desktop.mdx',
    change: append('טקסט \u2067abc\u2069'),
    at: 'טקסט',
    column: 6,
    message: /invisible U\+2067 character/,
  },
  {
    fault: '## Get code above a step get-code (two elements with id="get-code")',
    path: 'en/desktop.mdx',
    change: (t) => t.replace('<Steps>', '## Get code\n\n<Steps>'),
    at: '<Step id="get-code"',
    message: /id "get-code" of this step is already the id of the heading "Get code" on line \d+, so the page would have two elements with id="get-code"/,
  },
  {
    fault: 'a question id used twice (was called a "step id")',
    path: 'de/faq.mdx',
    change: (t) => t.replace('<FaqItem id="deactivate-or-delete"', '<FaqItem id="undo"'),
    at: '<FaqItem id="undo" question="Ist',
    message: /id "undo" of this question is already the id of the question on line \d+, so the page would have two elements with id="undo"/,
  },
  {
    fault: 'an image whose file does not exist',
    path: 'en/desktop.mdx',
    change: append('![The menu](/images/missing.png)'),
    at: '![The menu]',
    message: /image "\/images\/missing\.png" does not exist: there is no public\/images\/missing\.png; add the file or fix the path/,
  },
  { fault: 'an image without alt text', path: 'en/desktop.mdx', change: append('![](/favicon.svg)'), at: '![](/favicon.svg)', message: /image without alt text/ },
  {
    fault: 'an image from another site',
    path: 'en/desktop.mdx',
    change: append('![Menu](https://tracker.example/pixel.png)'),
    at: '![Menu]',
    message: /image "https:\/\/tracker\.example\/pixel\.png" would load from another site/,
  },
  {
    fault: 'a UTF-16 file without a byte-order mark (was "all five fields missing")',
    path: 'ko/faq.mdx',
    change: (t) => Buffer.from(t, 'utf16le'),
    at: 1,
    column: 2,
    message: /the file holds NUL characters, so it is probably UTF-16; save the file as UTF-8/,
  },
  {
    fault: 'a UTF-16 file with a byte-order mark',
    path: 'ko/faq.mdx',
    change: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    at: 1,
    message: /the file is UTF-16 \(it starts with a UTF-16 byte-order mark\); save the file as UTF-8/,
  },
  {
    fault: 'a file in another encoding',
    path: 'fr/faq.mdx',
    // Latin-1 as an old editor would save it: characters Latin-1 lacks become "?" first, as such an editor does.
    change: (t) => Buffer.from(t.replace('title:', 'title: Café').replace(/[^\u0000-\u00ff]/g, '?'), 'latin1'),
    at: 2,
    column: 11,
    message: /the file is not UTF-8 text/,
  },
  {
    fault: 'a title too short',
    path: 'en/faq.mdx',
    change: (t) => t.replace(/^title: .*$/m, 'title: FAQ'),
    at: 'title:',
    message: /title is 3 characters long; make it 10–70 characters/,
  },
  {
    fault: 'a description too long',
    path: 'es/faq.mdx',
    change: (t) => t.replace(/^description: .*$/m, `description: ${'palabra '.repeat(25).trim()}`),
    at: 'description:',
    message: /description is 199 characters long; make it 50–170 characters/,
  },
  { fault: 'an unknown component', path: 'en/faq.mdx', change: append('<Warning>Careful</Warning>'), at: '<Warning>', message: /unknown component <Warning>/ },
  {
    fault: 'a component without a required attribute',
    path: 'en/desktop.mdx',
    change: (t) => t.replace('<Step id="get-code" title=', '<Step id="get-code" name='),
    at: '<Step id="get-code" name=',
    message: /<Step> needs a non-empty title="…"/,
  },
  { fault: 'an id that is not lowercase Latin', path: 'ko/desktop.mdx', change: (t) => t.replace('id="get-code"', 'id="코드"'), at: 'id="코드"', column: 7, message: /id "코드" must be lowercase Latin letters, digits and hyphens/ },
  {
    fault: 'steps before any ## heading',
    path: 'en/before-you-start.mdx',
    change: (t) => t.replace(/^## .*\n/m, ''),
    at: '<Steps',
    message: /<Steps> comes before any ## heading; add a ## section heading above it/,
  },
  {
    fault: 'a link to a page that does not exist',
    path: 'en/faq.mdx',
    change: append('See [the guide](/en/nowhere/).'),
    at: 'See [the guide]',
    column: 5,
    message: /link "\/en\/nowhere\/" points to a page that does not exist/,
  },
  { fault: 'a link that leaves the language', path: 'ko/faq.mdx', change: append('[English](/en/desktop/)'), at: '[English]', message: /link "\/en\/desktop\/" leaves the page's language \(ko\); link to \/ko\/… instead/ },
  { fault: 'an HTML comment, which MDX cannot read', path: 'en/faq.mdx', change: append('<!-- TODO -->'), at: '<!-- TODO', message: /MDX cannot read this: .*to create a comment in MDX, use `\{\/\* text \*\/\}`/ },
  {
    fault: 'broken YAML',
    path: 'ko/desktop.mdx',
    change: (t) => t.replace(/^navTitle: (.*)$/m, 'navTitle: [unclosed'),
    // YAML notices the unclosed [ where the next field starts.
    at: 'description:',
    message: /the frontmatter is not valid YAML/,
  },
  { fault: 'a # heading (a second h1)', path: 'en/index.mdx', change: append('# Another title'), at: '# Another title', message: /# heading "Another title": the page title is the page's only h1; use ## for a section/ },
];

describe('bad content: the loader names file, line and column, with a fix', () => {
  it('the real content has no problem', () => {
    expect(checkGuideContent(realSources, options, parseOnce).problems).toEqual([]);
  });

  it('the corpus holds at least 25 faults', () => {
    expect(faults.length).toBeGreaterThanOrEqual(25);
  });

  it.each(faults)('$fault', ({ path, change, at, column = 1, message }) => {
    const changed = change(textOf(path));
    const text = typeof changed === 'string' ? changed : '';
    const line = typeof at === 'number' ? at : lineOf(text, at);
    const problems = problemsWith(path, changed);
    const expected = `content/guides/${path}:${line}:${column}: `;
    const found = problems.filter((p) => p.startsWith(expected) && message.test(p.slice(expected.length)));
    expect(found, `expected a problem at ${expected} matching ${message}, got:\n${problems.join('\n')}`).toHaveLength(1);
  });

  it('a fact component that names a fact content/facts/ does not hold', () => {
    const root = projectWith((r) => edit(r, 'content/guides/ko/faq.mdx', (t) => `${t}\n<FactLink id="delete-pag">삭제 페이지</FactLink>\n`));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/ko\/faq\.mdx:\d+:\d+: <FactLink id="delete-pag"> names no links entry in content\/facts\/; use one of privacy-centre, delete-page/);
  });

  it('a source without its address', () => {
    const root = projectWith((r) => edit(r, 'content/guides/de/desktop.mdx', (t) => t.replace(/^sources:\n/m, 'sources:\n  - title: ein Blog ohne Adresse\n')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/de\/desktop/);
    expect(output).toContain('a source needs its https:// address (url); find it, or remove the source and what rests on it');
  });
});
