import { describe, expect, it } from 'vitest';
import { problemsWithLayout, problemsWithSources, readGuideSource, type GuideSourceFile } from './content-checks';

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

function file(source: string, page = 'desktop', lang = 'en'): GuideSourceFile {
  return { path: `content/guides/${lang}/${page}.mdx`, lang, page, source };
}
const other = file('---\ntitle: x\n---\n\n## Where to start\n\n<Step id="log-in" title="Log in">\n\nx\n\n</Step>\n', 'index');

describe('readGuideSource', () => {
  it('finds step ids, FAQ ids and heading anchors', () => {
    const facts = readGuideSource('## Older versions of the site\n\n<Steps>\n<Step id="get-code" title="Get the code">\n\n</Step>\n</Steps>\n\n<FaqItem id="undo" question="Undo?">\n</FaqItem>\n');
    expect(facts.anchors).toEqual(['get-code', 'undo', 'older-versions-of-the-site']);
  });

  it('reads attributes in single quotes too', () => {
    const facts = readGuideSource(`<FaqItem id='quoted' question='Is "this" the same?'>\n</FaqItem>\n`);
    expect(facts.components[0].attributes).toEqual({ id: 'quoted', question: 'Is "this" the same?' });
  });

  it('ignores components written inside code', () => {
    const facts = readGuideSource('Write `<Step id="x">` like this.\n\n```mdx\n<Unknown />\n```\n');
    expect(facts.components).toEqual([]);
  });
});

describe('problemsWithSources', () => {
  it('accepts a valid page', () => {
    const page = file('## Steps\n\n<Steps>\n<Step id="get-code" title="Get it">\n\nSee [start](/en/#log-in) and [below](#where-next).\n\n</Step>\n</Steps>\n\n## Where next\n');
    expect(problemsWithSources([page, other], layout)).toEqual([]);
  });

  it('names a step id used twice, with both lines', () => {
    const page = file('<Step id="get-code" title="A">\n</Step>\n<Step id="get-code" title="B">\n</Step>\n');
    expect(problemsWithSources([page], layout)).toEqual([
      'content/guides/en/desktop.mdx:3: step id "get-code" is used twice (first on line 1); ids must be unique on a page',
    ]);
  });

  it('wants a ## heading before a list of steps or questions', () => {
    expect(problemsWithSources([file('Intro.\n\n<Steps>\n<Step id="a" title="A">\n</Step>\n</Steps>\n')], layout)).toEqual([
      'content/guides/en/desktop.mdx:3: <Steps> comes before any ## heading; add a ## section heading above it (its items are h3)',
    ]);
  });

  it('rejects ids that are not lowercase Latin with hyphens', () => {
    expect(problemsWithSources([file('<Step id="Get code" title="A">\n</Step>\n')], layout)[0]).toContain('must be lowercase Latin');
  });

  it('names an unknown component and a missing attribute', () => {
    const problems = problemsWithSources([file('\n<Warning>hi</Warning>\n<Step title="no id">\n</Step>\n<UiLabel />\n')], layout);
    expect(problems).toEqual([
      expect.stringContaining('desktop.mdx:2: unknown component <Warning>'),
      'content/guides/en/desktop.mdx:3: <Step> needs a non-empty id="…"',
      'content/guides/en/desktop.mdx:5: <UiLabel> needs a non-empty en="…"',
    ]);
  });

  it('rejects an unknown callout type', () => {
    expect(problemsWithSources([file('<Callout type="tip">\n</Callout>\n')], layout)[0]).toContain('is not a callout type');
  });

  it('names an image without alt text', () => {
    const problems = problemsWithSources([file('text\n\n![](/shot.png)\n\n<img src="/a.png" />\n<img src="/b.png" alt="Menu" />\n')], layout);
    expect(problems).toEqual([
      expect.stringContaining('desktop.mdx:3: image without alt text'),
      expect.stringContaining('desktop.mdx:5: image without alt text'),
    ]);
  });

  it('names links to pages and steps that do not exist', () => {
    const page = file('[a](/en/nowhere/) [b](/en/#no-such-step) [c](#missing) [d](/fr/) [e](/en/index/) [f](desktop)\n');
    const problems = problemsWithSources([page, other], layout);
    expect(problems).toEqual([
      'content/guides/en/desktop.mdx:1: link "/en/nowhere/" points to a page that does not exist',
      expect.stringContaining('link "/en/#no-such-step" points to "#no-such-step", which is not a step'),
      expect.stringContaining('link "#missing" points to "#missing"'),
      'content/guides/en/desktop.mdx:1: link "/fr/" points to a page that does not exist',
      'content/guides/en/desktop.mdx:1: link "/en/index/" points to a page that does not exist',
      expect.stringContaining('link "desktop" is not a guide page'),
    ]);
  });

  it('keeps links inside the page language', () => {
    const problems = problemsWithSources([file('[English](/en/)\n', 'desktop', 'ko')], layout);
    expect(problems).toEqual([expect.stringContaining('leaves the page\'s language (ko)')]);
  });

  it('leaves external and mail links alone', () => {
    expect(problemsWithSources([file('[x](https://privacy.aliexpress.com/home#/request/delete) [m](mailto:a@b.c)\n')], layout)).toEqual([]);
  });
});
