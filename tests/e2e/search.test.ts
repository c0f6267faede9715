import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

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
