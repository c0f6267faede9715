import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { page } from '../helpers/built-site.ts';
import { csvRecords } from '../helpers/csv.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';
import { i18nFor } from '../../src/i18n/context.ts';

const dist = inject('fixtureDist');
const content = readContent(fixtureContent);
const file = (path: string) => readFileSync(join(dist, path), 'utf8');
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value ? [String(value)] : []);
const collections = ['cases', 'regions', 'domains', 'organisations', 'projects', 'tours'] as const;

/** Cases per region × domain, computed from the files rather than by the site. */
function expectedMatrix(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of content.regions) for (const d of content.domains) counts.set(`${r.id}|${d.id}`, 0);
  for (const c of content.cases) {
    for (const r of ids(c.data['regions']))
      for (const d of ids(c.data['domains'])) counts.set(`${r}|${d}`, (counts.get(`${r}|${d}`) ?? 0) + 1);
  }
  return counts;
}

describe('the comparison pages of the fixture site', () => {
  it('draw a coverage matrix whose counts equal the cases per region × domain, every region and domain present', () => {
    for (const path of ['/compare/', '/']) {
      const cells = page(dist, path).querySelectorAll('#coverage .coverage-cell');
      const drawn = new Map(
        cells.map((c) => [`${c.getAttribute('data-region')}|${c.getAttribute('data-domain')}`, Number(c.getAttribute('data-count'))]),
      );
      expect(drawn, path).toEqual(expectedMatrix());
    }
  });

  it('draw every region on the map, sized by its number of cases', () => {
    const points = page(dist, '/compare/').querySelectorAll('#region-map .map-point');
    const drawn = Object.fromEntries(points.map((p) => [p.getAttribute('data-region'), Number(p.getAttribute('data-cases'))]));
    const expected = Object.fromEntries(
      content.regions.map((r) => [r.id, content.cases.filter((c) => ids(c.data['regions']).includes(r.id)).length]),
    );
    expect(drawn).toEqual(expected);
  });

  it('draw a bar for each project and case that states a period, under a heading saying which they are', () => {
    const doc = page(dist, '/compare/');
    const bars = (kind: string) => doc.querySelectorAll(`#timeline .timeline-row[data-kind="${kind}"]`);
    const projects = bars('project').map((g) => g.getAttribute('data-project'));
    expect(projects.sort()).toEqual(content.projects.filter((p) => p.data['period']).map((p) => p.id).sort());
    expect(projects.length).toBeGreaterThan(0);
    expect(doc.querySelector('#timeline .timeline-group[data-kind="project"]')?.textContent).toBe('Project periods');
    expect(doc.querySelector('#timeline .timeline-group[data-kind="case"]')?.textContent).toBe('Case study periods');
    // Each bar's line says its stated dates, and a project's bar links to the project.
    for (const p of content.projects.filter((x) => x.data['period'])) {
      const period = p.data['period'] as { start: string; end?: string };
      const row = doc.querySelector(`#timeline .timeline-row[data-project="${p.id}"]`)!;
      // The dates as the page's language words them ("January 2019"), at the precision stated.
      expect(row.textContent).toContain(i18nFor('en').date(String(period.start)));
      if (period.end) expect(row.textContent).toContain(i18nFor('en').date(String(period.end)));
      expect(row.querySelector('rect, line')).not.toBeNull();
    }
    expect(doc.querySelectorAll('#timeline .chart-links a').map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining(projects.map((id) => `/projects/${id}/`)),
    );
  });

  it('draw dated cases on the timeline and list the others as period not stated', () => {
    const doc = page(dist, '/compare/');
    const dated = doc.querySelectorAll('#timeline .timeline-row[data-kind="case"]').map((g) => g.getAttribute('data-case'));
    const undated = doc.querySelectorAll('#timeline [data-undated]').map((li) => li.getAttribute('data-undated'));
    expect(dated.sort()).toEqual(
      content.cases
        .filter((c) => c.data['period'])
        .map((c) => c.id)
        .sort(),
    );
    expect(undated.sort()).toEqual(
      content.cases
        .filter((c) => !c.data['period'])
        .map((c) => c.id)
        .sort(),
    );
  });

  it('compare every domain: each case appears under each of its regions, regions without one are named', () => {
    for (const d of content.domains) {
      const doc = page(dist, `/compare/${d.id}/`);
      for (const r of content.regions) {
        const expected = content.cases
          .filter((c) => ids(c.data['domains']).includes(d.id) && ids(c.data['regions']).includes(r.id))
          .map((c) => c.id);
        const rows = doc.querySelectorAll(`tbody[data-region="${r.id}"] tr[data-case]`).map((tr) => tr.getAttribute('data-case'));
        expect(rows.sort(), `${d.id} / ${r.id}`).toEqual(expected.sort());
        if (expected.length === 0) expect(doc.querySelector('main')!.textContent).toContain(String(r.data['name']));
      }
      expect(doc.querySelectorAll('figure.chart')).toHaveLength(5);
    }
  });

  it('make every chart a figure with a caption, a named SVG image, a data table and a CSV that exists', () => {
    for (const path of ['/', '/compare/', `/compare/${content.domains[0]!.id}/`]) {
      for (const figure of page(dist, path).querySelectorAll('figure.chart')) {
        const svg = figure.querySelector('svg')!;
        expect(figure.querySelector('figcaption')?.textContent.trim()).not.toBe('');
        expect(svg.getAttribute('role')).toBe('img');
        const title = figure.querySelector(`#${svg.getAttribute('aria-labelledby')}`);
        expect(title?.tagName.toLowerCase()).toBe('title');
        expect(title?.textContent.trim()).not.toBe('');
        expect(figure.querySelector('details table')).not.toBeNull();
        const csv = figure.querySelector('a[href$=".csv"]')!.getAttribute('href')!;
        expect(file(csv).split('\r\n')[0]).toMatch(/,/);
      }
    }
  });

  it('export every collection as JSON and CSV, with as many entries as the content and the same ids', () => {
    for (const name of collections) {
      const expected = content[name].map((e) => e.id).sort();
      const json = JSON.parse(file(`/data/${name}.json`)) as { id: string }[];
      const csv = csvRecords(file(`/data/${name}.csv`));
      expect(json.map((r) => r.id).sort(), `${name}.json`).toEqual(expected);
      expect(csv.map((r) => r['id']).sort(), `${name}.csv`).toEqual(expected);
      expect(page(dist, '/data/').querySelector(`tr[data-collection="${name}"] td`)?.textContent).toBe(String(expected.length));
    }
  });

  it('flatten references to ids in the exports', () => {
    const json = JSON.parse(file('/data/cases.json')) as Record<string, unknown>[];
    for (const c of content.cases) {
      const record = json.find((r) => r['id'] === c.id)!;
      expect(record['regions']).toEqual(ids(c.data['regions']));
      expect(record['lead']).toBe(c.data['lead']);
    }
  });

  it('publish a JSON Schema per collection that accepts the fixture files and refuses a broken one', () => {
    // URL formats are left to the zod schemas: ajv-formats is not installed, and the site checks them anyway.
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    for (const name of collections) {
      const schema = JSON.parse(file(`/data/schema/${name}.json`)) as { required: string[]; properties: Record<string, unknown> };
      expect(schema.required.length, name).toBeGreaterThan(0);
      const validate = ajv.compile(schema);
      for (const entry of content[name]) {
        expect(validate(entry.data) ? [] : validate.errors, `${name}/${entry.id}`).toEqual([]);
      }
    }
    const validateCase = ajv.compile(JSON.parse(file('/data/schema/cases.json')) as object);
    const { title: _title, ...untitled } = content.cases[0]!.data;
    expect(validateCase(untitled)).toBe(false);
    expect(validateCase({ ...content.cases[0]!.data, governance: 'nobody' })).toBe(false);
  });

  it('offer the side-by-side view without JavaScript: every case listed with a link, and a small island', () => {
    const doc = page(dist, '/compare/cases/');
    const links = doc.querySelectorAll('#side-form a').map((a) => a.getAttribute('href'));
    for (const c of content.cases) expect(links).toContain(`/cases/${c.id}/`);
    expect(doc.querySelector('noscript')?.textContent.trim()).not.toBe('');
    const data = JSON.parse(file('/compare/cases/data.json')) as { cases: { id: string }[] };
    expect(data.cases.map((c) => c.id).sort()).toEqual(content.cases.map((c) => c.id).sort());
    const scripts = doc.querySelectorAll('script').map((s) => (s.getAttribute('src') ? file(s.getAttribute('src')!) : s.textContent));
    const island = scripts.find((s) => s.includes('side-by-side'))!;
    expect(gzipSync(island).length).toBeLessThan(10 * 1024);
  });

  it('link every case page and card to the side-by-side view', () => {
    const c = content.cases.find((x) => x.id === 'alpha-health-mediation') ?? content.cases[0]!;
    // One form per domain, not one link per case: the case itself, and a box for each other case.
    const forms = page(dist, `/cases/${c.id}/`).querySelectorAll('form.compare-pick');
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) {
      expect(form.getAttribute('action')).toBe('/compare/cases/');
      expect(form.querySelector('input[type=hidden][name=ids]')?.getAttribute('value')).toBe(c.id);
      const boxes = form.querySelectorAll('input[type=checkbox][name=ids]');
      expect(boxes.length).toBe(form.querySelectorAll('li').length);
      expect(form.querySelectorAll('a').every((a) => !a.getAttribute('href')!.startsWith('/compare/'))).toBe(true);
    }
    const cards = page(dist, '/cases/').querySelectorAll('.card a[href^="/compare/cases/?ids="]');
    expect(cards).toHaveLength(content.cases.length);
  });
});
