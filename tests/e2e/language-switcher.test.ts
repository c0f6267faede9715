/**
 * The language switcher keeps the reader on the page they were reading (issue 14): a click
 * on "Italiano" on a case page opens that case in Italian, and back again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { launch } from '../helpers/browser.ts';

const base = inject('fixtureUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the language switcher', () => {
  it('takes a case page to the same case in Italian, and back to English', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/cases/alpha-health-mediation/`);
    const englishTitle = await page.locator('h1').innerText();
    await page
      .getByRole('navigation', { name: strings('en').language.switcher })
      .getByRole('link', { name: 'Italiano' })
      .click();
    await page.waitForURL(`${base}/it/cases/alpha-health-mediation/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    // The Italian page of the same case: its Italian title, the Italian interface.
    const italianTitle = await page.locator('h1').innerText();
    expect(italianTitle).not.toBe(englishTitle);
    expect(italianTitle).toContain('mediazione');
    expect(await page.locator('#facts-heading').innerText()).toBe(strings('it').facts.heading);
    // The switcher names the current language and goes back to the same English page.
    const switcher = page.getByRole('navigation', { name: strings('it').language.switcher });
    expect(await switcher.locator('[aria-current="true"]').innerText()).toBe('Italiano');
    await switcher.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${base}/cases/alpha-health-mediation/`);
    expect(await page.locator('h1').innerText()).toBe(englishTitle);
    await page.close();
  });
});
