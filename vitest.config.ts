import { defineConfig } from 'vitest/config';

// Vitest 5 and Astro 7 need Node 22+. npm scripts run the Node 24 from node_modules/.bin (the "node"
// devDependency); calling vitest directly would use the machine's Node 20 and fail in confusing ways.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  throw new Error(`Node ${process.version} is too old for these tests: run them through npm (npm test), which uses Node 24.`);
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
