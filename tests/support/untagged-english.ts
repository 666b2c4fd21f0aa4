/**
 * Finds English in a built page of another language that is not marked lang="en" (WCAG 2.2 success criterion 3.1.2,
 * language of parts, which axe does not test): a screen reader would read it with the page language's voice.
 *
 * - Pages in a non-Latin script (ko, ja, gu, hi, ar, he, ru, uk, th): any run of two or more Latin-script words.
 * - Pages in a Latin script: any run of three or more common English words (`englishWords`; words the languages share
 *   with English, `sharedWords`, may stand between them), and any English screen label of two or more words (content/facts/aliexpress.yaml `labels`; a one-word label such as "Account" cannot be
 *   told apart from the same loanword in German or Dutch).
 *
 * Not counted, as WCAG 3.1.2 allows for proper names and technical terms: addresses (URLs, domains, emails), what the
 * reader types (<code>, <kbd>), words in capitals (GDPR, KVKK, PTE. LTD.), and the names in `properNames` plus those
 * the caller passes (the company and contact names of the facts). Attributes (aria-label, alt) cannot carry a language
 * of their own and are not read here.
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';

/** Brands, products and places readers see untranslated, in every language. */
export const properNames = [
  'AliExpress',
  'Alibaba',
  'Apple',
  'App Store',
  'Google Play',
  'Google',
  'Chrome',
  'Safari',
  'Android',
  'iPhone',
  'iOS',
  'Gmail',
  'PayPal',
  'JustDeleteMe',
  'WikiTechLibrary',
  'eTechShout',
  'Byline Network',
  'ETNews',
  'Prighter',
  'Esora Law',
  'Kakeru Law',
] as const;

/**
 * Common English words that are not also everyday words in the site's Latin-script languages: three of them in a run
 * are an English phrase.
 */
export const englishWords = new Set(
  `the of and you your yours are was were be been being this that these those with from for by at or if not can cannot
  will would should could may might must have has had what which who whom when where why how there their they them it
  its we our us my he she his her than then also only just about after before again all any each every more most
  other some such yes here into out up down over under off while because until both few very own same too get got
  make made take see read open click tap choose keep find send write ask asked hold held applies apply please confirm
  writing written done hello dear subject regards sincerely name address account delete deleted deleting deletion
  erase erased erasure personal information request requests requested page settings setting center centre policy
  button screen website older new phone computer guide step steps help customer order orders user users right rights
  law laws protection officer instead permanently close closed want i'm i've don't doesn't isn't can't won't`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words English shares with those languages (as words or loanwords): inside an English run they neither count nor
 * break it, so "write to the data protection officer" is a run, and Italian "la privacy e i dati" is not.
 */
export const sharedWords = new Set(
  `a i in is to do on so me no once data app apps email e-mail link code site privacy version support browser desktop
  mobile online ok chat login logout`.split(/\s+/).filter(Boolean),
);

const skipped = new Set(['script', 'style', 'template', 'svg', 'code', 'kbd']);
const inline = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'label']);

export interface UntaggedEnglish {
  /** The English run as found. */
  text: string;
  /** The text around it, for a message a person can find on the page. */
  context: string;
}

/**
 * The text of a page in the page's own language, as runs that markup does not interrupt: text inside an element whose
 * closest lang is another (English, or the other languages the language offer names), and code the reader types,
 * become breaks.
 */
function unmarkedRuns(root: HTMLElement, pageLang: string): string[] {
  const runs: string[] = [''];
  const walk = (node: Node, lang: string) => {
    if (node.nodeType === 3) {
      if (lang.toLowerCase() !== pageLang.toLowerCase()) runs.push('');
      else runs[runs.length - 1] += node.rawText.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    const tag = element.tagName?.toLowerCase() ?? '';
    // Text no reader sees or hears (hidden and aria-hidden, such as the search words Pagefind indexes) has no
    // language of parts to declare: WCAG 3.1.2 is about what is presented.
    if (skipped.has(tag) || (element.hasAttribute('hidden') && element.getAttribute('aria-hidden') === 'true')) {
      runs.push('');
      return;
    }
    const own = element.getAttribute('lang') ?? lang;
    if (!inline.has(tag)) runs.push('');
    for (const child of element.childNodes) walk(child, own);
    if (!inline.has(tag)) runs.push('');
  };
  walk(root, pageLang);
  return runs.map((r) => r.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Addresses, which are neither English nor another language. */
const addressPattern = /\bhttps?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[\w-]+\.)+(?:com|org|net|ru|es|xyz|kr|jp|in|br|de|fr|it|nl|pl|tr|il|eu|uk|io)\b(?:\/[^\s)]*)?/gi;

/** Untagged English in one built page; `pageLang` is its <html lang>, `names` proper names besides `properNames`. */
export function untaggedEnglish(html: string, pageLang: string, options: { labels?: readonly string[]; names?: readonly string[] } = {}): UntaggedEnglish[] {
  // <noscript> and <pre> are read as HTML, not as raw text (node-html-parser's default).
  const root = parse(html, { blockTextElements: { script: true, style: true } });
  const body = root.querySelector('body') ?? root;
  const lang = root.querySelector('html')?.getAttribute('lang') ?? pageLang;
  const latinScript = !/^(ko|ja|gu|hi|ar|he|ru|uk|th)\b/i.test(lang);
  const names = [...properNames, ...(options.names ?? [])].sort((a, b) => b.length - a.length);
  // Word edges are Latin letters only: Japanese writes "AliExpressの" without a space.
  const namePattern = new RegExp(names.map((n) => `(?<!\\p{Script=Latin})${escapeRegExp(n)}(?!\\p{Script=Latin})`).join('|'), 'gu');
  const labels = (options.labels ?? []).filter((label) => label.trim().split(/\s+/).length >= 2);
  const found: UntaggedEnglish[] = [];
  for (const run of unmarkedRuns(body, lang)) {
    // Names, addresses and capitals become breaks, so that "AliExpress Privacy" is not two English words.
    const text = run.replace(namePattern, ' | ').replace(addressPattern, ' | ');
    const report = (match: string) => found.push({ text: match.trim(), context: run.length > 160 ? `${run.slice(0, 157)}…` : run });
    if (latinScript) {
      for (const label of labels) {
        if (new RegExp(`(?<!\\p{Script=Latin})${escapeRegExp(label)}(?!\\p{Script=Latin})`, 'u').test(text)) report(label);
      }
      let streak: string[] = [];
      let english = 0;
      const close = () => {
        while (streak.length > 0 && sharedWords.has(streak.at(-1)!.toLowerCase())) streak.pop();
        if (english >= 3) report(streak.join(' '));
        streak = [];
        english = 0;
      };
      for (const token of text.split(/[^\p{L}'’-]+/u).filter(Boolean)) {
        const word = token.toLowerCase().replace(/’/g, "'");
        if (englishWords.has(word)) {
          streak.push(token);
          english += 1;
        } else if (sharedWords.has(word) && streak.length > 0) streak.push(token);
        else close();
      }
      close();
    } else {
      // Two or more Latin words in a row; a word in capitals (GDPR, PTE. LTD.) breaks a run, and so does a number.
      const word = "\\p{Script=Latin}[\\p{Ll}\\p{M}'’]*\\p{Ll}(?:[-'’]\\p{Script=Latin}+)*";
      const latinRun = new RegExp(`${word}(?:[\\s,:;/&()"“”‘’«»-]+${word})+`, 'gu');
      for (const match of text.matchAll(latinRun)) report(match[0]);
    }
  }
  return found;
}
