// Indexes a built site for search by itself: `node scripts/search-index.ts [dist]`. `astro build` already does this
// at its end (src/integrations/search-index.ts); this is for a dist/ folder built elsewhere or with other settings.
import { writeSearchIndex } from '../src/integrations/search-index.ts';

const dist = process.argv[2] ?? 'dist';
const report = await writeSearchIndex(dist, process.cwd());
console.log(`Search index: ${report.records} sections of ${report.pages} pages in ${dist}/pagefind, in ${report.parts} parts; Zopfli saved ${report.savedBytes} bytes in ${report.files} files`);
