/**
 * The sources a page lists: those its frontmatter names, then those of the facts it shows (components such as
 * <FactLink>, <Deadline> and <RightsTable>), each address once.
 */
import type { LanguageCode } from '../i18n/languages';
import { sourcesOfComponents, uniqueSources } from './fact-components';
import type { Facts, Source } from './facts-schema';

/** A source as a page lists it: { title, url, lang? }, the same shape in frontmatter and in the facts. */
export type PageSource = Source;

export function pageSources(
  frontmatter: readonly PageSource[],
  components: readonly { name: string; attributes: Record<string, string> }[],
  facts: Facts,
  lang: LanguageCode,
): PageSource[] {
  return uniqueSources([...frontmatter, ...sourcesOfComponents(components, facts, lang)]);
}
