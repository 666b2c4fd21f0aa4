/**
 * The routes-at-a-glance diagram, as data: three ways in, one request, then the code, the confirmation and what
 * follows. Every label and link comes from the guide pages themselves (their navigation titles, section headings and
 * step titles, read from their models), so the diagram cannot disagree with them.
 */
import type { Step } from './guide-model';

/** What the diagram needs of a step. */
type DiagramStep = Pick<Step, 'id' | 'title' | 'section'>;

export interface DiagramBox {
  label: string;
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
  return {
    ways: [
      { label: navTitles.desktop, href: at('desktop') },
      { label: browser.section, href: at('mobile-browser', browser.id) },
      { label: app.section, href: at('mobile-browser', app.id) },
    ],
    then: [
      { label: step(desktopSteps, 'delete-my-account', `${lang}/desktop`).title, href: at('desktop', 'delete-my-account') },
      { label: step(desktopSteps, 'get-code', `${lang}/desktop`).title, href: at('desktop', 'get-code') },
      { label: step(desktopSteps, 'final-delete', `${lang}/desktop`).title, href: at('desktop', 'final-delete') },
      { label: navTitles['after-deletion'], href: at('after-deletion') },
    ],
  };
}
