/**
 * Writes a Pagefind index a test built into `folder`, from Pagefind's memory (`getFiles`). Pagefind's own
 * `writeFiles` answers before its last writes are done (its files are never flushed), so a test that closed Pagefind
 * or served the folder right after could find a file cut short or missing: a CI run failed the Thai search test with
 * "Failed to load Pagefind metadata". The build does the same (src/integrations/search-index-worker.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type * as pagefind from 'pagefind';

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export async function writeIndexFiles(index: PagefindIndex, folder: string): Promise<void> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
  for (const file of files) {
    const path = join(folder, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
}
