import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { page } from '../helpers/built-site.ts';
import { csvRecords } from '../helpers/csv.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';
import { locales } from '../../src/i18n/config.ts';
import { strings } from '../../src/i18n/index.ts';
import { i18nFor } from '../../src/i18n/context.ts';
import { enumFields } from '../../src/lib/labels.ts';

const dist = inject('fixtureDist');
const file = (path: string) => readFileSync(join(dist, path), 'utf8');
const all = readContent(fixtureContent);
// readContent lists translation files too ("<id>.<lang>"); these tests want the originals.
const originals = <T extends { id: string }>(list: T[]) => list.filter((e) => !e.id.includes('.'));
const content = {
  regions: all.regions,
  domains: all.domains,
  organisations: originals(all.organisations),
  cases: originals(all.cases),
};
const en = strings('en');
const it_ = strings('it');
const prefix = (l: string) => (l === 'en' ? '/' : `/${l}/`);

describe('labels.csv and labels.json', () => {
  const rows = csvRecords(file('/data/labels.csv'));
  const key = (field: string, id: string) => rows.find((r) => r['field'] === field && r['id'] === id);

  it('have one column per interface language, from the locale configuration', () => {
    const header = Object.keys(rows[0]!);
    expect(header).toEqual(['field', 'id', ...locales]);
  });

  it('give every vocabulary value and every taxonomy id a non-empty label in every language', () => {
    const expected: [string, string][] = [
      ...content.regions.map((r): [string, string] => ['region', r.id]),
      ...content.domains.map((d): [string, string] => ['domain', d.id]),
      ...Object.entries(enumFields).flatMap(([field, values]) => values.map((v): [string, string] => [field, v])),
    ];
    expect(expected.length).toBeGreaterThan(60);
    for (const [field, id] of expected) {
      const row = key(field, id);
      expect(row, `${field} ${id}`).toBeDefined();
      for (const l of locales) expect(row![l]?.trim(), `${field} ${id} ${l}`).not.toBe('');
    }
    // Each language's label is that language's own, not English copied across.
    expect(key('status', 'ended')).toMatchObject({
      en: en.labels.status.ended,
      it: it_.labels.status.ended,
      de: strings('de').labels.status.ended,
    });
    expect(key('domain', 'housing')?.['it']).toBe('Abitazione');
    expect(key('region', 'alpha-region')).toMatchObject({ en: 'Fixture Region Alpha', it: 'Regione fittizia Alfa' });
  });

  it('name the countries and languages the data uses, by Intl in each language', () => {
    const countries = new Set([...content.regions, ...content.organisations].map((e) => String(e.data['country'])));
    for (const code of countries) {
      for (const l of locales) expect(key('country', code)?.[l], `${code} ${l}`).toBe(i18nFor(l).country(code));
    }
    expect(key('country', 'IT')).toMatchObject({ en: 'Italy', it: 'Italia', de: 'Italien' });
    for (const tag of content.regions.flatMap((r) => r.data['languages'] as string[])) expect(key('language', tag), tag).toBeDefined();
    expect(key('language', 'fr')).toMatchObject({ en: 'French', it: 'francese', fr: 'français' });
  });

  it('say the same in the JSON file as in the CSV', () => {
    const json = JSON.parse(file('/data/labels.json')) as {
      languages: string[];
      fields: Record<string, Record<string, Record<string, string>>>;
    };
    expect(json.languages).toEqual([...locales]);
    const flat = Object.entries(json.fields).flatMap(([field, ids]) =>
      Object.entries(ids).map(([id, labels]) => ({ field, id, ...labels })),
    );
    expect(flat).toEqual(rows);
  });

  it('are listed on the data page of every language, under that language’s heading', () => {
    for (const l of locales) {
      const doc = page(dist, `${prefix(l)}data/`);
      const links = doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, l).toEqual(expect.arrayContaining(['/data/labels.csv', '/data/labels.json']));
      expect(doc.querySelector('h2#labels')?.textContent, l).toBe(strings(l).data.labels);
    }
  });
});

/** Every text leaf of a strings group: the words a page in that language may show. */
const leaves = (group: unknown): string[] =>
  typeof group === 'string' ? [group] : group && typeof group === 'object' ? Object.values(group).flatMap(leaves) : [];

describe('charts on an Italian page', () => {
  const doc = page(dist, '/it/compare/');
  const figures = doc.querySelectorAll('figure.chart');

  it('have Italian titles, captions and table headers', () => {
    const figure = (id: string) => doc.querySelector(`figure#${id}`)!;
    const titles: [string, { title: string; caption: string }][] = [
      ['coverage', it_.charts.coverage],
      ['region-map', it_.charts.map],
      ['timeline', it_.charts.timeline],
      ['network', it_.charts.network],
    ];
    for (const [id, t] of titles) {
      expect(figure(id).querySelector('.chart-title')?.textContent, id).toBe(t.title);
      expect(figure(id).querySelector('.chart-caption')?.textContent, id).toBe(t.caption);
      expect(figure(id).querySelector('svg title')?.textContent, id).toBe(t.title);
      expect(figure(id).querySelector('details summary')?.textContent.trim(), id).toBe(it_.charts.table);
    }
    const headers = (id: string) =>
      figure(id)
        .querySelectorAll('details thead th')
        .map((th) => th.textContent.trim());
    expect(headers('region-map')).toEqual(expect.arrayContaining([it_.charts.map.region, it_.charts.map.country, it_.charts.map.latitude]));
    expect(headers('timeline')).toEqual(
      expect.arrayContaining([it_.charts.timeline.start, it_.charts.timeline.end, it_.charts.timeline.status]),
    );
    expect(headers('network')).toEqual(expect.arrayContaining([it_.charts.network.relation]));
  });

  it('write numbers and dates the Italian way', () => {
    const cells = doc.querySelectorAll('#region-map details tbody td').map((td) => td.textContent);
    // Coordinates with a decimal comma; the CSV keeps them as data (7.68).
    expect(cells).toContain('7,68');
    expect(file('/data/charts/map.csv')).toContain('7.68');
    const timeline = doc.querySelector('#timeline svg')!.textContent;
    expect(timeline).toContain('marzo 2019');
    expect(timeline).not.toMatch(/\b\d{4}-\d{2}\b/);
  });

  it('show no English chart wording: none of the English strings the charts use, outside content not yet translated', () => {
    expect(figures.length).toBeGreaterThanOrEqual(4);
    // Content names and titles in their original language are content, not interface.
    const contentText = [...content.regions, ...content.domains, ...content.organisations, ...content.cases, ...originals(all.projects)]
      .flatMap((e) => ['name', 'title', 'shortName'].map((k) => e.data[k]))
      .filter((v): v is string => typeof v === 'string')
      .sort((a, b) => b.length - a.length);
    const text = (f: HTMLElement) => contentText.reduce((t, c) => t.replaceAll(c, ' '), f.textContent);
    const italian = new Set([...leaves(it_.charts), ...leaves(it_.labels)]);
    const english = [...leaves(en.charts), ...leaves(en.labels.status), ...leaves(en.labels.trailStage), ...leaves(en.labels.trailScope)]
      .filter((w) => !w.includes('{') && w.length > 2 && !italian.has(w))
      .map((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'));
    expect(english.length).toBeGreaterThan(40);
    for (const f of figures) {
      const t = text(f);
      for (const w of english) expect(t, `${f.id}: ${w.source}`).not.toMatch(w);
    }
  });

  it('mark names shown in their original language with it in the data tables', () => {
    const cell = (name: string) => doc.querySelectorAll('#region-map details tbody th').find((th) => th.textContent.trim() === name);
    // beta-region has no Italian translation: its English name is marked as English.
    expect(cell('Fixture Region Beta')?.getAttribute('lang')).toBe('en');
    expect(cell('Regione fittizia Alfa')?.getAttribute('lang')).toBeUndefined();
    const untranslated = doc.querySelectorAll('#timeline details tbody th[lang]').map((th) => th.getAttribute('lang'));
    expect(untranslated.length).toBeGreaterThan(0);
    expect(untranslated).not.toContain('it');
  });

  it('mark the countries of the atlas’s regions on the map by code, named in Italian', () => {
    // Italy is "Italia" in Italian: a join on the English display name would mark nothing here.
    const countries = new Set(content.regions.map((r) => String(r.data['country'])));
    const marked = doc
      .querySelectorAll('#region-map svg path')
      .filter((p) => p.getAttribute('fill') === '#dfe4d8')
      .map((p) => p.querySelector('title')?.textContent);
    expect(marked.sort()).toEqual([...countries].map((c) => i18nFor('it').country(c)).sort());
    expect(marked).toContain('Italia');
    const named = doc.querySelectorAll('#region-map svg path title').map((t) => t.textContent);
    expect(named).not.toContain('Italy');
  });
});

describe('the side-by-side view in every language', () => {
  type Side = {
    groups: { key: string; label: string }[];
    fields: { key: string; label: string }[];
    cases: { id: string; title: string; lang?: string; url: string; fields: Record<string, string[]> }[];
  };

  it('loads data in its own language, with that language’s labels, titles and case pages', () => {
    const translated = /^title: "(.*)"$/m.exec(readFileSync(join(fixtureContent, 'cases/alpha-health-mediation.it.mdx'), 'utf8'))![1];
    for (const l of locales) {
      const doc = page(dist, `${prefix(l)}compare/cases/`);
      const source = doc.querySelector('#side-by-side')!.getAttribute('data-source')!;
      expect(source).toBe(`${prefix(l)}compare/cases/data.json`);
      const data = JSON.parse(file(source)) as Side;
      const s = strings(l);
      expect(
        data.groups.map((g) => g.label),
        l,
      ).toEqual(Object.values(s.compare.side.groups));
      expect(data.fields.find((f) => f.key === 'governance')?.label, l).toBe(s.facts.governance);
      expect(data.cases.map((c) => c.id).sort()).toEqual(content.cases.map((c) => c.id).sort());
      for (const c of data.cases) expect(c.url, `${l} ${c.id}`).toBe(`${prefix(l)}cases/${c.id}/`);
      const original = content.cases.find((c) => c.id === 'alpha-health-mediation')!;
      const m = data.cases.find((c) => c.id === 'alpha-health-mediation')!;
      const governance = original.data['governance'] as keyof typeof s.labels.governance;
      expect(m.fields['governance'], l).toEqual([s.labels.governance[governance]]);
      // The Italian reader gets the Italian translation's title; the others the original's, marked with its language.
      if (l === 'it') expect(m.title).toBe(translated);
      else expect(m.title, l).toBe(original.data['title']);
      if (l !== 'it' && l !== 'en') expect(m.lang, l).toBe(original.data['lang'] ?? 'en');
    }
  });
});
