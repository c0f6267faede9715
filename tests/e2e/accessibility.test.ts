import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

const pages = {
  home: '/',
  'a case page': `/cases/${content.cases[0]!.id}/`,
  'a region page': `/regions/${content.regions[0]!.id}/`,
  search: '/search/',
};

describe('axe-core finds no violation', () => {
  for (const [name, path] of Object.entries(pages)) {
    it(`on ${name}`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(base + path, { waitUntil: 'networkidle' });
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
