/**
 * The one reader of a guide page's MDX. `parseGuidePage` parses the file once, with satteri (the MDX parser that
 * @astrojs/mdx compiles the pages with, so the model and the rendered page read the same tree; written in Rust, about
 * 18 times faster than micromark's MDX extensions on our pages), and walks the syntax tree into a typed,
 * JSON-serialisable model: frontmatter, headings with the ids Astro gives them, steps, questions, callouts, UI labels,
 * links, images, every element with its literal attributes, the facts the page uses, and whatever JavaScript it tries
 * to hold. Every item carries its place in the file, so a message can name file:line:column. The content checks, the
 * structured data, the step strip, the routes diagram and the translation status all read this model; nothing else
 * reads MDX.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import type {} from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import { parse as parseJavaScript, type Comment } from 'acorn';
import { mdxToMdast } from 'satteri';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { elementRule } from './guide-elements.ts';

/** A place in the source file, 1-based as editors show it. */
export interface Place {
  line: number;
  column: number;
}

/** Something wrong in a file: where, and a one-line "what was found; how to fix it". */
export interface Problem {
  place: Place;
  message: string;
}

export interface Heading {
  depth: number;
  /** The id Astro gives the heading: github-slugger over its text, numbered when two headings read the same. */
  id: string;
  /** The heading as a reader reads it. */
  title: string;
  place: Place;
}

export interface Step {
  id: string;
  title: string;
  /** The English screen label the title names (`label`), shown as AliExpress shows it and marked as English. */
  titleLabel?: string;
  /** The step's body as plain text. */
  text: string;
  /** The `##` section the step sits in: its title ('' before any) and id. */
  section: string;
  sectionId?: string;
  /** Whether the step is in a `<Steps checklist>`. */
  checklist: boolean;
  place: Place;
}

export interface Question {
  id: string;
  question: string;
  /** The English screen label the question names (`label`), marked as English. */
  questionLabel?: string;
  answer: string;
  section: string;
  sectionId?: string;
  place: Place;
}

export interface Callout {
  type: string;
  title?: string;
  text: string;
  place: Place;
}

export interface TextRun {
  text: string;
  place: Place;
  /** The whole paragraph, heading or table cell around it, as plain text: for facts that span markup. */
  block: string;
}

export interface UiLabel {
  /** The label exactly as AliExpress shows it. */
  en: string;
  /** The reader's translation between the tags ('' on English pages). */
  translation: string;
  place: Place;
}

export interface Link {
  href: string;
  text: string;
  /** `definition` for a `[name]: url` line that reference links use. */
  kind: 'link' | 'definition';
  place: Place;
}

export interface Image {
  src: string;
  alt: string;
  place: Place;
}

export type AttributeValue = { kind: 'text'; text: string } | { kind: 'flag' } | { kind: 'expression'; source: string };

export interface Attribute {
  /** Undefined for a spread, `{...props}`. */
  name?: string;
  value: AttributeValue;
  place: Place;
}

/** An MDX element as written: one of our components, or an HTML element. */
export interface Element {
  name: string;
  attributes: Attribute[];
  /** The nearest element around this one. */
  parent?: string;
  /** What sits directly inside: element names, and "text" for Markdown content. */
  holds: string[];
  place: Place;
}

/** A use of a fact (an element whose rule in guide-elements.ts has `namesFact`). */
export interface FactUse {
  fact: string;
  element: string;
  place: Place;
  /** The reader's words the element holds, such as a screen label's translation. */
  text?: string;
}

/**
 * A piece of the text a reader reads, as plain text: a paragraph, heading, table cell or code block, or a text the
 * reader sees in an attribute (a step's title, a question, a callout's title).
 */
export interface TextBlock {
  text: string;
  /** The `##` section it is in: an index into `sections`, or -1 before the first. */
  section: number;
  place: Place;
}

/** JavaScript in the page: ESM (import/export) or an `{…}` expression. MDX comments, `{/* … *\/}`, are not. */
export interface Script {
  kind: 'esm' | 'expression';
  source: string;
  place: Place;
}

export interface Frontmatter {
  /** The YAML as written, read with YAML 1.2's core schema: dates stay text, so "2026-02-30" is seen as written. */
  data?: Record<string, unknown>;
  /** Where each field starts, by path: "title", "sources", "sources.1.url". */
  places: Record<string, Place>;
  /** Where the frontmatter starts (line 1). */
  place: Place;
  /** Why the YAML could not be read. */
  error?: Problem;
}

export interface BidiControl {
  /** "U+202E" */
  codePoint: string;
  place: Place;
}

export interface GuideModel {
  /** Path for messages: content/guides/ko/desktop.mdx */
  file: string;
  /** Undefined when the file does not start with a `---` block. */
  frontmatter?: Frontmatter;
  headings: Heading[];
  /** The `##` headings. */
  sections: Heading[];
  steps: Step[];
  questions: Question[];
  callouts: Callout[];
  uiLabels: UiLabel[];
  /** Every run of Markdown text a reader sees, where it starts exactly, and the plain text of its block. */
  runs: TextRun[];
  links: Link[];
  images: Image[];
  elements: Element[];
  facts: FactUse[];
  /** Everything a reader reads, block by block, in order. */
  texts: TextBlock[];
  scripts: Script[];
  /** Invisible characters that reorder text (U+202A–U+202E, U+2066–U+2069), anywhere in the file. */
  bidiControls: BidiControl[];
  /** Why the MDX could not be parsed; the rest of the model is then empty. */
  syntaxError?: Problem;
}

export const bidiControlPattern = /[\u202A-\u202E\u2066-\u2069]/g;

/** Turns offsets into places; built once per text, so a lookup is a binary search. */
function placeFinder(text: string): (offset: number) => Place {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
  };
}

/**
 * The text of a UTF-8 file, or why it is not one: a translator's editor may save UTF-16 (which, without a byte-order
 * mark, is valid UTF-8 full of NUL characters) or another encoding.
 */
export function decodeGuideFile(bytes: Uint8Array): { text: string } | { problem: Problem } {
  const fix = 'save the file as UTF-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { place: { line: 1, column: 1 }, message: `the file is UTF-16 (it starts with a UTF-16 byte-order mark); ${fix}` } };
  }
  const lenient = () => new TextDecoder('utf-8').decode(bytes);
  if (bytes.includes(0)) {
    const text = lenient();
    return { problem: { place: placeFinder(text)(text.indexOf('\0')), message: `the file holds NUL characters, so it is probably UTF-16; ${fix}` } };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = lenient();
    const place = placeFinder(text)(Math.max(0, text.indexOf('\uFFFD')));
    return { problem: { place, message: `the file is not UTF-8 text (the first byte that is not UTF-8 is here); ${fix}` } };
  }
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** An `{…}` that holds only comments, `{/* note *\/}`: MDX's comment syntax, which renders nothing. */
function isComment(node: Nodes): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  const comments: Comment[] = [];
  try {
    return parseJavaScript(node.value, { ecmaVersion: 'latest', sourceType: 'module', onComment: comments }).body.length === 0 && comments.length > 0;
  } catch {
    return false;
  }
}

function placeOf(node: { position?: { start: { line: number; column: number } } }): Place {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/**
 * Where each attribute of an element starts, as offsets into the source: satteri gives attributes no position, so
 * the opening tag is read from the element's start, skipping each attribute's quoted or {…} value.
 */
export function attributeOffsets(source: string, elementStart: number, count: number): number[] {
  const offsets: number[] = [];
  let at = source.indexOf('<', elementStart) + 1;
  while (at < source.length && /[^\s/>{]/.test(source[at])) at += 1;
  const skipBraces = () => {
    let depth = 0;
    for (; at < source.length; at += 1) {
      if (source[at] === '{') depth += 1;
      else if (source[at] === '}' && --depth === 0) return void (at += 1);
      else if (source[at] === '"' || source[at] === "'" || source[at] === '`') at = source.indexOf(source[at], at + 1);
      if (at < 0) return void (at = source.length);
    }
  };
  while (offsets.length < count && at < source.length) {
    while (/\s/.test(source[at] ?? '')) at += 1;
    if (source[at] === '/' || source[at] === '>' || at >= source.length) break;
    offsets.push(at);
    if (source[at] === '{') {
      skipBraces();
      continue;
    }
    while (at < source.length && /[^\s=/>{]/.test(source[at])) at += 1;
    while (/\s/.test(source[at] ?? '')) at += 1;
    if (source[at] !== '=') continue;
    at += 1;
    while (/\s/.test(source[at] ?? '')) at += 1;
    if (source[at] === '{') skipBraces();
    else if (source[at] === '"' || source[at] === "'") {
      const end = source.indexOf(source[at], at + 1);
      at = end < 0 ? source.length : end + 1;
    }
  }
  return offsets;
}

function attributesOf(node: JsxElement, placeAt: (offset: number) => Place, source: string): Attribute[] {
  const offsets = attributeOffsets(source, node.position?.start.offset ?? 0, node.attributes.length);
  return node.attributes.map((attribute, i): Attribute => {
    const place = offsets[i] === undefined ? placeOf(node) : placeAt(offsets[i]);
    if (attribute.type === 'mdxJsxExpressionAttribute') return { value: { kind: 'expression', source: attribute.value }, place };
    const { value } = attribute;
    if (value === null || value === undefined) return { name: attribute.name, value: { kind: 'flag' }, place };
    if (typeof value === 'string') return { name: attribute.name, value: { kind: 'text', text: value }, place };
    return { name: attribute.name, value: { kind: 'expression', source: value.value }, place };
  });
}

/** A text attribute's value, '' when missing or not text. */
function textAttribute(node: JsxElement, name: string): string {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return attribute && typeof attribute.value === 'string' ? attribute.value : '';
}

const blockTypes = new Set(['paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'code', 'mdxJsxFlowElement']);

function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'code':
      return ` ${node.value} `;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'yaml':
    case 'definition':
    case 'footnoteDefinition':
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '';
  }
  if (isElement(node) && node.name === 'UiLabel') {
    const translation = plainText(node.children);
    const label = textAttribute(node, 'en') + (translation ? ` (${translation})` : '');
    return node.type === 'mdxJsxFlowElement' ? ` ${label} ` : label;
  }
  const inner = 'children' in node ? (node.children as Nodes[]).map(textOf).join('') : '';
  return blockTypes.has(node.type) ? ` ${inner} ` : inner;
}

/**
 * Markdown and our components as the plain text a reader sees: markup dropped, a UI label as "English (translation)",
 * blocks separated by a space, white space collapsed. The one plain-text reducer of the site.
 */
export function plainText(nodes: readonly Nodes[]): string {
  return nodes.map(textOf).join('').replace(/\s+/g, ' ').trim();
}

function readFrontmatter(node: Extract<RootContent, { type: 'yaml' }> | undefined): Frontmatter | undefined {
  if (!node) return undefined;
  // The YAML starts on the line after the opening ---.
  const firstLine = placeOf(node).line + 1;
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  };
  const frontmatter: Frontmatter = { places: {}, place: placeOf(node) };
  const error = document.errors[0];
  if (error) {
    frontmatter.error = {
      place: at(error.pos[0]),
      message: `the frontmatter is not valid YAML (${error.message.split('\n')[0]}); fix this line, and quote text that holds ": " or starts with a quote, [ or {`,
    };
    return frontmatter;
  }
  const record = (value: YamlNode | null | undefined, path: string, start: number | undefined) => {
    if (start !== undefined) frontmatter.places[path] = at(start);
    if (isMap(value)) {
      for (const pair of value.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        record(pair.value as YamlNode | null, path ? `${path}.${key}` : key, (pair.key as YamlNode | null)?.range?.[0]);
      }
    } else if (isSeq(value)) {
      value.items.forEach((item, index) => record(item as YamlNode, `${path}.${index}`, (item as YamlNode | null)?.range?.[0]));
    }
  };
  record(document.contents, '', undefined);
  const data: unknown = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    frontmatter.error = { place: frontmatter.place, message: 'the frontmatter is not a list of fields; write one "field: value" per line' };
    return frontmatter;
  }
  frontmatter.data = data as Record<string, unknown>;
  return frontmatter;
}

function emptyModel(file: string): GuideModel {
  return {
    file,
    headings: [],
    sections: [],
    steps: [],
    questions: [],
    callouts: [],
    uiLabels: [],
    runs: [],
    links: [],
    images: [],
    elements: [],
    facts: [],
    texts: [],
    scripts: [],
    bidiControls: [],
  };
}

/** Where a micromark or mdast-util-mdx error points: a point, a range, or only "(1:1-1:7)" in its text. */
/** satteri's syntax errors start with the place: "3:7: Unexpected character … (mdx-jsx:unexpected-character)". */
function syntaxErrorOf(error: unknown): { place: Place; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const found = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(message.trim());
  if (!found) return { place: { line: 1, column: 1 }, reason: message };
  return { place: { line: Number(found[1]), column: Number(found[2]) }, reason: found[3] };
}

/** Only YAML frontmatter: satteri would also take TOML's +++, which nothing here reads. */
function parseTree(source: string): Root {
  return mdxToMdast(source, { features: { gfm: true, frontmatter: true } }) as unknown as Root;
}

/** Parses one guide file into its model. Never throws: a file MDX cannot read gets `syntaxError`. */
export function parseGuidePage(file: string, source: string): GuideModel {
  const model = emptyModel(file);
  const placeAt = placeFinder(source);
  for (const match of source.matchAll(bidiControlPattern)) {
    model.bidiControls.push({ codePoint: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase()}`, place: placeAt(match.index) });
  }
  let tree: Root;
  try {
    tree = parseTree(source);
  } catch (error) {
    const { place, reason } = syntaxErrorOf(error);
    model.syntaxError = { place, message: `MDX cannot read this: ${reason.replace(/\s+/g, ' ')}; write a literal < or { as \\< or \\{` };
    return model;
  }
  model.frontmatter = readFrontmatter(tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined);

  const slugger = new GithubSlugger();
  const definitions = new Map<string, string>();
  const imageReferences: { identifier: string; alt: string; place: Place }[] = [];
  let section: Heading | undefined;

  const addText = (text: string, place: Place) => {
    if (text) model.texts.push({ text, section: model.sections.length - 1, place });
  };
  const textBlockTypes = new Set(['paragraph', 'tableCell', 'code']);

  let block = '';
  const walk = (node: Nodes, parent: JsxElement | undefined, checklist: boolean) => {
    const place = placeOf(node);
    if (textBlockTypes.has(node.type)) addText(plainText([node]), place);
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') block = plainText(node.children);
    if (node.type === 'text') model.runs.push({ text: node.value, place, block });
    if (node.type === 'heading') {
      // Astro takes a heading's id from its text content as compiled: text and code, not attributes or image alt.
      const heading = { depth: node.depth, id: slugger.slug(toString(node, { includeImageAlt: false })), title: plainText(node.children), place };
      model.headings.push(heading);
      if (node.depth === 2) {
        section = heading;
        model.sections.push(heading);
      }
      addText(heading.title, place);
    } else if (node.type === 'mdxjsEsm') {
      model.scripts.push({ kind: 'esm', source: node.value, place });
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node)) {
      model.scripts.push({ kind: 'expression', source: node.value, place });
    } else if (node.type === 'link') {
      model.links.push({ href: node.url, text: plainText(node.children), kind: 'link', place });
    } else if (node.type === 'definition') {
      definitions.set(node.identifier, node.url);
      model.links.push({ href: node.url, text: node.label ?? node.identifier, kind: 'definition', place });
    } else if (node.type === 'image') {
      model.images.push({ src: node.url, alt: node.alt ?? '', place });
    } else if (node.type === 'imageReference') {
      imageReferences.push({ identifier: node.identifier, alt: node.alt ?? '', place });
    } else if (isElement(node)) {
      const name = node.name ?? '';
      const holds = node.children.filter((child) => !isComment(child)).map((child) => (isElement(child) ? (child.name ?? '') : 'text'));
      model.elements.push({ name, attributes: attributesOf(node, placeAt, source), parent: parent?.name ?? undefined, holds, place });
      const text = () => plainText(node.children);
      const inSection = { section: section?.title ?? '', sectionId: section?.id };
      if (name === 'Step') {
        const titleLabel = textAttribute(node, 'label') || undefined;
        model.steps.push({ id: textAttribute(node, 'id'), title: textAttribute(node, 'title'), ...(titleLabel && { titleLabel }), text: text(), ...inSection, checklist, place });
        addText(textAttribute(node, 'title'), place);
      } else if (name === 'FaqItem') {
        const questionLabel = textAttribute(node, 'label') || undefined;
        model.questions.push({ id: textAttribute(node, 'id'), question: textAttribute(node, 'question'), ...(questionLabel && { questionLabel }), answer: text(), ...inSection, place });
        addText(textAttribute(node, 'question'), place);
      } else if (name === 'Callout') {
        model.callouts.push({ type: textAttribute(node, 'type'), title: textAttribute(node, 'title') || undefined, text: text(), place });
        addText(textAttribute(node, 'title'), place);
      } else if (name === 'UiLabel') {
        model.uiLabels.push({ en: textAttribute(node, 'en'), translation: text(), place });
      }
      const factAttribute = elementRule(name)?.namesFact;
      if (factAttribute) {
        const words = node.children.length > 0 ? text() : '';
        model.facts.push({ fact: textAttribute(node, factAttribute), element: name, place, ...(words && { text: words }) });
      }
      const isChecklist = name === 'Steps' ? node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'checklist') : checklist;
      for (const child of node.children) walk(child, node, isChecklist);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, parent, checklist);
  };
  for (const child of tree.children) walk(child, undefined, false);
  for (const reference of imageReferences) {
    model.images.push({ src: definitions.get(reference.identifier) ?? '', alt: reference.alt, place: reference.place });
  }
  return model;
}
