import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchablePages } from '../lib/search-kinds.ts';

type PagefindResponse = { errors: string[] };

function assertOk(step: string, response: PagefindResponse): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

export { searchablePages };

/**
 * Writes the Pagefind index of the built site in `out`. Any Pagefind error throws;
 * the Pagefind process is always closed.
 */
export async function indexSite(out: string): Promise<number> {
  try {
    const created = await pagefind.createIndex({});
    assertOk('createIndex', created);
    const { index } = created;
    if (!index) throw new Error('Pagefind returned no index');
    // Only the pages of a searchable kind carry data-pagefind-body, so only they are read:
    // at 1,000 cases parsing every other page costs Pagefind a third of its time for nothing.
    const added = await index.addDirectory({ path: out, glob: searchablePages });
    assertOk('addDirectory', added);
    if (added.page_count === 0) throw new Error('Pagefind found no page to index');
    assertOk('writeFiles', await index.writeFiles({ outputPath: `${out}/pagefind` }));
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the built pages at the end of every `astro build`, so search can never be
 * stale or forgotten. `npm run build` sets ATLAS_INDEX_AFTER_BUILD and indexes once
 * Astro's process has ended, so the two peaks of memory never add up.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'practice-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.ATLAS_INDEX_AFTER_BUILD === '1') return;
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`search index written (${pages} pages read)`);
      },
    },
  };
}
