import { defineConfig } from 'vitest/config';

// Vitest 5 and Astro 7 need Node 22+. npm scripts run the Node 24 from node_modules/.bin (the "node"
// devDependency); calling vitest directly would use the machine's Node 20 and fail in confusing ways.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  throw new Error(`Node ${process.version} is too old for these tests: run them through npm (npm test), which uses Node 24.`);
}

const shared = {
  environment: 'node' as const,
  pool: 'forks' as const,
  globalSetup: ['tests/support/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    maxWorkers: 2,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: { ...shared, name: 'site', include: ['src/**/*.test.ts', 'tests/**/*.test.ts'], exclude: ['tests/e2e/lighthouse.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        // Lighthouse gates only on what a busy CPU cannot change (tests/e2e/lighthouse.test.ts), so it needs no retry;
        // it runs after the rest because it is the heaviest browser work, and the suite is quicker that way.
        test: { ...shared, name: 'lighthouse', include: ['tests/e2e/lighthouse.test.ts'], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
