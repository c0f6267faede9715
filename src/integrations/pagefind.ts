import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

type PagefindResponse = { errors: string[] };

function assertOk(step: string, response: PagefindResponse): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/**
 * Indexes the built pages at the end of the build, so search can never be stale
 * or forgotten. Any Pagefind error fails the build; the process is always closed.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'practice-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({});
          assertOk('createIndex', created);
          const { index } = created;
          if (!index) throw new Error('Pagefind returned no index');
          const added = await index.addDirectory({ path: out });
          assertOk('addDirectory', added);
          if (added.page_count === 0) throw new Error('Pagefind found no page to index');
          assertOk('writeFiles', await index.writeFiles({ outputPath: `${out}/pagefind` }));
          logger.info(`search index written (${added.page_count} pages read)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
