/**
 * The readers' words of content/glossary/ reach the places concepts.yaml names: in every language, each step,
 * question or page opening listed holds its hidden words (hidden and aria-hidden, so nobody sees or hears them), and
 * the search index takes them in with that step (search-sections.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { projectGlossaries, searchWordsAt } from '../../src/lib/glossary';
import { searchPageOf } from '../../src/lib/search-sections';

const glossaries = projectGlossaries();
const places = [...new Set(Object.values(glossaries.concepts).flatMap((concept) => concept.searchAt))];
const fileOf = (code: string, page: string) => `dist/${code}/${page === 'index' ? '' : `${page}/`}index.html`;

describe('hidden search words', () => {
  it.each(languages.map((l) => ({ code: l.code })))('in $code, every place of the glossary holds its words, hidden from readers and screen readers', ({ code }) => {
    const problems: string[] = [];
    for (const place of places) {
      const [page, anchor] = place.split('#');
      if (!existsSync(fileOf(code, page))) {
        problems.push(`${place}: no page ${fileOf(code, page)}`);
        continue;
      }
      const html = readFileSync(fileOf(code, page), 'utf8');
      const root = parse(html);
      if (anchor && !root.getElementById(anchor)) problems.push(`${place}: the page has no #${anchor} (content/glossary/concepts.yaml names it)`);
      const block = root.getElementById(`search-words-${anchor ?? 'page'}`);
      const words = searchWordsAt(glossaries, code, place);
      if (!block) {
        problems.push(`${place}: no hidden search words`);
        continue;
      }
      if (!block.hasAttribute('hidden') || block.getAttribute('aria-hidden') !== 'true') problems.push(`${place}: the search words are not hidden and aria-hidden`);
      if (block.text !== words.join(' ')) problems.push(`${place}: holds "${block.text}", expected "${words.join(' ')}"`);
      const section = searchPageOf(html)!.sections.find((s) => s.id === anchor);
      if (!section?.searchWords.includes(words.join(' '))) problems.push(`${place}: the search record of this ${anchor ? 'step' : 'page'} lacks its words`);
    }
    expect(problems).toEqual([]);
  });
});
