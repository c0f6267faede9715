/**
 * Briefs on paper: printed to an A4 PDF by Chromium, the text read back with poppler's
 * pdftotext. Where pdftotext is missing, the print stylesheet is checked in the page
 * instead (.ci/run installs poppler-utils, so CI always reads the PDF).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { axeViolations, launch } from '../helpers/browser.ts';
import { contentTexts } from '../helpers/i18n-pages.ts';
import { readContent } from '../helpers/read-content.ts';
import { tourQuestionTexts } from '../helpers/brief-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const base = inject('fixtureUrl');
const content = readContent(fixtureContent);
// The fixture tour with the most questions to find on paper.
const tour = [...content.tours].sort((a, b) => tourQuestionTexts(content, b).length - tourQuestionTexts(content, a).length)[0]!;
const questions = tourQuestionTexts(content, tour);
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
// Chromium may set "fi" as a ligature and breaks lines anywhere: compare letters and spaces only.
const normal = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A page of the fixture site; `print` applies the print stylesheet on screen. */
async function open(path: string, media?: 'print'): Promise<Page> {
  // In print, the viewport is as wide as the text of an A4 page (210 mm less 2 × 15 mm margins).
  const page = await browser.newPage(media ? { viewport: { width: 680, height: 1000 } } : {});
  // Emulating "screen" would also make page.pdf() print the screen styles, so only print is set.
  if (media) await page.emulateMedia({ media });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  return page;
}

describe(`the brief of ${tour.id} in print`, () => {
  it('prints to a non-empty A4 PDF holding every question', async () => {
    expect(questions.length).toBeGreaterThan(0);
    const page = await open(`/tours/${tour.id}/`);
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    if (!hasPdftotext) return;
    const file = join(mkdtempSync(join(tmpdir(), 'brief-pdf-')), 'brief.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const text = normal(result.stdout);
    for (const q of questions) expect(text, q).toContain(normal(q));
    // Navigation and buttons are not printed; the external web addresses are.
    expect(text).not.toContain('Skip to content');
    expect(text).not.toContain('Print this brief');
    expect(text).toMatch(/https:\/\/example\.org\//);
  });

  for (const [name, path] of [
    ['the tour brief', `/tours/${tour.id}/`],
    ['a region brief', `/regions/${content.regions[0]!.id}/brief/`],
    ['a case page', `/cases/${content.cases[0]!.id}/`],
  ] as const) {
    it(`hides navigation and interactive parts of ${name}, and keeps the content within the page width`, async () => {
      const page = await open(path, 'print');
      const hidden = await page.evaluate(() =>
        ['.site-header', '.site-footer', 'nav', 'button', '.no-print'].flatMap((sel) =>
          [...document.querySelectorAll(sel)].filter((el) => getComputedStyle(el).display !== 'none').map(() => sel),
        ),
      );
      expect(hidden).toEqual([]);
      expect(await page.locator('h1').isVisible()).toBe(true);
      // Nothing wider than the body: on paper it would be cut at the right edge.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      if (path.startsWith('/tours/')) {
        const text = normal(await page.locator('main').innerText());
        for (const q of questions) expect(text).toContain(normal(q));
      }
      await page.close();
    });
  }
});

/** A page printed to PDF and read back by pdftotext, letters and spaces normalised. */
async function printed(path: string): Promise<string> {
  const page = await open(path);
  const pdf = await page.pdf({ format: 'A4' });
  await page.close();
  const file = join(mkdtempSync(join(tmpdir(), 'brief-pdf-')), 'brief.pdf');
  writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return normal(result.stdout);
}

describe('a brief printed in Italian (issue 14)', () => {
  // The fixture tour with an Italian translation of its title and summary.
  const translated = readdirSync(join(fixtureContent, 'tours'))
    .find((f) => f.endsWith('.it.mdx'))!
    .replace(/\.it\.mdx$/, '');

  it.skipIf(!hasPdftotext)('is worded in Italian: the brief’s Italian headings and labels, none of its English ones', async () => {
    const [english, italian] = [await printed(`/tours/${translated}/`), await printed(`/it/tours/${translated}/`)];
    // The tour's own text is content: its English body may print words such as "Programme".
    // So are the names and texts of the entries it shows ("Fixture: Project One").
    const source = [readFileSync(join(fixtureContent, 'tours', `${translated}.mdx`), 'utf8'), ...contentTexts(fixtureContent).texts].join(
      '\n',
    );
    const pairs: [string, string][] = [];
    for (const group of ['brief', 'tours', 'facts'] as const) {
      const en = strings('en')[group] as Record<string, unknown>;
      const it_ = strings('it')[group] as Record<string, unknown>;
      for (const [key, value] of Object.entries(en)) {
        const other = it_[key];
        if (
          typeof value === 'string' &&
          typeof other === 'string' &&
          value !== other &&
          english.includes(normal(value)) &&
          !source.includes(value)
        )
          pairs.push([value, other]);
      }
    }
    // The English print shows enough of the brief's own labels for the comparison to mean something.
    expect(pairs.length).toBeGreaterThan(5);
    for (const [en, it_] of pairs) {
      expect(italian, `Italian "${it_}"`).toContain(normal(it_));
      expect(italian, `English "${en}"`).not.toMatch(
        new RegExp(`(?<!\\p{L})${normal(en).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'),
      );
    }
    // The translated title is printed, and dates are written the Italian way.
    const title = /^title: "?(.+?)"?$/m.exec(readFileSync(join(fixtureContent, 'tours', `${translated}.it.mdx`), 'utf8'))![1]!;
    expect(italian).toContain(normal(title));
    expect(italian).toMatch(
      /\d{1,2} (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}/,
    );
  });
});

describe('axe-core finds no violation', () => {
  for (const path of [`/tours/${tour.id}/`, `/regions/${content.regions[0]!.id}/brief/`, '/tours/']) {
    it(`on ${path}`, async () => {
      const page = await open(path);
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
