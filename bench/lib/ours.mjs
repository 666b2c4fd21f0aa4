// Copies of our site for the benchmark: the real one, and synthetic larger ones with extra pages in every language.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { linkNodeModules, mainModules, mainRoot, seededRandom, siteEntries, splitFrontmatter } from './common.mjs';

/** A fresh copy of the site in `root`, with its own build caches and the site's packages linked in. */
export function makeOurProject(root) {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of siteEntries) cpSync(join(mainRoot, entry), join(root, entry), { recursive: true });
  linkNodeModules(mainModules, root);
}

/** The material a language's real pages offer for synthetic ones. */
function materialOf(languageDir) {
  const material = { paragraphs: [], headings: [], steps: [], callouts: [], pages: [] };
  for (const file of readdirSync(languageDir).filter((name) => name.endsWith('.mdx')).sort()) {
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(languageDir, file), 'utf8'));
    material.pages.push(yaml.load(frontmatter));
    for (const match of body.matchAll(/<Step\s+id=(?:"[^"]*"|'[^']*')\s+title=("[^"]*"|'[^']*')\s*>([\s\S]*?)<\/Step>/g)) {
      material.steps.push({ title: match[1], body: match[2].trim() });
    }
    for (const match of body.matchAll(/<Callout\b[^>]*>[\s\S]*?<\/Callout>/g)) material.callouts.push(match[0]);
    const topLevel = body.replace(/<(Steps|Faq|Callout)\b[\s\S]*?<\/\1>/g, '\n\n');
    for (const block of topLevel.split(/\n[ \t]*\n/).map((b) => b.trim()).filter(Boolean)) {
      if (/^##\s/.test(block) && !block.includes('\n')) material.headings.push(block.replace(/^#+\s+/, ''));
      // Same-page anchors (#…) would point at headings the synthetic page lacks; tables and components stay out.
      else if (!/^[#<|]/.test(block) && !block.includes('](#')) material.paragraphs.push(block);
    }
  }
  return material;
}

/** Cuts `text` (by code points) so that text + suffix fits in `max` UTF-16 units, as the schema counts. */
function fit(text, suffix, max) {
  let cut = [...text];
  while ((cut.join('').trim() + suffix).length > max) cut = cut.slice(0, -1);
  return cut.join('').trim() + suffix;
}

/**
 * One synthetic page: the same structure (and step ids) in every language for the same `number`, with text sampled
 * from that language's real pages, roughly the size of a real page.
 */
export function syntheticPage(material, number) {
  const random = seededRandom(number * 7919 + 17);
  const pickIndex = () => random();
  const at = (list, r) => list[Math.floor(r * list.length)];
  const model = material.pages[number % material.pages.length];
  const label = String(number);
  const frontmatter = {
    title: fit(model.title, ` (${label})`, 70),
    navTitle: fit(model.navTitle, ` ${label}`, 32),
    description: model.description,
    lastVerified: '2026-11-23',
    sources: model.sources,
  };
  const stepCount = 4 + Math.floor(random() * 3);
  const parts = [at(material.paragraphs, pickIndex()), at(material.paragraphs, pickIndex())];
  parts.push(`## ${at(material.headings, pickIndex())}`, at(material.paragraphs, pickIndex()));
  const steps = [];
  for (let i = 1; i <= stepCount; i++) {
    const step = at(material.steps, pickIndex());
    steps.push(`<Step id="step-${i}" title=${step.title}>\n\n${step.body}\n\n</Step>`);
  }
  parts.push(`<Steps>\n${steps.join('\n')}\n</Steps>`);
  parts.push(`## ${at(material.headings, pickIndex())}`, at(material.paragraphs, pickIndex()), at(material.paragraphs, pickIndex()));
  if (material.callouts.length) parts.push(at(material.callouts, pickIndex()));
  parts.push(`## ${at(material.headings, pickIndex())}`, at(material.paragraphs, pickIndex()));
  const yamlText = [
    `title: ${JSON.stringify(frontmatter.title)}`,
    `navTitle: ${JSON.stringify(frontmatter.navTitle)}`,
    `description: ${JSON.stringify(frontmatter.description)}`,
    `lastVerified: ${frontmatter.lastVerified}`,
    'sources:',
    ...frontmatter.sources.flatMap((s) => [`  - title: ${JSON.stringify(s.title)}`, ...(s.url ? [`    url: ${s.url}`] : [])]),
  ].join('\n');
  return `---\n${yamlText}\n---\n\n${parts.join('\n\n')}\n`;
}

export const extraSlug = (number) => `extra-${String(number).padStart(3, '0')}`;

/**
 * Adds `extraPerLanguage` synthetic pages to every language of the copy in `root`: their slugs after the real ones
 * in src/lib/guide-pages.ts, their files in content/guides/<lang>/.
 */
export function addSyntheticPages(root, languages, extraPerLanguage) {
  if (extraPerLanguage === 0) return;
  const slugs = Array.from({ length: extraPerLanguage }, (_, i) => extraSlug(i + 1));
  const pagesFile = join(root, 'src/lib/guide-pages.ts');
  const source = readFileSync(pagesFile, 'utf8');
  const changed = source.replace(/(export const guidePageSlugs = \[[\s\S]*?)(\n\] as const;)/, (_, list, end) => `${list}\n${slugs.map((s) => `  '${s}',`).join('\n')}${end}`);
  if (changed === source) throw new Error(`could not find guidePageSlugs in ${pagesFile}`);
  writeFileSync(pagesFile, changed);
  for (const language of languages) {
    const dir = join(root, 'content/guides', language.code);
    const material = materialOf(dir);
    slugs.forEach((slug, i) => writeFileSync(join(dir, `${slug}.mdx`), syntheticPage(material, i + 1)));
  }
}
