/**
 * A citation is a numbered note a reader can follow without JavaScript, from the
 * keyboard alone, and on paper.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../helpers/browser.ts';

const base = inject('fixtureUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('citations on a case page', () => {
  it('lead from the text to the note and on to the source page, by keyboard, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/cases/alpha-health-mediation/`);
    // Tab through the page until the first citation mark has the focus.
    let focused = '';
    for (let i = 0; i < 80 && focused !== 'note-ref'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.closest('.cite-mark') ? 'note-ref' : ''));
    }
    expect(focused).toBe('note-ref');
    const mark = await page.evaluate(() => document.activeElement!.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/cases/alpha-health-mediation/${mark}`);
    const note = page.locator(`li${mark}`);
    await expect.poll(() => note.isVisible()).toBe(true);
    // From the note, the next link is its source.
    await note.locator('a.note-source').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sources/fixture-final-report/');
    expect(await page.locator('h1').innerText()).toBe('Fixture project final report');
    await context.close();
  });

  it('prints the marks and the notes', async () => {
    const page = await browser.newPage({ viewport: { width: 680, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${base}/cases/alpha-health-mediation/`, { waitUntil: 'networkidle' });
    expect(await page.locator('.case-body .cite-mark').first().isVisible()).toBe(true);
    expect(await page.locator('.notes').isVisible()).toBe(true);
    expect(await page.locator('.notes li').first().innerText()).toContain('Fixture project final report, Section 1.');
    // The link back to the text is for the screen only.
    expect(await page.locator('.notes .note-back').first().isVisible()).toBe(false);
    await page.close();
  });
});
