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

// The other languages (issue 14): the pages whose text differs most by language in each one,
// and one page of every other type in Italian, so the axe run stays about a minute longer.
const tour = content.tours[0]!.id;
const everyLanguage = {
  home: '/',
  'a case page': `/cases/${content.cases[0]!.id}/`,
  'a tour brief': `/tours/${tour}/`,
  search: '/search/',
};
const italianTypes = {
  'the case list': '/cases/',
  'a region page': `/regions/${content.regions[0]!.id}/`,
  'a region brief': `/regions/${content.regions[0]!.id}/brief/`,
  'a domain page': `/domains/${content.domains[0]!.id}/`,
  'an organisation page': `/organisations/${content.organisations[0]!.id}/`,
  'a project page': `/projects/${content.projects[0]!.id}/`,
  'the tours': '/tours/',
  'the sources': '/sources/',
  'a source page': '/sources/fixture-final-report/',
  compare: '/compare/',
  'a domain compared': `/compare/${content.domains[0]!.id}/`,
  transfers: '/transfers/',
  'the data page': '/data/',
  'the contributor guide': '/contribute/',
};
const localized: Record<string, string> = Object.fromEntries([
  ...(['it', 'fr', 'es', 'de'] as const).flatMap((lang) =>
    Object.entries(everyLanguage).map(([name, path]) => [`${name} (${lang})`, `/${lang}${path}`]),
  ),
  ...Object.entries(italianTypes).map(([name, path]) => [`${name} (it)`, `/it${path}`]),
]);

describe('axe-core finds no violation, nothing leaves the origin, the console stays clean', () => {
  for (const [name, path] of Object.entries({ ...pages, ...localized })) {
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
