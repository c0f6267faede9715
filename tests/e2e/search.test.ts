import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';
import { firstResults } from '../../src/scripts/pagefind-options.ts';

const base = inject('fixtureUrl');
const content = readContent(fixtureContent);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

async function resultLinks(): Promise<string[]> {
  await page.waitForFunction(() => !document.getElementById('results-status')?.textContent?.includes('Loading'));
  return page.$$eval('#results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('filters by region: ticking a region returns exactly the cases in it', async () => {
    const region = content.regions[0]!;
    const expected = content.cases.filter((c) => (c.data['regions'] as string[]).includes(region.id)).map((c) => `/cases/${c.id}/`);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`${base}/search/`);
    await page.getByRole('checkbox', { name: String(region.data['name']), exact: true }).check();
    await page.waitForFunction(() => location.search.includes('region='));
    await expect.poll(resultLinks).toEqual(expect.arrayContaining(expected));
    expect((await resultLinks()).sort()).toEqual(expected.sort());
  });

  it('finds a case by a word of its title, from a shared URL', async () => {
    const target = content.cases[0]!;
    const word = String(target.data['title']).split(/\W+/).filter((w) => w.length > 5).pop()!;
    await page.goto(`${base}/search/?q=${encodeURIComponent(word)}`);
    await expect.poll(resultLinks).toContain(`/cases/${target.id}/`);
    const card = page.locator('#results li', { has: page.locator(`a[href$="/cases/${target.id}/"]`) });
    await expect.poll(() => card.textContent()).toContain(String(target.data['summary']).slice(0, 30));
  });
});

describe('search results', () => {
  it('shows the first results at once, then the rest of the page, in rank order', async () => {
    // The fixture has five cases; a stand-in Pagefind with thirty results exercises both
    // batches, and holds back the later ones to show the first do not wait for them.
    const fake = await browser.newPage();
    await fake.route('**/pagefind/pagefind.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `
          export async function options() {}
          export async function init() {}
          const wait = (ms) => new Promise((done) => setTimeout(done, ms));
          export async function search() {
            return { results: Array.from({ length: 30 }, (_, i) => ({
              data: async () => { if (i >= ${firstResults}) await wait(1500); return { url: '/cases/case-' + i + '/', meta: { title: 'Case ' + i }, excerpt: '' }; },
            })) };
          }`,
      }),
    );
    await fake.goto(`${base}/search/?q=anything`);
    const titles = () => fake.$$eval('#results h2 a', (as) => as.map((a) => a.textContent));
    expect(firstResults).toBeGreaterThan(1);
    await expect.poll(titles).toEqual(Array.from({ length: firstResults }, (_, i) => `Case ${i}`));
    await expect.poll(titles, { timeout: 5000 }).toEqual(Array.from({ length: 20 }, (_, i) => `Case ${i}`));
    await fake.close();
  });
});

describe('search on a phone', () => {
  it('folds the filters, so the results are on the first screen, but not when a filter is chosen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const region = content.regions[0]!;
    const word = String(content.cases[0]!.data['title']).split(/\W+/).filter((w) => w.length > 5).pop()!;
    await phone.goto(`${base}/search/?q=${encodeURIComponent(word)}`);
    await phone.waitForSelector('#results li');
    const panelOpen = () => phone.$eval('details.filters', (d) => (d as HTMLDetailsElement).open);
    expect(await panelOpen()).toBe(false);
    expect(await phone.$eval('#results li', (li) => li.getBoundingClientRect().top)).toBeLessThan(844);
    await phone.goto(`${base}/search/?region=${encodeURIComponent(String(region.data['name']))}`);
    await phone.waitForSelector('#results li');
    expect(await panelOpen()).toBe(true);
    expect(await phone.getByRole('checkbox', { name: String(region.data['name']), exact: true }).isChecked()).toBe(true);
    await phone.close();
  });

  it('does not shift the page when the results arrive', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.addInitScript(() => {
      const seen: number[] = [];
      Object.assign(window, { layoutShifts: seen });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push((entry as PerformanceEntry & { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await phone.goto(`${base}/search/`);
    await phone.waitForSelector('#results li');
    await phone.waitForTimeout(300);
    expect(await phone.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([]);
    await phone.close();
  });
});
