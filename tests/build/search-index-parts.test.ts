// The search index is written in parts, one Pagefind process per core, each for some of the languages
// (src/integrations/search-index.ts). Pagefind keeps every language's index apart, so the parts together must be the
// very index one process writes: the same files, byte for byte, and one pagefind-entry.json listing every language.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchIndexParts, writeSearchIndex } from '../../src/integrations/search-index';
import { distDir } from '../support/dist';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'search-parts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A small built site: a few pages of several languages and scripts, copied from dist/ (`to` renames a page's folder). */
function smallSite(name: string, pages: Record<string, string> = {}): string {
  const site = join(scratch, name);
  const chosen = { 'en/desktop/index.html': '', 'ko/faq/index.html': '', 'ja/desktop/index.html': '', 'th/faq/index.html': '', 'ar/index.html': '', ...pages };
  for (const [page, to] of Object.entries(chosen)) {
    const target = join(site, to || page);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(distDir, page), target);
  }
  return site;
}

function filesUnder(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(folder, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('the search index written in parts', () => {
  it('is the index one Pagefind process writes: the same files, byte for byte, and one entry for every language', async () => {
    const whole = smallSite('whole');
    const inParts = smallSite('parts');
    const one = await writeSearchIndex(whole, root, new SearchIndexParts(root, 1));
    const three = await writeSearchIndex(inParts, root, new SearchIndexParts(root, 3));
    expect([one.parts, three.parts]).toEqual([1, 3]);
    expect(three.records).toBe(one.records);
    expect(one.pages).toBe(5);

    const expected = filesUnder(join(whole, 'pagefind'));
    const actual = filesUnder(join(inParts, 'pagefind'));
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [file, bytes] of expected) {
      if (file === 'pagefind-entry.json') continue;
      expect(actual.get(file)!.equals(bytes), file).toBe(true);
    }
    const entry = (files: Map<string, Buffer>) => JSON.parse(files.get('pagefind-entry.json')!.toString('utf8'));
    expect(entry(actual)).toEqual(entry(expected));
    expect(Object.keys(entry(actual).languages).sort()).toEqual(['ar', 'en', 'ja', 'ko', 'th']);
    expect(readdirSync(inParts)).not.toContain('.pagefind-parts');
  });

  it('stops the build, naming the page, when a page stands in another language part\'s folder', async () => {
    const parts = new SearchIndexParts(root, 2);
    const [first, second] = parts.shards;
    const site = smallSite('misplaced', { [`${second[0]}/index.html`]: `${first[0]}/stray/index.html` });
    await expect(writeSearchIndex(site, root, parts)).rejects.toThrow(new RegExp(`${first[0]}/stray/index.html: <html lang="[^"]+"> in another language's folder`));
    expect(readdirSync(site)).not.toContain('.pagefind-parts');
  });
});
