/**
 * What a reader typed, cut into the words to look for and, for each word, the forms worth searching: Pagefind finds
 * a page only when every word of a query is on it, and only words that start with what was typed, so a Hebrew reader's
 * חשבוניות misses the page's והחשבוניות and a Korean reader's 인증번호가 misses 인증번호. The rules per language come
 * from content/glossary/<lang>.yaml (the `search` part).
 */

export interface SearchRules {
  /** Words that carry nothing in a query ("how", "my", "を"): dropped, unless every word of the query is one. */
  fillers: readonly string[];
  /** Letters that attach to the front of a word and may be missing or extra (Hebrew ו ה ב ל; Arabic و ال). */
  prefixes: readonly string[];
  /** Particles and endings that attach to the end of a word (Korean 가, 에서, 했는데). */
  endings: readonly string[];
  /** Spellings readers use for one another: each group's members replace each other (Hindi ं ँ; German oe ö). */
  equivalents: readonly (readonly string[])[];
}

export interface QueryWord {
  /** The word as typed (lowercased). */
  word: string;
  /**
   * The forms to search for it, the word itself first; a page with any of them has the word. A form in double quotes
   * is searched as that exact word (see formsOf).
   */
  forms: string[];
}

/** At most this many forms of one word are searched, so a long word with many variable letters stays quick. */
export const maxFormsPerWord = 24;

/** Scripts written without spaces between words: the query is cut with the browser's word segmenter, as Pagefind does. */
const unspacedScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const punctuation = /[\p{P}\p{S}]+/u;
/** Shorter than this (in letters), a stripped or bare word would match too much to be worth searching. */
const minimumStem = 2;

function letters(text: string): number {
  return [...text].length;
}

/** The words of a query: lowercased, split on spaces (or by the segmenter for Japanese and the like), punctuation trimmed. */
export function tokensOf(query: string, lang: string): string[] {
  const text = query.normalize('NFC').toLocaleLowerCase(lang);
  const raw =
    unspacedScript.test(text) && typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment)
      : text.split(/\s+/u);
  return raw.map((token) => token.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter((token) => token !== '');
}

/** "l'appli" → ["lappli", "appli"]: the word as Pagefind reads it (punctuation removed), then its parts worth searching. */
function partsOf(token: string, fillers: ReadonlySet<string>): { joined: string; parts: string[] } {
  const joined = token.replace(new RegExp(punctuation, 'gu'), '');
  const pieces = token.split(punctuation).filter((part) => part !== '');
  const parts = pieces.length > 1 ? pieces.filter((part) => !fillers.has(part) && !(letters(part) === 1 && /\p{Script=Latin}/u.test(part))) : [];
  return { joined, parts };
}

/**
 * The word without one ending from the list (the longest that fits). A one-letter ending must leave two letters (국가
 * "country" is not 국 + 가), a longer one may leave one (앱에서 → 앱 "app").
 */
export function withoutEnding(word: string, endings: readonly string[]): string | undefined {
  const leaves = (ending: string) => letters(word) - letters(ending) >= (letters(ending) > 1 ? 1 : minimumStem);
  const ending = [...endings].sort((a, b) => letters(b) - letters(a)).find((e) => word.endsWith(e) && leaves(e));
  return ending === undefined ? undefined : word.slice(0, word.length - ending.length);
}

/**
 * The word with each prefix it starts with taken off, once, the longest first (והחשבוניות → חשבוניות, החשבוניות).
 * Once only: a second round would eat the word's own letters (להוריד → הוריד, not וריד).
 */
export function withoutPrefixes(word: string, prefixes: readonly string[]): string[] {
  return [...prefixes]
    .sort((a, b) => letters(b) - letters(a))
    .filter((prefix) => word.startsWith(prefix) && letters(word) - letters(prefix) >= minimumStem + 1)
    .map((prefix) => word.slice(prefix.length));
}

/**
 * The spellings of a word that readers use for one another: each occurrence of a group member may be any member of
 * the group ("हटाएं" → "हटाएँ"; "loeschen" → "löschen"). Breadth-first from the word as typed, so the forms closest to
 * it come first, and at most `limit` of them.
 */
export function spellingVariants(word: string, equivalents: readonly (readonly string[])[], limit = maxFormsPerWord): string[] {
  // Per group, the longest member found here: "ज़" (ज with a nukta) is replaced as a whole, not as ज followed by a mark.
  const alternativesAt = (text: string, at: number): { length: number; replacements: string[] }[] =>
    equivalents.flatMap((group) => {
      const [member] = group.filter((m) => m !== '' && text.startsWith(m, at)).sort((a, b) => b.length - a.length);
      return member === undefined ? [] : [{ length: member.length, replacements: group.filter((other) => other !== member) }];
    });
  const seen = new Set([word]);
  const queue = [word];
  for (let i = 0; i < queue.length && seen.size < limit; i++) {
    const text = queue[i];
    for (let at = 0; at < text.length && seen.size < limit; at++) {
      for (const { length, replacements } of alternativesAt(text, at)) {
        for (const replacement of replacements) {
          const variant = text.slice(0, at) + replacement + text.slice(at + length);
          if (seen.has(variant) || seen.size >= limit) continue;
          seen.add(variant);
          queue.push(variant);
        }
      }
    }
  }
  return [...seen];
}

/**
 * Forms of one word: as typed, its parts, without its ending, without and with each prefix, and its other spellings.
 * The forms with a prefix added are guesses, so they are searched as exact words ("והחשבוניות" in quotes): Pagefind
 * answers a word that no indexed word starts with by the longest indexed word it starts with, and for a guess that is
 * a particle such as של, which is on every page.
 */
function formsOf(token: string, rules: SearchRules, fillers: ReadonlySet<string>): string[] {
  const { joined, parts } = partsOf(token, fillers);
  const forms = [joined, ...parts];
  const stem = withoutEnding(joined, rules.endings);
  if (stem !== undefined) forms.push(stem);
  if (rules.prefixes.length > 0) {
    const bare = withoutPrefixes(joined, rules.prefixes);
    forms.push(...bare);
    const barest = bare[0] ?? joined;
    if (letters(barest) >= minimumStem + 1) forms.push(...rules.prefixes.map((prefix) => `"${prefix}${barest}"`));
  }
  const spelled = rules.equivalents.length > 0 ? forms.flatMap((form) => spellingVariants(form, rules.equivalents)) : forms;
  // An exact form adds nothing when the same word is searched already, which finds it and the words it starts.
  const searched = new Set(spelled.filter((form) => !form.startsWith('"')));
  const unique = [...new Set(spelled)].filter((form) => form !== '');
  return unique.filter((form) => !form.startsWith('"') || !searched.has(form.slice(1, -1))).slice(0, maxFormsPerWord);
}

/**
 * The words of a reader's query and the forms to search for each. Filler words are dropped unless the query holds
 * nothing else; a word repeated counts once.
 */
export function queryWords(query: string, lang: string, rules: SearchRules): QueryWord[] {
  const fillers = new Set(rules.fillers.map((word) => word.normalize('NFC').toLocaleLowerCase(lang)));
  const equivalents = rules.equivalents.map((group) => group.map((member) => member.normalize('NFC')));
  const tokens = [...new Set(tokensOf(query, lang))];
  const isFiller = (token: string) => {
    const { joined, parts } = partsOf(token, fillers);
    return fillers.has(token) || fillers.has(joined) || (joined !== token && parts.length === 0);
  };
  const meaningful = tokens.filter((token) => !isFiller(token));
  return (meaningful.length > 0 ? meaningful : tokens).map((word) => ({ word, forms: formsOf(word, { ...rules, equivalents }, fillers) }));
}
