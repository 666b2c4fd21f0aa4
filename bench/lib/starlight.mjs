// Generates a Starlight site from the guide's content: the same locales (src/i18n/languages.ts), same pages, our MDX
// components mapped to Starlight's, or to plain HTML where Starlight has none. Our fact components (ScreenLabel,
// FactLink, RightsTable, …) render sourced data from content/facts/, which a Starlight site does not have: here each
// renders a short fixed stand-in (the label's id, a link, an aside), so Starlight's pages carry less than ours.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { benchRoot, mainRoot, splitFrontmatter } from './common.mjs';

/** Wrappers that keep our component names in the MDX, rendered with Starlight's components or plain HTML. */
const wrappers = {
  // Starlight's <Steps> wants exactly one <ol> as its content.
  'Steps.astro': `---
import { Steps as StarlightSteps } from '@astrojs/starlight/components';
---
<StarlightSteps><ol><slot /></ol></StarlightSteps>
`,
  'Step.astro': `---
const { id, title } = Astro.props;
---
<li><h3 id={id}>{title}</h3><slot /></li>
`,
  'Faq.astro': `<div><slot /></div>
`,
  'FaqItem.astro': `---
const { id, question } = Astro.props;
---
<details><summary><h3 id={id}>{question}</h3></summary><slot /></details>
`,
  'ScreenLabel.astro': `---
const { id } = Astro.props;
---
<b lang="en">{id}</b>
`,
  'FactLink.astro': `---
const { id } = Astro.props;
const text = await Astro.slots.render('default');
---
<a href={\`https://www.aliexpress.com/\${id}\`}>{text ? <Fragment set:html={text} /> : id}</a>
`,
  'Contact.astro': `---
const { id } = Astro.props;
---
<a href={\`mailto:\${id}@example.com\`}>{id}@example.com</a>
`,
  'LetterLink.astro': `<a href="../erasure-request/"><slot /></a>
`,
  // The data-driven blocks: one aside each, as long as a short paragraph.
  'FactBlock.astro': `---
import { Aside } from '@astrojs/starlight/components';
const { name } = Astro.props;
---
<Aside><p>{name}: what the sourced facts say here, in a sentence or two, with a link to <a href="https://www.aliexpress.com/">the source</a>.</p></Aside>
`,
};

/** Our data-driven components without children, each rendered as a FactBlock stand-in. */
const factBlocks = ['RouteNotice', 'ErasureWarning', 'WhatIsKept', 'YourRegulators', 'RightsTable', 'RegulatorDecision', 'LetterLanguage', 'Deadline'];

const importLines = [
  "import { Aside } from '@astrojs/starlight/components';",
  "import Steps from '../../../components/Steps.astro';",
  "import Step from '../../../components/Step.astro';",
  "import Faq from '../../../components/Faq.astro';",
  "import FaqItem from '../../../components/FaqItem.astro';",
  ...['ScreenLabel', 'FactLink', 'Contact', 'LetterLink', 'FactBlock'].map((name) => `import ${name} from '../../../components/${name}.astro';`),
].join('\n');

const attribute = `(?:"([^"]*)"|'([^']*)')`;

/** One of our MDX bodies, with our components replaced by Starlight's or plain HTML. */
export function convertBody(body) {
  return body
    .replace(new RegExp(`<UiLabel\\s+en=${attribute}\\s*/>`, 'g'), (_, d, s) => `<b lang="en">${d ?? s}</b>`)
    .replace(new RegExp(`<UiLabel\\s+en=${attribute}\\s*>([\\s\\S]*?)</UiLabel>`, 'g'), (_, d, s, text) => `<b lang="en">${d ?? s}</b> (${text})`)
    .replace(/<Callout\b/g, '<Aside')
    .replace(/<\/Callout>/g, '</Aside>')
    .replace(/<Steps\s+checklist\s*>/g, '<Steps>')
    .replace(/^[ \t]*<RoutesDiagram\s*\/>[ \t]*\n?/gm, '')
    .replace(new RegExp(`<(${factBlocks.join('|')})\\b[^>]*/>`, 'g'), (_, name) => `<FactBlock name="${name}" />`);
}

/** A whole generated MDX file: frontmatter reduced to title and description, the import line, the body. */
export function convertFile(source) {
  const { frontmatter, body } = splitFrontmatter(source);
  const data = yaml.load(frontmatter);
  const head = `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.description)}\n---\n`;
  return `${head}${importLines}\n\n${convertBody(body)}`;
}

/**
 * Writes the Starlight project into `root`, which must be under bench/ so that Node and Vite find bench/node_modules
 * by walking up (a symlinked node_modules breaks Astro 7.3.4's handling of .astro files inside packages). from `contentRoot` (a content/guides folder) and the language list.
 * Returns the number of pages written.
 */
export function makeStarlightProject(root, languages, contentRoot = join(mainRoot, 'content/guides')) {
  mkdirSync(join(root, 'src/components'), { recursive: true });
  for (const [name, text] of Object.entries(wrappers)) writeFileSync(join(root, 'src/components', name), text);
  let pages = 0;
  for (const language of languages) {
    const from = join(contentRoot, language.code);
    const to = join(root, 'src/content/docs', language.code);
    mkdirSync(to, { recursive: true });
    for (const file of readdirSync(from).filter((name) => name.endsWith('.mdx'))) {
      writeFileSync(join(to, file), convertFile(readFileSync(join(from, file), 'utf8')));
      pages += 1;
    }
  }
  const siteNames = Object.fromEntries(
    languages.map((l) => [l.hreflang, JSON.parse(readFileSync(join(mainRoot, 'src/i18n/strings', `${l.code}.json`), 'utf8'))['site.name']]),
  );
  const locales = Object.fromEntries(languages.map((l) => [l.code, { label: l.ownName, lang: l.hreflang, ...(l.dir === 'rtl' ? { dir: 'rtl' } : {}) }]));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `// Generated by bench/lib/starlight.mjs: the guide's content as a Starlight site, for the benchmark only.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://aliexpress-deletion.guide',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: ${JSON.stringify(siteNames, null, 2).replace(/\n/g, '\n      ')},
      defaultLocale: 'en',
      locales: ${JSON.stringify(locales, null, 2).replace(/\n/g, '\n      ')},
    }),
  ],
});
`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  // Astro decides which packages to bundle (rather than leave to Node) from the dependencies listed here: without
  // Starlight in the list, its middleware stays external and fails on \`astro:\` imports.
  const { dependencies } = JSON.parse(readFileSync(join(benchRoot, 'package.json'), 'utf8'));
  const site = { name: 'starlight-bench-site', private: true, type: 'module', dependencies: { '@astrojs/starlight': dependencies['@astrojs/starlight'], astro: dependencies.astro } };
  writeFileSync(join(root, 'package.json'), `${JSON.stringify(site, null, 2)}\n`);
  writeFileSync(join(root, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`);
  cpSync(join(mainRoot, 'public/favicon.svg'), join(root, 'public/favicon.svg'));
  return pages;
}
