import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';
import { firstResults } from '../../src/scripts/pagefind-options.ts';
import { searchIndex } from '../helpers/built-site.ts';
import { locales, strings, type Locale } from '../../src/i18n/index.ts';
import { localePrefix } from '../../src/lib/paths.ts';

const base = inject('fixtureUrl');
const raw = readContent(fixtureContent);
// The originals only: "alpha-study-visit.it" is a translation, not an entry of its own.
const originals = <T extends { id: string }>(entries: T[]) => entries.filter((e) => !/\.[a-z]{2}$/.test(e.id));
const content = { ...raw, cases: originals(raw.cases), tours: originals(raw.tours), organisations: originals(raw.organisations), projects: originals(raw.projects) };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** A filter's checkbox; its label also shows a count, which changes with every search. */
const box = (p: Page, key: string, value: string) => p.locator(`input[type=checkbox][name="${key}"][value="${value}"]`);

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
    await page.waitForSelector('#results li');
    await box(page, 'region', region.id).check();
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
    await expect.poll(() => card.locator('p.meta').textContent()).toContain('Case study');
  });

  it('finds a study tour and an organisation by their names, each labelled with its kind', async () => {
    const tour = content.tours[0]!;
    await page.goto(`${base}/search/?q=${encodeURIComponent(String(tour.data['title']).replace(/^Fixture: /, ''))}`);
    await expect.poll(resultLinks).toContain(`/tours/${tour.id}/`);
    const org = content.organisations.find((o) => String(o.data['name']).includes('Delta'))!;
    await page.goto(`${base}/search/?q=${encodeURIComponent('Delta European')}`);
    await expect.poll(resultLinks).toContain(`/organisations/${org.id}/`);
    const card = page.locator('#results li', { has: page.locator(`a[href$="/organisations/${org.id}/"]`) });
    expect(await card.locator('p.meta').textContent()).toContain('Organisation');
  });

  it('shows the passage that matched, with the words searched for highlighted', async () => {
    await page.goto(`${base}/search/?q=European`);
    await page.waitForSelector('#results li');
    const marks = await page.$$eval('#results .excerpt mark', (ms) => ms.map((m) => m.textContent!.toLowerCase()));
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toContain('european');
  });

  it('shows beside each filter value how many pages of the index have it', async () => {
    // The English page searches the English index: the pages at the root.
    const indexed = searchIndex(inject('fixtureDist')).filter((p) => !/^\/(it|fr|es|de)\//.test(p.url));
    await page.goto(`${base}/search/`);
    await page.waitForSelector('#results li');
    await page.waitForFunction(() => document.querySelector('.filter-count')?.textContent !== '');
    const shown = await page.$$eval('.filter-count', (cs) => cs.map((c) => [(c as HTMLElement).dataset['filter'], (c as HTMLElement).dataset['value'], c.textContent]));
    expect(shown.length).toBeGreaterThan(10);
    for (const [key, value, text] of shown) {
      const expected = indexed.filter((p) => p.filters[key!]?.includes(value!)).length;
      expect(text, `${key} = ${value}`).toBe(`(${expected})`);
    }
    expect(shown.filter(([key]) => key === 'kind').map(([, v]) => v)).toEqual(['case', 'tour', 'region', 'organisation', 'project', 'source']);
  });

  it('narrows to one kind of page, and "Clear filters" keeps the words searched for', async () => {
    await page.goto(`${base}/search/?q=Fixture`);
    await page.waitForSelector('#results li');
    await box(page, 'kind', 'tour').check();
    await page.waitForFunction(() => location.search.includes('kind='));
    await expect.poll(resultLinks).toEqual(expect.arrayContaining(content.tours.map((t) => `/tours/${t.id}/`)));
    expect((await resultLinks()).every((url) => url.startsWith('/tours/'))).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => !location.search.includes('kind='));
    expect(await page.inputValue('#search-input')).toBe('Fixture');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Fixture');
    expect(await box(page, 'kind', 'tour').isChecked()).toBe(false);
    await expect.poll(async () => (await resultLinks()).some((url) => url.startsWith('/cases/'))).toBe(true);
  });

  // "Tolkien" shares only "to" with the fixture's words: Pagefind answers it with every
  // page holding "to" unless the page checks what really matched.
  for (const word of ['Tolkien', 'qzxvbnm']) {
    it(`finds nothing for "${word}", says so and suggests where to look`, async () => {
      await page.goto(`${base}/search/?q=${word}`);
      await page.waitForFunction(() => !document.getElementById('results-status')?.textContent?.includes('Loading'));
      await expect.poll(() => page.textContent('#results-status')).toContain(`Nothing in the atlas matches “${word}”`);
      expect(await page.$$('#results li')).toHaveLength(0);
      expect(await page.isVisible('#no-results')).toBe(true);
      expect(await page.$$eval('#no-results a', (as) => as.length)).toBeGreaterThan(2);
    });
  }

  it('suggests the name a mistyped word was probably meant to be', async () => {
    await page.goto(`${base}/search/?q=Coperative`);
    await expect.poll(() => page.textContent('#did-you-mean')).toContain('Did you mean Cooperative?');
  });

  it('reaches the search page at its address without the final slash', async () => {
    const response = await fetch(`${base}/search`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('id="search-form"');
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
          export async function filters() { return {}; }
          const wait = (ms) => new Promise((done) => setTimeout(done, ms));
          export async function search() {
            return { filters: {}, results: Array.from({ length: 30 }, (_, i) => ({
              data: async () => { if (i >= ${firstResults}) await wait(1500); return { url: '/cases/case-' + i + '/', meta: { title: 'Case ' + i }, excerpt: 'anything', content: 'anything', locations: [0] }; },
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
    await phone.goto(`${base}/search/?region=${region.id}`);
    await phone.waitForSelector('#results li');
    expect(await panelOpen()).toBe(true);
    expect(await box(phone, 'region', region.id).isChecked()).toBe(true);
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

describe('search across languages', () => {
  const ids = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  const casesWhere = (test: (c: (typeof content.cases)[number]) => boolean) => content.cases.filter(test).map((c) => c.id).sort();
  const inDomain = (d: string) => casesWhere((c) => ids(c.data['domains']).includes(d));
  const inRegion = (r: string) => casesWhere((c) => ids(c.data['regions']).includes(r));
  const inCountry = (code: string) => casesWhere((c) => ids(c.data['regions']).some((r) => content.regions.find((x) => x.id === r)?.data['country'] === code));
  // A domain by its name in each of the five languages (and a word that is not its name,
  // "alloggio": the Italian name is "Abitazione"); a region by its city and its name in two
  // languages; a country in two. Every page of every language finds the same cases.
  const queries: [string, string[]][] = [
    ...['Housing', 'alloggio', 'Logement', 'Vivienda', 'Wohnen'].map((q): [string, string[]] => [q, inDomain('housing')]),
    ...['santé', 'salute', 'Gesundheit'].map((q): [string, string[]] => [q, inDomain('health')]),
    ...['Torino', 'Turin', 'Alfa'].map((q): [string, string[]] => [q, inRegion('alpha-region')]),
    ...['Spagna', 'Espagne'].map((q): [string, string[]] => [q, inCountry('ES')]),
    ...['Frankreich', 'Francia'].map((q): [string, string[]] => [q, inCountry('FR')]),
  ];

  const languageOf = (url: string) => /^\/(it|fr|es|de)\//.exec(url)?.[1] ?? 'en';
  /** The housing domain's name as a language's search page labels its filter. */
  const housingLabel = (locale: Locale) => {
    const file = locale === 'en' ? 'domains.yaml' : `domains.${locale}.yaml`;
    return (parse(readFileSync(join(fixtureContent, file), 'utf8')) as { id: string; name: string }[]).find((d) => d.id === 'housing')!.name;
  };

  /** Every result's address once the search has finished listing them (at most a page of 20). */
  async function found(p: Page, locale: Locale, query: string): Promise<string[]> {
    await p.goto(`${base}/${localePrefix(locale)}search/?${query}`);
    await p.waitForFunction((loading) => {
      const status = document.getElementById('results-status')?.textContent ?? '';
      if (status === '' || status.includes(loading)) return false;
      const n = Number(/\d+/.exec(status)?.[0] ?? 0);
      return document.querySelectorAll('#results li').length === Math.min(n, 20);
    }, strings(locale).search.loading);
    return p.$$eval('#results h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  for (const locale of locales) {
    it(`finds the same cases by names in any language on the ${locale} search page, each once, and nothing for a nonsense word`, async () => {
      const prefix = `/${localePrefix(locale)}`;
      const cases = (urls: string[]) => urls.filter((u) => u.startsWith(`${prefix}cases/`)).map((u) => u.slice(`${prefix}cases/`.length, -1)).sort();
      for (const [q, expected] of queries) {
        expect(expected.length, q).toBeGreaterThan(0);
        const urls = await found(page, locale, `q=${encodeURIComponent(q)}`);
        expect(cases(urls), `${locale}: "${q}"`).toEqual(expected);
        // One index per language: each result once, every one a page in this language.
        expect(new Set(urls).size, `${locale}: "${q}"`).toBe(urls.length);
        for (const u of urls) expect(languageOf(u), `${locale}: ${u}`).toBe(locale);
      }
      expect(await found(page, locale, 'q=qzxvbnm')).toEqual([]);
      expect(await page.textContent('#results-status')).toBe(strings(locale).search.noneFor('qzxvbnm'));
      expect(await page.isVisible('#no-results')).toBe(true);
    });
  }

  it('marks a result’s title and text with their language when it is not the page’s', async () => {
    // alpha-health-mediation is English, its title and summary translated into Italian only.
    const target = 'alpha-health-mediation';
    const word = 'Mediators';
    for (const [locale, titleLang, textLang] of [['de', 'en', 'en'], ['it', null, 'en'], ['en', null, null]] as const) {
      const urls = await found(page, locale, `q=${word}`);
      expect(urls, locale).toContain(`/${localePrefix(locale)}cases/${target}/`);
      const card = page.locator('#results li', { has: page.locator(`a[href$="/cases/${target}/"]`) });
      expect(await card.locator('h2 a').getAttribute('lang'), locale).toBe(titleLang);
      // With words searched for, the passage shown is the body's: English until a translation gives it.
      expect(await card.locator('p.excerpt').getAttribute('lang'), locale).toBe(textLang);
    }
  });

  it('suggests the word a reader of the page’s language probably meant', async () => {
    for (const [locale, typed, meant] of [['it', 'alogio', 'alloggio'], ['es', 'vivenda', 'Vivienda']] as const) {
      expect(await found(page, locale, `q=${typed}`), locale).toEqual([]);
      expect(await page.textContent('#did-you-mean'), locale).toBe(`${strings(locale).search.didYouMean} ${meant}?`);
    }
    // French spaces its question mark (a narrow no-break space), from the strings, not the code.
    expect(await found(page, 'fr', 'q=logment'), 'fr').toEqual([]);
    expect(await page.textContent('#did-you-mean'), 'fr').toBe(`${strings('fr').search.didYouMean} Logement\u202f?`);
  });

  it('takes the same filter address on every language page, and counts what it keeps', async () => {
    const expected = content.cases.filter((c) => ids(c.data['domains']).includes('housing') && ids(c.data['regions']).includes('alpha-region')).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    for (const locale of locales) {
      const urls = await found(page, locale, 'domain=housing&region=alpha-region');
      expect(urls.sort(), locale).toEqual(expected.map((id) => `/${localePrefix(locale)}cases/${id}/`).sort());
      expect(await box(page, 'domain', 'housing').isChecked()).toBe(true);
      expect(await box(page, 'region', 'alpha-region').isChecked()).toBe(true);
      const label = page.locator('label', { has: page.locator('.filter-count[data-filter="domain"][data-value="housing"]') });
      expect(await label.textContent()).toContain(housingLabel(locale));
      await expect.poll(() => page.textContent('.filter-count[data-filter="kind"][data-value="case"]'), { message: locale }).toBe(`(${expected.length})`);
    }
  });
});
