/** The deployment pieces point at things that exist: the workflow runs .ci/run and publishes dist/ for a subpath. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('deployment', () => {
  const workflow = readFileSync('.github/workflows/deploy.yml', 'utf8');
  const ciRun = readFileSync('.ci/run', 'utf8');
  const readme = readFileSync('README.md', 'utf8');

  it('the GitHub workflow tests with .ci/run and deploys dist/ to Pages, built for the repository subpath', () => {
    expect(workflow).toContain('run: bash .ci/run');
    expect(workflow).toMatch(/BASE_PATH: \/\$\{\{ github\.event\.repository\.name \}\}\//);
    expect(workflow).toMatch(/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist/);
    expect(workflow).toContain('actions/deploy-pages@');
  });

  it('both jobs keep the preview images, search indexes and data store between runs, restored where npm ci will not empty them', () => {
    const cacheSteps = [
      ...workflow.matchAll(/uses: actions\/cache@v\d+\n\s+with:\n\s+path: \|\n\s+node_modules\/\.cache\/preview-images\n\s+node_modules\/\.cache\/search-index\n\s+node_modules\/\.cache\/astro\n/g),
    ];
    expect(cacheSteps).toHaveLength(2);
    const deployJob = workflow.slice(workflow.indexOf('\n  deploy:'));
    expect(deployJob.indexOf('actions/cache@')).toBeGreaterThan(deployJob.indexOf('run: npm ci'));
    expect(deployJob).toContain('fonts-noto-core fonts-noto-cjk');
    expect(ciRun).toContain('caches=node_modules/.cache\n');
    // Astro keeps its data store where those caches are (astro.config.mjs).
    expect(readFileSync('astro.config.mjs', 'utf8')).toContain("cacheDir: './node_modules/.cache/astro'");
    expect(ciRun.indexOf('mv "$caches" .build-caches-kept')).toBeLessThan(ciRun.indexOf('npm ci --no-audit'));
    expect(ciRun.indexOf('mv .build-caches-kept "$caches"')).toBeGreaterThan(ciRun.indexOf('npm ci --no-audit'));
  });

  it('.ci/run installs Chromium and the fonts, then runs the test command the README gives', () => {
    expect(ciRun).toContain('apt-get install -y -qq --no-install-recommends chromium fonts-noto-core fonts-noto-cjk');
    const readmeTest = /^(npm test)\s+#/m.exec(readme)?.[1];
    expect(readmeTest).toBe('npm test');
    expect(ciRun.trim().split('\n').at(-1)).toBe(readmeTest);
  });

  it('the static server and the _headers file the hosts read are produced by the build', () => {
    expect(existsSync('dist/_headers')).toBe(true);
    expect(existsSync('dist/404.html')).toBe(true);
  });
});
