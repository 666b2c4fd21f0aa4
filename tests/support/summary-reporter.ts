/**
 * Ends the run with one plain line, "N passed, N failed", which CI reads to know tests ran. A test file whose setup
 * failed (a beforeAll hook, an import) leaves its tests unrun: they count as failed, so the line never says
 * "0 failed" for a run that Vitest itself ends with a failure.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      const moduleFailed = module.state() === 'failed';
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed' || moduleFailed) failedHere++;
        else skipped++;
      }
      failed += moduleFailed ? Math.max(1, failedHere) : failedHere;
    }
    console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
}
