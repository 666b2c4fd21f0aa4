/**
 * Checks on the guide's MDX sources that the schema cannot make: which files exist, and what the MDX body says
 * (component names, step ids, links, images). Every problem names the file, the line where it can, what was found
 * and what to do. Pure functions: the content loader feeds them files, the unit tests feed them strings.
 */
import GithubSlugger from 'github-slugger';
import { factComponentNames, factComponents } from './fact-components';

export interface ContentLayout {
  languages: readonly string[];
  pages: readonly string[];
  /** Pages each language declares as not yet translated (see src/i18n/languages.ts). */
  untranslated?: Readonly<Record<string, readonly string[]>>;
}

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

export const knownComponents = ['Steps', 'Step', 'Callout', 'Faq', 'FaqItem', 'UiLabel', 'RoutesDiagram', 'LetterLink', ...factComponentNames] as const;
const calloutTypes = ['note', 'caution', 'danger'];
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface GuideSourceFacts {
  components: ComponentUse[];
  /** Anchors a link may point at: step and FAQ ids, and heading ids as Astro derives them. */
  anchors: string[];
  links: { href: string; line: number }[];
  imagesWithoutAlt: number[];
  /** Line of the first `##` heading, if any: step and question titles are h3, so lists must come after one. */
  firstSectionLine?: number;
}

/** Blanks fenced code, inline code and MDX comments, keeping line breaks, so that examples are not read as content. */
function blankCode(source: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return source
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** Line numbers by offset; built once per text, so finding a line is a binary search, not a scan from the start. */
function lineFinder(source: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

function headingText(raw: string): string {
  return raw
    .replace(/<UiLabel[^>]*en="([^"]*)"[^>]*\/>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .trim();
}

/** Reads what matters for checking out of one MDX body (frontmatter already removed or still present). */
export function readGuideSource(source: string): GuideSourceFacts {
  const text = blankCode(source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ' ')));
  const lineOf = lineFinder(text);
  const components: ComponentUse[] = [];
  for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)((?:\s+[A-Za-z]+(?:="[^"]*"|='[^']*')?)*)\s*\/?>/g)) {
    const attributes: Record<string, string> = {};
    for (const attr of match[2].matchAll(/([A-Za-z]+)(?:="([^"]*)"|='([^']*)')?/g)) attributes[attr[1]] = attr[2] ?? attr[3] ?? '';
    components.push({ name: match[1], attributes, line: lineOf(match.index) });
  }
  const slugger = new GithubSlugger();
  const anchors = [
    ...components.filter((c) => c.name === 'Step' || c.name === 'FaqItem').map((c) => c.attributes.id ?? ''),
    ...[...text.matchAll(/^#{2,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => slugger.slug(headingText(m[1]))),
  ];
  const links = [
    ...[...text.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
      .filter((m) => m[1] !== '!')
      .map((m) => ({ href: m[2], line: lineOf(m.index) })),
    ...[...text.matchAll(/\shref="([^"]+)"/g)].map((m) => ({ href: m[1], line: lineOf(m.index) })),
  ];
  const imagesWithoutAlt = [
    ...[...text.matchAll(/!\[\s*\]\(/g)].map((m) => lineOf(m.index)),
    ...[...text.matchAll(/<img\b(?![^>]*\balt="[^"]+")[^>]*>/g)].map((m) => lineOf(m.index)),
  ];
  const firstSection = /^##[ \t]/m.exec(text);
  return { components, anchors, links, imagesWithoutAlt, firstSectionLine: firstSection ? lineOf(firstSection.index) : undefined };
}

export interface GuideSourceFile {
  /** Path for messages, e.g. content/guides/ko/desktop.mdx */
  path: string;
  lang: string;
  page: string;
  source: string;
}

/** Problems inside the MDX bodies, including links between pages and to steps. */
export function problemsWithSources(files: readonly GuideSourceFile[], layout: ContentLayout): string[] {
  const facts = new Map(files.map((f) => [`${f.lang}/${f.page}`, readGuideSource(f.source)]));
  const problems: string[] = [];
  for (const file of files) {
    const { components, links, imagesWithoutAlt, firstSectionLine } = facts.get(`${file.lang}/${file.page}`)!;
    const at = (line: number) => `${file.path}:${line}`;
    const seenIds = new Map<string, number>();
    for (const use of components) {
      if (!(knownComponents as readonly string[]).includes(use.name)) {
        problems.push(`${at(use.line)}: unknown component <${use.name}>; use one of ${knownComponents.join(', ')}`);
        continue;
      }
      if ((use.name === 'Steps' || use.name === 'Faq') && (firstSectionLine === undefined || use.line < firstSectionLine)) {
        problems.push(`${at(use.line)}: <${use.name}> comes before any ## heading; add a ## section heading above it (its items are h3)`);
      }
      const required: Record<string, string[]> = {
        Step: ['id', 'title'],
        FaqItem: ['id', 'question'],
        UiLabel: ['en'],
        Callout: ['type'],
        ...Object.fromEntries(factComponentNames.map((name) => [name, [...factComponents[name].required]])),
      };
      for (const attribute of required[use.name] ?? []) {
        if (!use.attributes[attribute]?.trim()) problems.push(`${at(use.line)}: <${use.name}> needs a non-empty ${attribute}="…"`);
      }
      if (use.name === 'Callout' && use.attributes.type && !calloutTypes.includes(use.attributes.type)) {
        problems.push(`${at(use.line)}: <Callout type="${use.attributes.type}"> is not a callout type; use ${calloutTypes.join(', ')}`);
      }
      if ((use.name === 'Step' || use.name === 'FaqItem') && use.attributes.id) {
        const id = use.attributes.id;
        if (!idPattern.test(id)) {
          problems.push(`${at(use.line)}: ${use.name.toLowerCase()} id "${id}" must be lowercase Latin letters, digits and hyphens`);
        }
        const firstLine = seenIds.get(id);
        if (firstLine !== undefined) {
          problems.push(`${at(use.line)}: step id "${id}" is used twice (first on line ${firstLine}); ids must be unique on a page`);
        } else {
          seenIds.set(id, use.line);
        }
      }
    }
    for (const line of imagesWithoutAlt) {
      problems.push(`${at(line)}: image without alt text; describe what the image shows for readers who cannot see it`);
    }
    for (const { href, line } of links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const [path, anchor] = href.split('#', 2) as [string, string | undefined];
      let targetKey = `${file.lang}/${file.page}`;
      if (path !== '') {
        const match = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(path);
        if (!match) {
          problems.push(`${at(line)}: link "${href}" is not a guide page; write it as /<lang>/ or /<lang>/<page>/ with the trailing slash`);
          continue;
        }
        const [, lang, page = 'index'] = match;
        if (!layout.languages.includes(lang) || !layout.pages.includes(page) || page === 'index' && match[2] === 'index') {
          problems.push(`${at(line)}: link "${href}" points to a page that does not exist`);
          continue;
        }
        if (lang !== file.lang) {
          problems.push(`${at(line)}: link "${href}" leaves the page's language (${file.lang}); link to /${file.lang}/… instead`);
          continue;
        }
        targetKey = `${lang}/${page}`;
      }
      if (anchor !== undefined) {
        const target = facts.get(targetKey);
        if (target && !target.anchors.includes(anchor)) {
          problems.push(`${at(line)}: link "${href}" points to "#${anchor}", which is not a step, question or heading of content/guides/${targetKey}.mdx`);
        }
      }
    }
  }
  return problems;
}
