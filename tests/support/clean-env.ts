/**
 * The environment for a child `astro build`, without what Vitest adds to process.env (BASE_URL, MODE, DEV, PROD,
 * SSR, VITEST…): Vite would read BASE_URL and build for the wrong base path.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}
