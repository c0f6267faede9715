/**
 * Search speed as a reader meets it, in headless Chromium on loopback: cold is the first
 * query of a fresh browser (nothing cached: index loaded, searched, first results' data
 * fetched), warm is the median of further queries once the index is loaded.
 */
import { chromium } from 'playwright-core';
import { firstResults, pagefindOptions } from '../../src/scripts/pagefind-options.ts';

// A first query as a reader types it (a word some cases hold), then more of the same kind,
// and one that matches every case, the worst case for result loading.
const queries = ['mediation', 'tenancy', 'apprenticeship', 'interpreter', 'landlord', 'curriculum', 'synthetic'];

export async function searchTiming(baseUrl: string): Promise<{ coldMs: number; warmMs: number }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${baseUrl}/404.html`);
    return await page.evaluate(async ({ terms, options, first }) => {
      const run = async (pagefind: { search(t: string): Promise<{ results: { data(): Promise<unknown> }[] }> }, term: string) => {
        const started = performance.now();
        const search = await pagefind.search(term);
        await Promise.all(search.results.slice(0, first).map((r) => r.data()));
        return performance.now() - started;
      };
      const coldStart = performance.now();
      type Pagefind = Parameters<typeof run>[0] & { options(o: typeof options): Promise<void>; init(): Promise<void> };
      const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as Pagefind;
      // The search page's own options, so this times search as the page runs it.
      await pagefind.options(options);
      await pagefind.init();
      await run(pagefind, terms[0]!);
      const coldMs = performance.now() - coldStart;
      const warm: number[] = [];
      for (const term of terms.slice(1)) warm.push(await run(pagefind, term));
      warm.sort((a, b) => a - b);
      return { coldMs, warmMs: warm[Math.floor(warm.length / 2)]! };
    }, { terms: queries, options: pagefindOptions, first: firstResults });
  } finally {
    await browser.close();
  }
}
