import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { setPageSink, type PageSink } from './search-handover.ts';

type PagefindResponse = { errors: string[] };
type Page = { sourcePath: string; content: string };

function assertOk(step: string, response: PagefindResponse): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/** The pages search covers, relative to the built site. */
export const searchablePages = 'cases/*/index.html';

/** Runs `use` on a new Pagefind index. Any Pagefind error throws; Pagefind's process is always closed. */
async function withIndex(use: (index: PagefindIndex) => Promise<number>): Promise<number> {
  try {
    const created = await pagefind.createIndex({});
    assertOk('createIndex', created);
    if (!created.index) throw new Error('Pagefind returned no index');
    return await use(created.index);
  } finally {
    await pagefind.close();
  }
}

const writeFiles = async (index: PagefindIndex, out: string) =>
  assertOk('writeFiles', await index.writeFiles({ outputPath: join(out, 'pagefind') }));

/**
 * Writes the Pagefind index of `pages` into `out`/pagefind. Pages are added in the order
 * given, which fixes the index's bytes: the same content yields the same index.
 */
export function writeSearchIndex(pages: readonly Page[], out: string): Promise<number> {
  if (pages.length === 0) return Promise.reject(new Error('Pagefind found no page to index'));
  return withIndex(async (index) => {
    for (const added of await Promise.all(pages.map((page) => index.addHTMLFile(page)))) assertOk('reading a page', added);
    await writeFiles(index, out);
    return pages.length;
  });
}

/**
 * Writes the Pagefind index of the site already built in `out`, reading its case pages
 * from disk: the way large corpora are indexed, once Astro has ended (scripts/build.ts).
 */
export function indexSite(out: string): Promise<number> {
  return withIndex(async (index) => {
    const added = await index.addDirectory({ path: out, glob: searchablePages });
    assertOk('addDirectory', added);
    if (added.page_count === 0) throw new Error('Pagefind found no page to index');
    await writeFiles(index, out);
    return added.page_count;
  });
}

/**
 * The case pages of one build, collected as the middleware hands them over. Astro renders
 * the case pages first (its routes go in alphabetical order), so once the last one is in,
 * the index is written while Astro renders the rest of the site: at 1,000 cases Pagefind's
 * second and a half leaves the build's critical path (docs/performance.md).
 */
export class CasePages implements PageSink {
  #expected: readonly string[] | undefined;
  readonly #pages = new Map<string, string>();
  #written: Promise<number> | undefined;
  readonly #out: string;

  constructor(out: string) {
    this.#out = out;
  }

  expect(sourcePaths: readonly string[]): void {
    this.#expected ??= sourcePaths;
    this.#writeWhenComplete();
  }

  add(sourcePath: string, html: string): void {
    this.#pages.set(sourcePath, html);
    this.#writeWhenComplete();
  }

  #writeWhenComplete(): void {
    const expected = this.#expected;
    if (this.#written || !expected || !expected.every((p) => this.#pages.has(p))) return;
    const pages = expected.map((sourcePath) => ({ sourcePath, content: this.#pages.get(sourcePath)! }));
    this.#pages.clear();
    this.#written = writeSearchIndex(pages, this.#out);
    // Reported by finish(), at the end of the build, rather than as an unhandled rejection.
    this.#written.catch(() => undefined);
  }

  /** The number of pages indexed, once the index is written; throws if a page never came. */
  finish(): Promise<number> {
    if (this.#written) return this.#written;
    const missing = this.#expected?.filter((p) => !this.#pages.has(p)) ?? [];
    throw new Error(
      this.#expected
        ? `the search index is missing ${missing.length} case page(s), e.g. ${missing.slice(0, 3).join(', ')}`
        : 'no page reached the search index: was its middleware (search-middleware.ts) left out of the build?',
    );
  }
}

const indexAfter = () => process.env.ATLAS_INDEX_AFTER_BUILD === '1';

/**
 * Indexes the case pages of every `astro build` with Pagefind's Node API, so search can
 * never be stale or forgotten; a Pagefind error fails the build. With
 * ATLAS_INDEX_AFTER_BUILD=1 it leaves the index to whoever started Astro: `npm run build`
 * does so for large corpora, whose pages and index would not fit in memory beside
 * Astro's own (scripts/build.ts).
 */
export function pagefindIndex(): AstroIntegration {
  let out = '';
  let pages: CasePages | undefined;
  return {
    name: 'practice-atlas:pagefind',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // Only where it is used: at 10,000 cases the middleware alone raised the bundler's
        // peak memory by 450 MiB.
        if (command === 'build' && !indexAfter()) addMiddleware({ entrypoint: new URL('./search-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        out = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (indexAfter()) return;
        pages = new CasePages(out);
        setPageSink(pages);
      },
      'astro:build:done': async ({ logger }) => {
        if (!pages) return;
        try {
          const count = await pages.finish();
          logger.info(`search index written (${count} pages)`);
        } finally {
          setPageSink(undefined);
        }
      },
    },
  };
}
