import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch } from '../helpers/browser.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const base = inject('fixtureUrl');
const content = readContent(fixtureContent);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Pages with every kind of component: charts, the brief's map, comparison tables, the draft banner, search. */
const pages = {
  home: '/',
  'a case page': `/cases/${content.cases[0]!.id}/`,
  'a draft case': '/cases/gamma-housing-mentoring/',
  'the comparison hub (charts)': '/compare/',
  'a domain comparison': `/compare/${content.domains[0]!.id}/`,
  'a tour brief (map)': `/tours/${content.tours[0]!.id}/`,
  'a region brief': `/regions/${content.regions[0]!.id}/brief/`,
  'open data': '/data/',
  search: '/search/',
};

const colours = (page: Page) =>
  page.evaluate(() => {
    // The page's background is set on the root element, its text colour inherited by the body.
    return { text: getComputedStyle(document.body).color, background: getComputedStyle(document.documentElement).backgroundColor };
  });

describe('dark colour scheme', () => {
  for (const [name, path] of Object.entries(pages)) {
    it(`is dark and axe-clean (contrast included) on ${name}`, async () => {
      const page = await browser.newPage({ colorScheme: 'dark' });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      expect(await colours(page)).toEqual({ text: 'rgb(230, 233, 236)', background: 'rgb(20, 23, 26)' });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('leaves the light scheme light', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    expect(await colours(page)).toEqual({ text: 'rgb(27, 31, 36)', background: 'rgb(255, 255, 255)' });
    await page.close();
  });

  it('prints black on white even when the screen is dark', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${base}/cases/${content.cases[0]!.id}/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    // The light scheme's near-black ink on white paper: dark.css applies to screens only.
    expect(await colours(page)).toEqual({ text: 'rgb(27, 31, 36)', background: 'rgb(255, 255, 255)' });
    await page.close();
  });
});
