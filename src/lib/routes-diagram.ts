/**
 * The routes-at-a-glance diagram, as data: three ways in, one request, then the code, the confirmation and what
 * follows. Every label and link comes from the guide pages themselves (their navigation titles, section headings and
 * step titles, read from their models), so the diagram cannot disagree with them.
 */
import type { Step } from './guide-model';

/** What the diagram needs of a step. */
type DiagramStep = Pick<Step, 'id' | 'title' | 'titleLabel' | 'section'>;

export interface DiagramBox {
  label: string;
  /** The English screen label the label names, to mark as English. */
  englishLabel?: string;
  /** Path without base: "/ko/desktop/#get-code". */
  href: string;
}

export interface RoutesDiagram {
  ways: DiagramBox[];
  then: DiagramBox[];
}

export interface DiagramInput {
  lang: string;
  navTitles: { desktop: string; 'after-deletion': string };
  desktopSteps: readonly DiagramStep[];
  mobileSteps: readonly DiagramStep[];
}

function step(steps: readonly DiagramStep[], id: string, page: string): DiagramStep {
  const found = steps.find((s) => s.id === id);
  if (!found) throw new Error(`content/guides/${page}.mdx: the routes diagram needs the step "${id}"`);
  return found;
}

export function routesDiagram({ lang, navTitles, desktopSteps, mobileSteps }: DiagramInput): RoutesDiagram {
  const browser = step(mobileSteps, 'log-in', `${lang}/mobile-browser`);
  const app = step(mobileSteps, 'app-open-settings', `${lang}/mobile-browser`);
  const at = (page: string, id?: string) => `/${lang}/${page}/${id ? `#${id}` : ''}`;
  const stepBox = (id: string): DiagramBox => {
    const found = step(desktopSteps, id, `${lang}/desktop`);
    return { label: found.title, ...(found.titleLabel && { englishLabel: found.titleLabel }), href: at('desktop', id) };
  };
  return {
    ways: [
      { label: navTitles.desktop, href: at('desktop') },
      { label: browser.section, href: at('mobile-browser', browser.id) },
      { label: app.section, href: at('mobile-browser', app.id) },
    ],
    then: [
      stepBox('delete-my-account'),
      stepBox('get-code'),
      stepBox('final-delete'),
      { label: navTitles['after-deletion'], href: at('after-deletion') },
    ],
  };
}
