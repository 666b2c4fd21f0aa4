/**
 * WCAG 2.2 success criterion 3.1.2, language of parts, which axe does not test: every run of English in a page of
 * another language is marked lang="en" (and dir="ltr" in right-to-left pages), so a screen reader reads it with an
 * English voice. The detector is tests/support/untagged-english.ts; the proper names it allows come from the facts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../src/i18n/languages';
import { loadFacts } from '../../src/lib/facts-file';
import { distDir, htmlFiles } from '../support/dist';
import { untaggedEnglish } from '../support/untagged-english';

const { facts } = loadFacts('.');
const labels = Object.values(facts.labels).map((label) => label.en);
/** Company, contact and regulator names: proper names, which 3.1.2 lets stand in their own language. */
const names = [
  ...Object.values(facts.companies).map((company) => company.legalName),
  ...Object.values(facts.contacts).flatMap((contact) => (contact.name ? [contact.name] : [])),
  ...Object.values(facts.regulators).flatMap((regulator) => Object.values(regulator.name as Record<string, string>)),
];
const translated = languages.filter((language) => language.code !== 'en');

describe('language of parts', () => {
  it.each(translated.map((l) => [l.code, l.hreflang]))('no English in the %s pages lacks lang="en"', (code, hreflang) => {
    const pages = htmlFiles().filter((path) => path.startsWith(`${code}/`));
    expect(pages.length).toBeGreaterThanOrEqual(9);
    const found = pages.flatMap((path) =>
      untaggedEnglish(readFileSync(join(distDir, path), 'utf8'), hreflang, { labels, names }).map((f) => `dist/${path}: "${f.text}" in "${f.context}"`),
    );
    expect(found, `English without lang="en":\n${found.join('\n')}`).toEqual([]);
  });

  it('a contact name written in another language than English is marked with its own language, not English', () => {
    const foreignNames = Object.values(facts.contacts).filter((contact) => contact.name && contact.nameLang);
    expect(foreignNames.length).toBeGreaterThan(0);
    for (const contact of foreignNames) {
      const shown = htmlFiles().flatMap((path) => [...readFileSync(join(distDir, path), 'utf8').matchAll(/<bdi\b([^>]*)>([^<]*)<\/bdi>/g)].filter((m) => m[2] === contact.name).map((m) => ({ path, attributes: m[1] })));
      expect(shown.length, `${contact.name} is shown somewhere`).toBeGreaterThan(0);
      const wrong = shown.filter(({ attributes }) => !attributes.includes(`lang="${contact.nameLang}"`)).map(({ path, attributes }) => `dist/${path}: <bdi${attributes}>`);
      expect(wrong).toEqual([]);
    }
  });

  it('the letter in Arabic and Hebrew keeps a legal reference such as 12(3) in order (isolated left to right)', () => {
    for (const language of translated.filter((l) => l.dir === 'rtl')) {
      // The reader's own-language letter for every place, as the page's script gets it to fill in.
      const json = readFileSync(join(distDir, language.code, 'erasure-request', 'index.html'), 'utf8').match(/<script[^>]*data-letter-data[^>]*>([\s\S]*?)<\/script>/)?.[1] ?? '{}';
      const own = JSON.stringify(JSON.parse(json).own ?? {});
      const references = [...own.matchAll(/\d+\(\d+\)/g)].map((m) => own.slice(m.index - 1, m.index + m[0].length + 1));
      expect(references.length, `${language.code}: the letter cites a provision such as 12(3)`).toBeGreaterThan(0);
      expect(references.filter((r) => !(r.startsWith('\u2066') && r.endsWith('\u2069'))), language.code).toEqual([]);
    }
  });

  it('every English run a translated page marks is also marked left to right in the right-to-left pages', () => {
    const unmarked = translated
      .filter((l) => l.dir === 'rtl')
      .flatMap((l) => htmlFiles().filter((path) => path.startsWith(`${l.code}/`)))
      .flatMap((path) => {
        const html = readFileSync(join(distDir, path), 'utf8');
        return [...html.matchAll(/<(\w+)\b[^>]*\blang="en"[^>]*>/g)].filter((m) => !/\bdir="ltr"/.test(m[0]) && m[1] !== 'html').map((m) => `dist/${path}: ${m[0]}`);
      });
    expect(unmarked).toEqual([]);
  });

  it('catches an untagged English sentence put into a real Korean page, and one in a real German page', () => {
    const korean = readFileSync(join(distDir, 'ko/desktop/index.html'), 'utf8');
    expect(untaggedEnglish(korean, 'ko', { labels, names })).toEqual([]);
    const changedKorean = korean.replace('</h1>', '</h1><p>버튼이 없으면 Open the direct link again 하세요.</p>');
    expect(untaggedEnglish(changedKorean, 'ko', { labels, names }).map((f) => f.text)).toEqual(['Open the direct link again']);
    const german = readFileSync(join(distDir, 'de/desktop/index.html'), 'utf8');
    const changedGerman = german.replace('</h1>', '</h1><p>Wenn nichts hilft: write to the data protection officer instead.</p>');
    expect(untaggedEnglish(changedGerman, 'de', { labels, names }).map((f) => f.text)).toEqual(['write to the data protection officer instead']);
  });
});
