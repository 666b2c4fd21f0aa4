// The search index is written in parts, one Pagefind process per core, each for some of the languages
// (src/integrations/search-index.ts). Pagefind keeps every language's index apart, so the parts together must be the
// very index one process writes: the same files, byte for byte, and one pagefind-entry.json listing every language.
// Each language's index is kept between builds; a build that takes some from that cache writes the same index too.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

const entryOf = (site: string) => JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));

/** The same files under pagefind/, byte for byte, pagefind-entry.json too (its languages are written in one order). */
function expectSameIndex(site: string, expectedSite: string): void {
  const expected = filesUnder(join(expectedSite, 'pagefind'));
  const actual = filesUnder(join(site, 'pagefind'));
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [file, bytes] of expected) expect(actual.get(file)!.equals(bytes), file).toBe(true);
}

describe('the search index written in parts', () => {
  it('is the index one Pagefind process writes: the same files, byte for byte, and one entry for every language', async () => {
    const whole = smallSite('whole');
    const inParts = smallSite('parts');
    const one = await writeSearchIndex(whole, root, new SearchIndexParts(root, 1, null));
    const three = await writeSearchIndex(inParts, root, new SearchIndexParts(root, 3, null));
    expect([one.parts, three.parts]).toEqual([1, 3]);
    expect(three.records).toBe(one.records);
    expect(one.pages).toBe(5);

    expectSameIndex(inParts, whole);
    expect(Object.keys(entryOf(inParts).languages).sort()).toEqual(['ar', 'en', 'ja', 'ko', 'th']);
    expect(readdirSync(inParts)).not.toContain('.pagefind-parts');
  });

  it('keeps each language between builds and indexes again only the languages whose pages changed, writing the same index', async () => {
    const cache = join(scratch, 'language-cache');
    const first = smallSite('cached-first');
    const again = smallSite('cached-again');
    const fresh = await writeSearchIndex(first, root, new SearchIndexParts(root, 2, cache));
    expect([fresh.languages, fresh.reused]).toEqual([5, 0]);
    const reused = await writeSearchIndex(again, root, new SearchIndexParts(root, 2, cache));
    expect([reused.languages, reused.reused]).toEqual([5, 5]);
    expectSameIndex(again, first);

    // A kept file cut short (a full disk, a killed build) is indexed again, not read.
    const kept = readdirSync(cache).filter((name) => name.startsWith('th-'));
    expect(kept).toHaveLength(1);
    const keptPath = join(cache, kept[0]);
    writeFileSync(keptPath, readFileSync(keptPath).subarray(0, 100));
    const repaired = smallSite('cached-repaired');
    const afterDamage = await writeSearchIndex(repaired, root, new SearchIndexParts(root, 2, cache));
    expect([afterDamage.languages, afterDamage.reused]).toEqual([5, 4]);
    expectSameIndex(repaired, first);

    // One Korean step reworded: Korean alone is indexed again, and the index is the one a build without a cache writes.
    const changed = smallSite('cached-changed');
    const uncached = smallSite('uncached-changed');
    for (const site of [changed, uncached]) {
      const page = join(site, 'ko/faq/index.html');
      const html = readFileSync(page, 'utf8');
      const edited = html.replace(/(<h3[^>]*>)([^<]+)/, '$1$2 삭제 확인');
      expect(edited).not.toBe(html);
      writeFileSync(page, edited);
    }
    const partly = await writeSearchIndex(changed, root, new SearchIndexParts(root, 2, cache));
    expect([partly.languages, partly.reused]).toEqual([5, 4]);
    await writeSearchIndex(uncached, root, new SearchIndexParts(root, 2, null));
    expectSameIndex(changed, uncached);
    expect(filesUnder(join(changed, 'pagefind')).get('pagefind-entry.json')).not.toEqual(filesUnder(join(first, 'pagefind')).get('pagefind-entry.json'));
  });

  it('stops the build, naming the page, when a page stands in another language part\'s folder', async () => {
    const parts = new SearchIndexParts(root, 2, null);
    const [first, second] = parts.shards;
    const site = smallSite('misplaced', { [`${second[0]}/index.html`]: `${first[0]}/stray/index.html` });
    await expect(writeSearchIndex(site, root, parts)).rejects.toThrow(new RegExp(`${first[0]}/stray/index.html: <html lang="[^"]+"> in another language's folder`));
    expect(readdirSync(site)).not.toContain('.pagefind-parts');
  });
});
