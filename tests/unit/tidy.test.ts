import { describe, expect, it } from 'vitest';
import { collectionNames, exportRecords } from '../../src/lib/export.ts';
import { tidyTables, type TidyTable } from '../../src/lib/tidy.ts';
import { makeAtlas } from '../helpers/atlas.ts';

const atlas = makeAtlas({
  cases: {
    zeta: {
      regions: ['r1', 'r2'],
      partners: ['o2'],
      project: 'p1',
      period: { start: '2020-01' },
      related: ['alpha'],
      outcomes: [{ indicator: 'people supported', value: -3, unit: 'people', source: 's1', at: 'Table 2' }],
    },
    alpha: { title: 'Alpha', domains: ['housing'], visit: { open: true, contact: 'o3', languages: ['it', 'en'] } },
  },
});

const tables = collectionNames.flatMap((c) => tidyTables(c, exportRecords(atlas, c), (id) => `/p/${id}/`));
const table = (name: string): TidyTable => {
  const t = tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}: ${tables.map((x) => x.name).join(', ')}`);
  return t;
};
const records = (t: TidyTable) => t.rows.map((r) => Object.fromEntries(t.fields.map((f, i) => [f.name, r[i]])));

describe('tidy tables from the content schemas', () => {
  it('give a collection one row per entry: id, page address, then single values, nested fields dotted', () => {
    const cases = table('cases');
    expect(cases.fields.slice(0, 2).map((f) => f.name)).toEqual(['id', 'page_url']);
    expect(cases.primaryKey).toEqual(['id']);
    expect(records(cases).map((r) => [r['id'], r['page_url']])).toEqual([
      ['alpha', '/p/alpha/'],
      ['zeta', '/p/zeta/'],
    ]);
    expect(records(cases)[1]).toMatchObject({ 'period.start': '2020-01', lead: 'o1', project: 'p1' });
    expect(cases.fields.find((f) => f.name === 'review.date')?.type).toBe('date');
    expect(cases.fields.find((f) => f.name === 'status')?.constraints?.enum).toContain('ongoing');
  });

  it('never put a list or a record in a cell', () => {
    for (const t of tables)
      for (const row of t.rows) for (const cell of row) expect(typeof cell === 'object' && cell !== null, t.name).toBe(false);
  });

  it('give every list its own table, joined by id and position, with references as foreign keys', () => {
    expect(records(table('cases-regions'))).toEqual([
      { case_id: 'alpha', position: 1, region_id: 'r1' },
      { case_id: 'zeta', position: 1, region_id: 'r1' },
      { case_id: 'zeta', position: 2, region_id: 'r2' },
    ]);
    expect(table('cases-regions').primaryKey).toEqual(['case_id', 'position']);
    expect(table('cases-regions').foreignKeys).toEqual([
      { fields: ['case_id'], reference: { resource: 'cases', fields: ['id'] } },
      { fields: ['region_id'], reference: { resource: 'regions', fields: ['id'] } },
    ]);
    // A case's related cases: the referenced case gets a column of its own name.
    expect(records(table('cases-related'))).toEqual([{ case_id: 'zeta', position: 1, related_case_id: 'alpha' }]);
    // Lists inside nested records, and lists of records, are tables too.
    expect(records(table('cases-visit-languages')).map((r) => r['value'])).toEqual(['it', 'en']);
    expect(records(table('cases-outcomes'))).toEqual([
      { case_id: 'zeta', position: 1, indicator: 'people supported', value: -3, unit: 'people', year: undefined, source: 's1', at: 'Table 2', excerpt: undefined, translation: undefined },
    ]);
    // A figure's citation points at the sources table.
    expect(table('cases-outcomes').foreignKeys).toContainEqual({ fields: ['source'], reference: { resource: 'sources', fields: ['id'] } });
    expect(table('cases-outcomes').fields.find((f) => f.name === 'value')?.type).toBe('number');
    expect(records(table('cases-sources'))[0]).toEqual({ case_id: 'alpha', position: 1, source_id: 's1' });
    expect(table('cases-sources').foreignKeys).toContainEqual({ fields: ['source_id'], reference: { resource: 'sources', fields: ['id'] } });
    expect(records(table('sources'))[0]).toMatchObject({ id: 's1', page_url: '/p/s1/', title: 'Synthetic source', lang: 'en' });
  });

  it('key a list inside a list item by its parent row (tour stops and the cases seen at each)', () => {
    const t = makeAtlas({
      cases: { c1: {}, c2: {} },
      tours: {
        tour: {
          stops: [
            { organisation: 'o1', topic: 'First', cases: ['c1', 'c2'] },
            { organisation: 'o1', topic: 'Second' },
          ],
        },
      },
    });
    const tt = tidyTables('tours', exportRecords(t, 'tours'), (id) => id);
    const stopsCases = tt.find((x) => x.name === 'tours-stops-cases')!;
    expect(stopsCases.primaryKey).toEqual(['tour_id', 'stops_position', 'position']);
    expect(stopsCases.foreignKeys[0]).toEqual({
      fields: ['tour_id', 'stops_position'],
      reference: { resource: 'tours-stops', fields: ['tour_id', 'position'] },
    });
    expect(stopsCases.rows).toEqual([
      ['tour', 1, 1, 'c1'],
      ['tour', 1, 2, 'c2'],
    ]);
  });

  it('name resources in lowercase, as Frictionless requires', () => {
    for (const t of tables) expect(t.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(tables.map((t) => t.name)).toContain('cases-target-groups');
  });
});
