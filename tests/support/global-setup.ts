import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

/** Serves the built site for the browser tests; the build tests read dist/ directly. */
export default async function setup(project: TestProject) {
  // `npm run test:unit` runs only the helpers' unit tests under src/, which need no built site.
  if (process.env.GUIDE_UNIT_TESTS_ONLY === '1') return;
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm test` (which builds first) or `npm run build`.');
  }
  const { server, url } = await startServer({ root: 'dist', port: 0, base: '/' });
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
