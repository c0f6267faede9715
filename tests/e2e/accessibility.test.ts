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

describe('axe-core finds no violation, nothing leaves the origin, the console stays clean', () => {
  for (const [name, path] of Object.entries(pages)) {
    it(`on ${name}`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      const elsewhere: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => new URL(r.url()).origin !== base && !r.url().startsWith('data:') && elsewhere.push(r.url()));
      await page.goto(base + path, { waitUntil: 'networkidle' });
      expect(elsewhere, 'requests to another origin').toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      await page.close();
    });
  }
});
