/**
 * Checks on the guide's content that a schema alone cannot make: which files exist, and what each page's model says
 * (frontmatter as written, elements and attributes, ids, links, images, JavaScript, invisible characters). Every
 * problem is one line, "file:line:column: what was found; how to fix it". Pure functions: the content loader and the
 * fault tests feed them models (src/lib/guide-model.ts) and lists of files.
 */
import { z } from 'astro/zod';
import { componentNames, elementRule, htmlElementNames, neverAllowedHtml, type AttributeRule, type ElementRule } from './guide-elements.ts';
import { checkedFields, lastVerifiedProblem } from './guide-frontmatter.ts';
import type { Attribute, Element, GuideModel, Place, Problem } from './guide-model.ts';
import { isLanguageCode, type LanguageCode } from '../i18n/languages.ts';
import type { Translate } from './fact-phrases.ts';
import type { Facts } from './facts-schema.ts';
import { componentUses, problemsWithFactComponents } from './fact-components.ts';
import { handTypedFactProblem, handTypedFacts, textPiecesOfModel } from './hand-typed-facts.ts';

export interface ContentLayout {
  languages: readonly string[];
  pages: readonly string[];
  /** Pages each language declares as not yet translated (see src/i18n/languages.ts). */
  untranslated?: Readonly<Record<string, readonly string[]>>;
}

/** http:// addresses a page may link to (the site itself is https only); none so far. */
export const insecureLinkExceptions: readonly string[] = [];

/** Schemes a link may use besides http(s) inside the site; anything else is named in a message. */
const externalSchemes = ['https', 'mailto'];

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const languageTagPattern = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** Problems with the set of files under content/guides/, given as paths relative to that folder ("ko/faq.mdx"). */
export function problemsWithLayout(relativePaths: readonly string[], layout: ContentLayout): string[] {
  const problems: string[] = [];
  const present = new Map<string, Set<string>>();
  for (const path of relativePaths) {
    const parts = path.split('/');
    const where = `content/guides/${path}`;
    if (parts.length !== 2) {
      problems.push(`${where}: guide files live directly in a language folder (content/guides/<lang>/<page>.mdx)`);
      continue;
    }
    const [lang, file] = parts;
    if (!layout.languages.includes(lang)) {
      problems.push(
        `${where}: unknown language folder "${lang}"; known languages are ${layout.languages.join(', ')} ` +
          `(add it to src/i18n/languages.ts first)`,
      );
      continue;
    }
    if (!file.endsWith('.mdx')) {
      problems.push(`${where}: only .mdx files belong in a language folder`);
      continue;
    }
    const page = file.slice(0, -'.mdx'.length);
    if (!layout.pages.includes(page)) {
      problems.push(`${where}: "${page}" is not a page of the guide; pages are ${layout.pages.join(', ')} (src/lib/guide-pages.ts)`);
      continue;
    }
    if (!present.has(lang)) present.set(lang, new Set());
    present.get(lang)!.add(page);
  }
  for (const lang of layout.languages) {
    const declared = layout.untranslated?.[lang] ?? [];
    for (const page of layout.pages) {
      const exists = present.get(lang)?.has(page) ?? false;
      if (!exists && !declared.includes(page)) {
        problems.push(
          `content/guides/${lang}/${page}.mdx: page is missing; every language needs all ${layout.pages.length} pages ` +
            `(or declares it in "untranslated" in src/i18n/languages.ts to show the English page with a notice)`,
        );
      }
      if (exists && declared.includes(page)) {
        problems.push(`content/guides/${lang}/${page}.mdx: page exists but "${lang}" declares it untranslated; remove it from "untranslated"`);
      }
    }
    for (const page of declared) {
      if (!layout.pages.includes(page)) problems.push(`src/i18n/languages.ts: "${lang}" declares unknown page "${page}" untranslated`);
    }
    if (lang === 'en' && declared.length > 0) problems.push('src/i18n/languages.ts: English is the original and cannot declare pages untranslated');
  }
  return problems;
}

export function formatProblem(file: string, { place, message }: Problem): string {
  return `${file}:${place.line}:${place.column}: ${message}`;
}

/** Long values shortened for a one-line message. */
function short(text: string, max = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function frontmatterProblems(model: GuideModel, today: string): Problem[] {
  const { frontmatter } = model;
  if (!frontmatter) {
    return [{ place: { line: 1, column: 1 }, message: 'the page has no frontmatter; start the file with a --- block holding title, navTitle, description, lastVerified and sources (content/README.md)' }];
  }
  if (frontmatter.error) return [frontmatter.error];
  const data = frontmatter.data ?? {};
  const placeOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n > 0; n--) {
      const place = frontmatter.places[path.slice(0, n).join('.')];
      if (place) return place;
    }
    return frontmatter.place;
  };
  const problems: Problem[] = [];
  // lastVerified is read as written: a YAML parser would have turned 2026-02-30 into 2 March before any schema saw it.
  const dateProblem = lastVerifiedProblem(data.lastVerified, today);
  if (dateProblem) problems.push({ place: placeOf(['lastVerified']), message: dateProblem });
  const result = z.strictObject({ ...checkedFields, lastVerified: z.unknown() }).safeParse(data);
  for (const issue of result.success ? [] : result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({ place: placeOf([key]), message: `unknown field "${key}"; the fields are title, navTitle, description, lastVerified and sources (check the spelling)` });
      }
    } else {
      problems.push({ place: placeOf(issue.path), message: issue.path.length > 1 ? `${issue.path.join('.')}: ${issue.message}` : issue.message });
    }
  }
  return problems;
}

function scriptProblems(model: GuideModel): Problem[] {
  return model.scripts.map(({ kind, source, place }) => ({
    place,
    message:
      kind === 'esm'
        ? `"${short(source)}": import and export are not allowed, content never runs code; remove the line (our components need no import)`
        : `{${short(source)}} is a JavaScript expression, and content never runs code; write the text itself (a literal brace as \\{), or {/* … */} for a comment`,
  }));
}

function attributeProblem(element: Element, attribute: Attribute, rule: AttributeRule | undefined, ruleOf: ElementRule): string | undefined {
  const tag = `<${element.name}>`;
  const { name, value } = attribute;
  if (name === undefined) return `${tag} spreads an expression into its attributes ({${short(value.kind === 'expression' ? value.source : '')}}); write each attribute as name="…"`;
  if (/^on/i.test(name)) return `${tag} has an event handler, ${name}, which runs code; remove the attribute`;
  if (!rule) {
    const known = Object.keys(ruleOf.attributes);
    return `${tag} has no attribute "${name}"; ${known.length ? `its attributes are ${known.join(', ')}` : 'it takes no attributes'}`;
  }
  if (value.kind === 'expression') return `${tag} takes ${name} from an expression, {${short(value.source)}}; write it as a quoted string, ${name}="…"`;
  if (rule.kind === 'flag') return value.kind === 'flag' ? undefined : `${tag}: write ${name} alone, without a value`;
  if (value.kind === 'flag') return `${tag} needs a value for ${name}: ${name}="…"`;
  const text = value.text;
  if (rule.kind === 'id' && !idPattern.test(text)) {
    return `id "${text}" must be lowercase Latin letters, digits and hyphens, the same in every language (such as get-code)`;
  }
  if (rule.kind === 'one-of' && !rule.values.includes(text)) return `${name}="${text}" is not allowed on ${tag}; use one of ${rule.values.join(', ')}`;
  if (rule.kind === 'language' && !languageTagPattern.test(text)) return `lang="${text}" is not a language tag; write one such as en or pt-BR`;
  if (!text.trim()) return `${tag} needs a non-empty ${name}="…"`;
  return undefined;
}

function elementProblems(model: GuideModel): Problem[] {
  const problems: Problem[] = [];
  const firstSection = model.sections[0]?.place;
  const before = (a: Place, b: Place | undefined) => !b || a.line < b.line || (a.line === b.line && a.column < b.column);
  for (const element of model.elements) {
    const { name, place } = element;
    const tag = `<${name}>`;
    const lower = name.toLowerCase();
    if ((neverAllowedHtml as readonly string[]).includes(lower)) {
      problems.push({ place, message: `${tag} is never allowed: content is words and our components, it never runs or embeds anything; remove it` });
      continue;
    }
    const rule = elementRule(name);
    if (!rule) {
      const message =
        name === ''
          ? 'a fragment <>…</> is not needed in content; remove the <> and </>'
          : lower === 'a'
            ? `raw ${tag} is not allowed; write a Markdown link, [text](/${model.file.split('/').at(-2)}/page/)`
            : lower === 'img'
              ? `raw ${tag} is not allowed; write a Markdown image, ![what it shows](/images/name.png)`
              : /^[A-Z]/.test(name)
                ? `unknown component ${tag}; use one of ${componentNames.join(', ')}`
                : `${tag} is not an HTML element content may use; write Markdown, or use one of ${htmlElementNames.join(', ')}`;
      problems.push({ place, message });
      for (const attribute of element.attributes) {
        if (attribute.name && /^on/i.test(attribute.name)) problems.push({ place: attribute.place, message: `${tag} has an event handler, ${attribute.name}, which runs code; remove the attribute` });
      }
      continue;
    }
    for (const attribute of element.attributes) {
      const message = attributeProblem(element, attribute, attribute.name ? rule.attributes[attribute.name] : undefined, rule);
      if (message) problems.push({ place: attribute.place, message });
    }
    for (const [attributeName, attributeRule] of Object.entries(rule.attributes)) {
      if (attributeRule.required && !element.attributes.some((a) => a.name === attributeName)) {
        problems.push({ place, message: `${tag} needs a non-empty ${attributeName}="…"` });
      }
    }
    if (rule.inside && element.parent !== rule.inside) {
      problems.push({ place, message: `${tag} must sit directly inside <${rule.inside}>; wrap it in <${rule.inside}> … </${rule.inside}>` });
    }
    if (rule.holds) {
      const stray = element.holds.filter((inner) => !rule.holds!.includes(inner));
      if (stray.length > 0) {
        const what = stray.map((s) => (s === 'text' ? 'text' : `<${s}>`)).join(', ');
        problems.push({ place, message: `${tag} holds ${what}; only ${rule.holds.map((h) => `<${h}>`).join(', ')} may sit directly inside it, move the rest into one of them` });
      }
    }
    if ((name === 'Steps' || name === 'Faq') && before(place, firstSection)) {
      problems.push({ place, message: `${tag} comes before any ## heading; add a ## section heading above it (its items are h3)` });
    }
  }
  for (const heading of model.headings) {
    if (heading.depth === 1) {
      problems.push({ place: heading.place, message: `# heading "${short(heading.title)}": the page title is the page's only h1; use ## for a section` });
    }
  }
  return problems;
}

/** A `label` on a step or question names the English screen label its title holds, so the title must hold it as written. */
function titleLabelProblems(model: GuideModel): Problem[] {
  const named = [
    ...model.steps.map((s) => ({ what: 'step', attribute: 'title', text: s.title, label: s.titleLabel, place: s.place })),
    ...model.questions.map((q) => ({ what: 'question', attribute: 'question', text: q.question, label: q.questionLabel, place: q.place })),
  ];
  return named
    .filter((item) => item.label !== undefined && !item.text.includes(item.label))
    .map((item) => ({
      place: item.place,
      message: `the ${item.what}'s label="${item.label}" is not in its ${item.attribute}="${short(item.text, 60)}"; write the English label in the ${item.attribute} exactly as in label, or remove label`,
    }));
}

function duplicateIdProblems(model: GuideModel): Problem[] {
  const anchors = [
    ...model.headings.map((h) => ({ id: h.id, kind: `heading "${short(h.title)}"`, place: h.place })),
    ...model.steps.filter((s) => s.id).map((s) => ({ id: s.id, kind: 'step', place: s.place })),
    ...model.questions.filter((q) => q.id).map((q) => ({ id: q.id, kind: 'question', place: q.place })),
  ].sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
  const first = new Map<string, (typeof anchors)[number]>();
  const problems: Problem[] = [];
  for (const anchor of anchors) {
    const earlier = first.get(anchor.id);
    if (!earlier) {
      first.set(anchor.id, anchor);
      continue;
    }
    problems.push({
      place: anchor.place,
      message:
        `id "${anchor.id}" of this ${anchor.kind} is already the id of the ${earlier.kind} on line ${earlier.place.line}, ` +
        `so the page would have two elements with id="${anchor.id}"; ids must be unique on a page, change one of them`,
    });
  }
  return problems;
}

/** The scheme of an address as a browser reads it (it ignores tabs, line breaks and leading spaces), in lowercase. */
function schemeOf(href: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(href.replace(/[\u0000-\u0020]/g, '').toLowerCase())?.[1];
}

export interface GuideFile {
  lang: string;
  page: string;
  model: GuideModel;
}

export interface CheckOptions {
  layout: ContentLayout;
  /** Files under public/, as site paths: "/images/menu.png". */
  publicFiles: ReadonlySet<string>;
  /** Today, YYYY-MM-DD (UTC): lastVerified may not be later. */
  today: string;
  /**
   * The facts (content/facts/) and each language's UI strings: with them, fact components must name facts that
   * exist, and a fact the data holds must not be typed by hand. The fault tests of other kinds may leave them out.
   */
  facts?: { facts: Facts; strings: (lang: LanguageCode) => Translate };
}

/** Fact components naming no fact, and facts typed by hand where a component should show them. */
function factProblems(file: GuideFile, facts: NonNullable<CheckOptions['facts']>): Problem[] {
  // A folder that is not a language is reported by problemsWithLayout; its pages have no strings to phrase facts in.
  if (!isLanguageCode(file.lang)) return [];
  const lang = file.lang;
  const handTyped = handTypedFacts(textPiecesOfModel(file.model), facts.facts, lang, facts.strings(lang)).map(handTypedFactProblem);
  return [...problemsWithFactComponents(componentUses(file.model), facts.facts), ...handTyped];
}

function linkProblems(file: GuideFile, models: ReadonlyMap<string, GuideModel>, layout: ContentLayout): Problem[] {
  const problems: Problem[] = [];
  for (const { href, place } of file.model.links) {
    const problem = (message: string) => problems.push({ place, message });
    const shown = short(href, 60);
    const scheme = schemeOf(href);
    if (scheme === 'javascript' || scheme === 'vbscript') {
      problem(`link "${shown}" runs code when followed; link to a page (https://… or /${file.lang}/…) instead`);
      continue;
    }
    if (scheme === 'data') {
      problem(`link "${shown}" carries its content in the address (a data: link); link to a page (https://… or /${file.lang}/…) instead`);
      continue;
    }
    if (scheme === 'http') {
      if (!insecureLinkExceptions.includes(href)) problem(`link "${shown}" is not encrypted; use https://${href.replace(/^\s*http:\/\//i, '')}`);
      continue;
    }
    if (scheme !== undefined) {
      if (!externalSchemes.includes(scheme)) problem(`link "${shown}" uses ${scheme}:, which the guide does not link to; use https:// or mailto:`);
      continue;
    }
    if (href.startsWith('//')) {
      problem(`link "${shown}" has no scheme; write it in full, https:${href}`);
      continue;
    }
    const [path, anchor] = href.split('#', 2) as [string, string | undefined];
    let target = `${file.lang}/${file.page}`;
    if (path !== '') {
      const match = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path);
      if (!match) {
        problem(`link "${shown}" is not a guide page; write it as /<lang>/ or /<lang>/<page>/ with the trailing slash`);
        continue;
      }
      const [, lang, page = 'index'] = match;
      if (!layout.languages.includes(lang) || !layout.pages.includes(page) || (page === 'index' && match[2] === 'index')) {
        problem(`link "${shown}" points to a page that does not exist`);
        continue;
      }
      if (lang !== file.lang) {
        problem(`link "${shown}" leaves the page's language (${file.lang}); link to /${file.lang}/… instead`);
        continue;
      }
      target = `${lang}/${page}`;
    }
    const targetModel = models.get(target);
    if (anchor !== undefined && targetModel) {
      const anchors = [...targetModel.headings.map((h) => h.id), ...targetModel.steps.map((s) => s.id), ...targetModel.questions.map((q) => q.id)];
      if (!anchors.includes(anchor)) {
        problem(`link "${shown}" points to "#${anchor}", which is not a step, question or heading of content/guides/${target}.mdx`);
      }
    }
  }
  return problems;
}

function imageProblems(model: GuideModel, publicFiles: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const { src, alt, place } of model.images) {
    if (!alt.trim()) problems.push({ place, message: 'image without alt text; describe what the image shows for readers who cannot see it, ![what it shows](…)' });
    if (schemeOf(src) !== undefined || src.startsWith('//')) {
      problems.push({ place, message: `image "${short(src, 60)}" would load from another site; put the file under public/images/ and write ![…](/images/name.png)` });
    } else if (!src.startsWith('/')) {
      problems.push({ place, message: `image "${short(src, 60)}" is not a path from the site root; put the file under public/images/ and write ![…](/images/name.png)` });
    } else if (!publicFiles.has(decodeURI(src.split(/[?#]/)[0]))) {
      problems.push({ place, message: `image "${short(src, 60)}" does not exist: there is no public${src.split(/[?#]/)[0]}; add the file or fix the path` });
    }
  }
  return problems;
}

/** Every problem in the guide's pages, each one line naming file:line:column, in file order. */
export function problemsWithGuides(files: readonly GuideFile[], options: CheckOptions): string[] {
  const models = new Map(files.map((f) => [`${f.lang}/${f.page}`, f.model]));
  return files.flatMap((file) => {
    const { model } = file;
    const bidi = model.bidiControls.map(({ codePoint, place }) => ({
      place,
      message: `invisible ${codePoint} character, which can make text read in another order than it shows; delete it (to mark a phrase's direction, use <bdi>)`,
    }));
    const problems = model.syntaxError
      ? [...bidi, model.syntaxError]
      : [
          ...bidi,
          ...frontmatterProblems(model, options.today),
          ...scriptProblems(model),
          ...elementProblems(model),
          ...duplicateIdProblems(model),
          ...titleLabelProblems(model),
          ...linkProblems(file, models, options.layout),
          ...imageProblems(model, options.publicFiles),
          ...(options.facts ? factProblems(file, options.facts) : []),
        ];
    return problems
      .sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column)
      .map((problem) => formatProblem(model.file, problem));
  });
}
