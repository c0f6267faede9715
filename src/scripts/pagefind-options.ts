/**
 * How the search page runs Pagefind; the benchmark (scripts/bench/search-timing.ts)
 * times search with the same options. Without a worker the first query skips fetching
 * and starting one, about 60 ms of a cold search here; a query against a thousand cases
 * takes a few milliseconds of the main thread.
 */
export const pagefindOptions = { noWorker: true } as const;
