import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchablePages, searchablePagesIn } from '../lib/search-kinds.ts';
import { locales } from '../i18n/config.ts';
import { localePrefix } from '../lib/paths.ts';

type PagefindResponse = { errors: string[] };

function assertOk(step: string, response: PagefindResponse): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

export { searchablePages };

/**
 * Writes the Pagefind index of the built site in `out`: one bundle per language, in that
 * language's folder (`pagefind/`, `it/pagefind/` …), each read by that language's search
 * page. One at a time, each freed before the next: indexing every language at once held
 * 5 GiB at 10,000 cases, and a reader only ever loads their own language's index. Any
 * Pagefind error throws; the Pagefind process is always closed.
 */
export async function indexSite(out: string): Promise<number> {
  let total = 0;
  try {
    for (const locale of locales) {
      const created = await pagefind.createIndex({});
      assertOk('createIndex', created);
      const { index } = created;
      if (!index) throw new Error('Pagefind returned no index');
      // Only the pages of a searchable kind carry data-pagefind-body, so only they are read:
      // at 1,000 cases parsing every other page costs Pagefind a third of its time for nothing.
      const added = await index.addDirectory({ path: out, glob: searchablePagesIn(locale) });
      assertOk('addDirectory', added);
      if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${locale === locales[0] ? 'the default language' : `/${locale}/`}`);
      assertOk('writeFiles', await index.writeFiles({ outputPath: `${out}/${localePrefix(locale)}pagefind` }));
      await index.deleteIndex();
      total += added.page_count;
    }
    return total;
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
