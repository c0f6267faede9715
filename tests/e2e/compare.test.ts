import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, watch } from '../helpers/browser.ts';
import { page as builtPage } from '../helpers/built-site.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const base = inject('fixtureUrl');
const content = readContent(fixtureContent);
const [first, second, third] = content.cases;
const title = (c: typeof first) => String(c!.data['title']);
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A page that records console errors and any request leaving the site's origin. */
async function open(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const { errors, elsewhere } = watch(page, base);
  await page.goto(base + path, { waitUntil: 'networkidle' });
  return { page, errors, elsewhere, close: () => context.close() };
}

const headers = (page: Page) => page.locator('table.side-table thead th a').allTextContents();

describe('the side-by-side view', () => {
  it('shows the cases a shared address names, field by field, with differences marked', async () => {
    const { page, errors, close } = await open(`/compare/cases/?ids=${first!.id},${second!.id}`);
    await page.locator('table.side-table').waitFor();
    expect(await headers(page)).toEqual([title(first), title(second)]);
    expect(await page.locator('table.side-table tbody tr.differs').count()).toBeGreaterThan(0);
    expect(await page.locator(`input[value="${first!.id}"]`).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('speaks the page’s language: Italian labels and titles, links to the Italian case pages', async () => {
    const mediation = 'alpha-health-mediation';
    const other = content.cases.find((c) => c.id !== mediation)!;
    const { page, errors, close } = await open(`/it/compare/cases/?ids=${mediation},${other.id}`);
    await page.locator('table.side-table').waitFor();
    expect(await page.locator('table.side-table tbody tr.group th').first().textContent()).toBe('Dove e chi');
    expect(await headers(page)).toContain('Fixture: mediazione sanitaria nella Regione Alfa');
    const links = await page.locator('table.side-table thead th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([`/it/cases/${mediation}/`, `/it/cases/${other.id}/`]);
    expect(errors).toEqual([]);
    await close();
  });

  it('groups the fields, marks what the cases share as well as where they differ, with boxes big enough to touch', async () => {
    // Two cases of one region: the region row is the same for both.
    const [a, b] = content.cases.filter((c) => (c.data['regions'] as string[]).includes('alpha-region'));
    const { page, close } = await open(`/compare/cases/?ids=${a!.id},${b!.id}`);
    await page.locator('table.side-table').waitFor();
    const groups = await page.locator('table.side-table tbody tr.group th').allTextContents();
    expect(groups[0]).toBe('Where and who');
    expect(groups.length).toBeGreaterThan(1);
    const regions = page.locator('table.side-table tbody tr', { has: page.locator('th[scope=row]', { hasText: 'Regions' }) });
    expect(await regions.getAttribute('class')).toMatch(/same|partly/);
    expect(await regions.locator('.shared').count()).toBeGreaterThan(0);
    expect(await regions.locator('.badge').textContent()).toMatch(/same for all|some shared/);
    for (const box of await page.locator('#side-form input[type=checkbox]').all()) {
      const size = (await box.boundingBox())!;
      expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(24);
    }
    await close();
  });

  it('puts a new selection in the address, so it can be shared', async () => {
    const { page, close } = await open(`/compare/cases/?ids=${first!.id}`);
    await expect.poll(() => page.locator('#side-status').textContent()).not.toBe('');
    await page.locator(`input[value="${third!.id}"]`).check();
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('table.side-table').waitFor();
    expect(new URL(page.url()).search).toBe(`?ids=${first!.id},${third!.id}`);
    expect(await headers(page)).toEqual([title(first), title(third)]);
    await close();
  });

  it('allows at most four cases', async () => {
    const ids = content.cases.slice(0, 5).map((c) => c.id);
    const { page, close } = await open(`/compare/cases/?ids=${ids.join(',')}`);
    await page.locator('table.side-table').waitFor();
    expect(await headers(page)).toHaveLength(Math.min(4, ids.length));
    if (ids.length > 4) expect(await page.locator(`input[value="${ids[4]}"]`).isDisabled()).toBe(true);
    await close();
  });

  it('without JavaScript, explains itself and links every case', async () => {
    const { page, close } = await open('/compare/cases/', { javaScriptEnabled: false });
    await expect.poll(() => page.locator('noscript').count()).toBe(1);
    for (const c of content.cases) expect(await page.locator(`#side-form a[href="/cases/${c.id}/"]`).count()).toBe(1);
    expect(await page.locator('#side-by-side').isVisible()).toBe(false);
    await close();
  });
});

describe('axe-core finds no violation, nothing leaves the origin, the console stays clean', () => {
  const pages = {
    'the comparison hub': '/compare/',
    'a domain comparison': `/compare/${content.domains[0]!.id}/`,
    'the side-by-side view': `/compare/cases/?ids=${first!.id},${second!.id}`,
    'the open data page': '/data/',
    // The first comparison narrowed by transfer stage that the fixture offers.
    'a comparison narrowed by transfer stage': content.domains
      .flatMap((d) =>
        builtPage(inject('fixtureDist'), `/compare/${d.id}/`)
          .querySelectorAll('nav.stage-links a')
          .map((a) => a.getAttribute('href')!),
      )
      .find((href) => href.includes('/stage/'))!,
  };
  for (const [name, path] of Object.entries(pages)) {
    it(`on ${name}`, async () => {
      const { page, errors, elsewhere, close } = await open(path);
      if (path.startsWith('/compare/cases/')) await page.locator('table.side-table').waitFor();
      expect(elsewhere, 'requests to another origin').toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      await close();
    });
  }
});
