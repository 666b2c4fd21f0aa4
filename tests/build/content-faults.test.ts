/**
 * Bad content stops the build with a message naming the file and the field or line. Each case copies the project
 * into a temporary folder, breaks one thing, runs a real `astro build` and reads what it printed.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject as build, editFile as edit, projectWith, removeFixtureProjects } from '../support/fixture-project';

afterAll(removeFixtureProjects);

describe('bad content stops the build with a clear message', () => {
  it('missing frontmatter field: names the file and the field', () => {
    const root = projectWith((r) => edit(r, 'content/guides/ko/faq.mdx', (t) => t.replace(/^description:.*\n/m, '')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/ko\/faq\.mdx/);
    expect(output).toMatch(/description/);
  });

  it('an unknown frontmatter field is rejected, not ignored', () => {
    const root = projectWith((r) => edit(r, 'content/guides/gu/desktop.mdx', (t) => t.replace(/^title:/m, 'titel: typo\ntitle:')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/gu\/desktop\.mdx/);
    expect(output).toMatch(/titel/);
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
      edit(r, 'content/guides/en/desktop.mdx', (t) => `${t}\n<Step id="get-code" title="Again">\n\nx\n\n</Step>\n\nSee [nowhere](/en/nowhere/).\n\n![](/x.png)\n`),
    );
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/en\/desktop\.mdx:\d+: step id "get-code" is used twice/);
    expect(output).toMatch(/content\/guides\/en\/desktop\.mdx:\d+: link "\/en\/nowhere\/" points to a page that does not exist/);
    expect(output).toMatch(/content\/guides\/en\/desktop\.mdx:\d+: image without alt text/);
  });

  it('broken YAML in the frontmatter', () => {
    const root = projectWith((r) => edit(r, 'content/guides/ko/desktop.mdx', (t) => t.replace(/^navTitle: (.*)$/m, 'navTitle: [unclosed')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/ko\/desktop\.mdx/);
    expect(output).toMatch(/YAML|yaml|frontmatter/);
  });

  it('a link to a step that does not exist on another page', () => {
    const root = projectWith((r) => edit(r, 'content/guides/gu/faq.mdx', (t) => `${t}\n[x](/gu/desktop/#no-such-step)\n`));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/gu\/faq\.mdx:\d+: link "\/gu\/desktop\/#no-such-step" points to "#no-such-step", which is not a step, question or heading of content\/guides\/gu\/desktop\.mdx/);
  });

  it('an MDX component that does not exist', () => {
    const root = projectWith((r) => edit(r, 'content/guides/en/faq.mdx', (t) => `${t}\n<Warning>Careful</Warning>\n`));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/en\/faq\.mdx:\d+: unknown component <Warning>; use one of Steps, Step, Callout/);
  });

  it('a fact component that names a fact content/facts/ does not hold', () => {
    const root = projectWith((r) => edit(r, 'content/guides/ko/faq.mdx', (t) => `${t}\n<FactLink id="delete-pag">삭제 페이지</FactLink>\n`));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guides\/ko\/faq\.mdx:\d+: <FactLink id="delete-pag"> names no links entry in content\/facts\/; use one of privacy-centre, delete-page/);
  });

  it('a source without its address', () => {
    const root = projectWith((r) => edit(r, 'content/guides/de/desktop.mdx', (t) => t.replace(/^sources:\n/m, 'sources:\n  - title: ein Blog ohne Adresse\n')));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toMatch(/de\/desktop/);
    expect(output).toContain('a source needs its https:// address (url); find it, or remove the source and what rests on it');
  });
});
