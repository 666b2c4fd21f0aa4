/**
 * The parts of a Lighthouse performance run that are counts, not timings: the same page gives the same numbers on
 * an idle machine and on one whose other core is busy, so they can be gates where the timed score cannot.
 * (Forced reflows were tried and left out: Chromium reports an unattributed one on some loads and not on others.)
 */

/** The few shapes of a Lighthouse result this file reads. */
export interface LighthouseResultLike {
  audits: Record<string, { numericValue?: number; details?: object } | undefined>;
}

export interface CountedPerformance {
  /** Bytes the browser received for the page load (as served; the local server does not compress). */
  transferBytes: number;
  requests: number;
  /** Scripts fetched during the load, and their uncompressed size: the JavaScript the main thread must run. */
  scripts: number;
  scriptBytes: number;
  /** Resources that hold back the first paint, by type. */
  renderBlockingStylesheets: number;
  renderBlockingOther: string[];
  layoutShift: number;
  domElements: number;
}

export type PerformanceLimits = {
  [K in Exclude<keyof CountedPerformance, 'renderBlockingOther'>]: number;
};

interface RequestItem {
  url: string;
  resourceType?: string;
  resourceSize?: number;
}

function items<T>(lhr: LighthouseResultLike, id: string): T[] {
  const audit = lhr.audits[id];
  if (!audit) throw new Error(`Lighthouse result has no "${id}" audit (was the performance category run?)`);
  return ((audit.details as { items?: unknown[] } | undefined)?.items ?? []) as T[];
}

export function countedPerformance(lhr: LighthouseResultLike): CountedPerformance {
  const requests = items<RequestItem>(lhr, 'network-requests');
  const scripts = requests.filter((r) => r.resourceType === 'Script');
  const blocking = items<{ url: string }>(lhr, 'render-blocking-insight').map((item) => item.url);
  const isStylesheet = (url: string) => requests.some((r) => r.url === url && r.resourceType === 'Stylesheet');
  const domStatistic = items<{ statistic?: string; value?: { value?: number } }>(lhr, 'dom-size-insight').find((i) => i.statistic === 'Total elements');
  return {
    transferBytes: lhr.audits['total-byte-weight']?.numericValue ?? Number.NaN,
    requests: requests.length,
    scripts: scripts.length,
    scriptBytes: scripts.reduce((sum, r) => sum + (r.resourceSize ?? 0), 0),
    renderBlockingStylesheets: blocking.filter(isStylesheet).length,
    renderBlockingOther: blocking.filter((url) => !isStylesheet(url)),
    layoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    domElements: domStatistic?.value?.value ?? Number.NaN,
  };
}

/** One line per limit the page goes over; empty when it keeps within all of them. */
export function performanceOverLimits(counted: CountedPerformance, limits: PerformanceLimits): string[] {
  const over: string[] = counted.renderBlockingOther.map((url) => `render-blocking resource that is not a stylesheet: ${url}`);
  for (const [key, limit] of Object.entries(limits) as [keyof PerformanceLimits, number][]) {
    const value = counted[key];
    if (!Number.isFinite(value)) over.push(`${key}: not measured`);
    else if (value > limit) over.push(`${key}: ${value} > ${limit}`);
  }
  return over;
}
