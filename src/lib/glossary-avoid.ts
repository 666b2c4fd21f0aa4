/**
 * The "avoid" lists of the glossaries (content/glossary/<lang>.yaml: words readers do not use, with the word to use
 * instead), and where a guide page uses one. A word is found where a word starts, with any ending, so a German plural
 * or a Korean particle still counts ("Datenschutzrichtlinien", "해지를"); in Japanese, which writes no spaces, anywhere.
 * A screen label, in English and in its translation, is AliExpress's wording rather than the writer's, and is not read:
 * "Deactivate account (Konto deaktivieren)" names the old menu, whatever the glossary says of "deaktivieren".
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { GuideModel, Place } from './guide-model.ts';

export interface AvoidedWord {
  word: string;
  instead: string;
  why?: string;
}

export interface AvoidList {
  /** content/glossary/ko.yaml */
  file: string;
  lang: string;
  words: AvoidedWord[];
  problems: string[];
}

/** The `avoid` list of one glossary file; a malformed entry is a problem naming file:line. */
export function readAvoidList(file: string, lang: string, text: string): AvoidList {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const list: AvoidList = { file, lang, words: [], problems: [] };
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  if (document.errors.length > 0) {
    list.problems.push(`${file}:${lineOf(document.errors[0].pos[0])}: not valid YAML (${document.errors[0].message.split('\n')[0]})`);
    return list;
  }
  const avoid = isMap(document.contents) ? document.contents.get('avoid', true) : undefined;
  if (avoid === undefined || avoid === null) return list;
  if (!isSeq(avoid)) {
    list.problems.push(`${file}:${lineOf((avoid as { range?: [number] }).range?.[0])}: avoid must be a list of { word, instead, why }`);
    return list;
  }
  for (const item of avoid.items) {
    const entry = (item as { toJSON?: () => unknown }).toJSON?.() as Partial<AvoidedWord> | undefined;
    if (!entry || typeof entry.word !== 'string' || !entry.word.trim() || typeof entry.instead !== 'string') {
      list.problems.push(`${file}:${lineOf((item as { range?: [number] }).range?.[0])}: each avoid entry needs word: and instead:`);
      continue;
    }
    list.words.push({ word: entry.word, instead: entry.instead, ...(typeof entry.why === 'string' && { why: entry.why }) });
  }
  return list;
}

export interface AvoidedUse {
  word: string;
  instead: string;
  /** The text the word was found in. */
  text: string;
  place: Place;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a page uses a word its language's glossary says to avoid. */
export function avoidedWordsIn(model: GuideModel, lang: string, words: readonly AvoidedWord[]): AvoidedUse[] {
  // A screen label and the reader's words for it translate AliExpress's wording (Russian «Деактивировать аккаунт» for
  // "Deactivate account"): they are quoted, not the writer's choice of word.
  const screenWords = model.facts.flatMap((use) => (use.text ? [use.text] : []));
  const labels = [...new Set([...model.uiLabels.flatMap((label) => [label.en, label.translation]), ...screenWords].filter(Boolean))].sort((a, b) => b.length - a.length);
  // Japanese and Thai write no spaces between words: an avoided word may start anywhere.
  const anywhere = lang === 'ja' || lang === 'th';
  const patterns = words.map((entry) => {
    // A note in brackets says when the word is meant ("dar de baja (sola)"); the word is what comes before it.
    const word = entry.word.replace(/\s*\([^)]*\)\s*$/, '').trim();
    const start = anywhere ? '' : '(?<![\\p{L}\\p{M}\\p{N}])';
    return { entry, pattern: new RegExp(`${start}${escapeRegExp(word).replace(/\s+/g, '\\s+')}`, 'iu') };
  });
  const found: AvoidedUse[] = [];
  for (const block of model.texts) {
    const text = labels.reduce((t, label) => t.split(label).join(' '), block.text);
    for (const { entry, pattern } of patterns) {
      if (pattern.test(text)) found.push({ word: entry.word, instead: entry.instead, text: block.text, place: block.place });
    }
  }
  return found;
}

export function formatAvoidedUse(file: string, use: AvoidedUse): string {
  const text = use.text.length > 80 ? `${use.text.slice(0, 77)}…` : use.text;
  return `${file}:${use.place.line}: "${use.word}" is on the glossary's avoid list; write "${use.instead}" instead (in "${text}")`;
}
