import { describe, expect, it } from 'vitest';
import { countedPerformance, performanceOverLimits, type LighthouseResultLike, type PerformanceLimits } from './lighthouse-counts';

const limits: PerformanceLimits = { transferBytes: 1000, requests: 3, scripts: 1, scriptBytes: 100, renderBlockingStylesheets: 1, layoutShift: 0, domElements: 50 };

function result(overrides: { requests?: object[]; blocking?: object[]; shift?: number; elements?: number} = {}): LighthouseResultLike {
  return {
    audits: {
      'total-byte-weight': { numericValue: 900 },
      'network-requests': {
        details: {
          items: overrides.requests ?? [
            { url: 'http://x/en/', resourceType: 'Document', resourceSize: 700 },
            { url: 'http://x/a.css', resourceType: 'Stylesheet', resourceSize: 150 },
            { url: 'http://x/a.js', resourceType: 'Script', resourceSize: 80 },
          ],
        },
      },
      'render-blocking-insight': { details: { items: overrides.blocking ?? [{ url: 'http://x/a.css' }] } },
      'cumulative-layout-shift': { numericValue: overrides.shift ?? 0 },
      'dom-size-insight': { details: { items: [{ statistic: 'Total elements', value: { value: overrides.elements ?? 40 } }, { statistic: 'DOM depth' }] } },
    },
  };
}

describe('counted performance', () => {
  it('reads counts out of a Lighthouse result', () => {
    expect(countedPerformance(result())).toEqual({
      transferBytes: 900,
      requests: 3,
      scripts: 1,
      scriptBytes: 80,
      renderBlockingStylesheets: 1,
      renderBlockingOther: [],
      layoutShift: 0,
      domElements: 40,
    });
    expect(performanceOverLimits(countedPerformance(result()), limits)).toEqual([]);
  });

  it('names each limit a page goes over', () => {
    const counted = countedPerformance(
      result({
        requests: [
          { url: 'http://x/en/', resourceType: 'Document' },
          { url: 'http://x/a.js', resourceType: 'Script', resourceSize: 90 },
          { url: 'http://x/b.js', resourceType: 'Script', resourceSize: 90 },
          { url: 'http://x/c.css', resourceType: 'Stylesheet' },
        ],
        blocking: [{ url: 'http://x/c.css' }, { url: 'http://x/a.js' }],
        shift: 0.02,
        elements: 60,
      }),
    );
    expect(performanceOverLimits(counted, limits)).toEqual([
      'render-blocking resource that is not a stylesheet: http://x/a.js',
      'requests: 4 > 3',
      'scripts: 2 > 1',
      'scriptBytes: 180 > 100',
      'layoutShift: 0.02 > 0',
      'domElements: 60 > 50',
    ]);
  });

  it('fails loudly when an audit it needs is missing, rather than passing on nothing', () => {
    expect(() => countedPerformance({ audits: {} })).toThrow(/network-requests/);
    const counted = countedPerformance({ audits: { ...result().audits, 'total-byte-weight': undefined } });
    expect(performanceOverLimits(counted, limits)).toContain('transferBytes: not measured');
  });
});
