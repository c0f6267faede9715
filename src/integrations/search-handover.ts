/**
 * Where rendered pages meet the search index. The index lives with the Pagefind
 * integration, which Astro loads with its config; the pages are rendered by Astro's
 * build output, a separate copy of every module. Both reach the same object here,
 * kept on globalThis, for the length of one `astro build`.
 */
export interface PageSink {
  /** Every page search will cover, in a fixed order, as paths inside the built site. */
  expect(sourcePaths: readonly string[]): void;
  /** One of those pages, as rendered. */
  add(sourcePath: string, html: string): void;
}

const key = Symbol.for('practice-atlas.search-pages');
type Holder = { [key]?: PageSink };

/** The sink of the build under way; undefined outside `astro build` (dev, tests). */
export const pageSink = (): PageSink | undefined => (globalThis as Holder)[key];

export function setPageSink(sink: PageSink | undefined): void {
  (globalThis as Holder)[key] = sink;
}
