/**
 * How the search page runs Pagefind and how many results it shows first; the benchmark
 * (scripts/bench/search-timing.ts) times search the same way. Without a worker the first
 * query skips fetching and starting one, about 60 ms of a cold search here; a query
 * against a thousand cases takes a few milliseconds of the main thread.
 */
export const pagefindOptions = { noWorker: true } as const;

/**
 * Results the search page shows before fetching the rest of a page of results: as many
 * as fill the first screen of a 1280 × 720 laptop, above which a reader cannot see more.
 * Each result is a request of its own, and here each costs the browser 4–5 ms even on
 * loopback, so the first screen no longer waits for results below it.
 */
export const firstResults = 3;
