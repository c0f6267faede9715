import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, watch } from '../helpers/browser.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const base = inject('fixtureUrl');
const content = readContent(fixtureContent);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const pages = {
  home: '/',
  'a case page': `/cases/${content.cases[0]!.id}/`,
  'a region page': `/regions/${content.regions[0]!.id}/`,
  'the sources': '/sources/',
  'a source page': '/sources/fixture-final-report/',
  search: '/search/',
};

describe('axe-core finds no violation, nothing leaves the origin, the console stays clean', () => {
  for (const [name, path] of Object.entries(pages)) {
    it(`on ${name}`, async () => {
      const page = await browser.newPage();
      const { errors, elsewhere } = watch(page, base);
      await page.goto(base + path, { waitUntil: 'networkidle' });
      expect(elsewhere, 'requests to another origin').toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      await page.close();
    });
  }
});
