import { describe, expect, it } from 'vitest';
import {
  collectionCsv,
  collectionJsonSchema,
  collectionNames,
  csvCell,
  exportRecords,
  flattenRecord,
  flattenRefs,
  recordsToCsv,
  toCsv,
} from '../../src/lib/export.ts';
import { makeAtlas } from '../helpers/atlas.ts';

describe('CSV per RFC 4180', () => {
  it('quotes fields holding a comma, a quote or a line break, and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
  });

  it('writes absent values as empty fields, numbers and booleans as text', () => {
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(false)).toBe('false');
  });

  it('joins lists of plain values with "; " and keeps lists of records whole as JSON', () => {
    expect(csvCell(['it', 'en'])).toBe('it; en');
    expect(csvCell([{ title: 'A, B', lang: 'en' }])).toBe('"[{""title"":""A, B"",""lang"":""en""}]"');
  });

  it('ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('export records', () => {
  const atlas = makeAtlas({
    cases: {
      zeta: { regions: ['r1', 'r2'], partners: ['o2'], project: 'p1', period: { start: '2020-01' } },
      alpha: { title: 'Alpha', domains: ['housing'], visit: { open: true, contact: 'o3' } },
    },
  });

  it('turn every reference into its id, deeply', () => {
    expect(flattenRefs({ a: { collection: 'regions', id: 'r1' }, b: [{ collection: 'x', id: 'y' }], c: undefined })).toEqual({
      a: 'r1',
      b: ['y'],
    });
    const [alpha, zeta] = exportRecords(atlas, 'cases');
    expect(zeta).toMatchObject({ id: 'zeta', regions: ['r1', 'r2'], lead: 'o1', partners: ['o2'], project: 'p1' });
    expect(alpha).toMatchObject({ id: 'alpha', visit: { open: true, contact: 'o3' } });
  });

  it('hold every entry of every collection, sorted by id, id first', () => {
    for (const name of collectionNames) {
      const records = exportRecords(atlas, name);
      expect(records.map((r) => r.id)).toEqual(atlas[name].map((e) => e.id).sort());
      for (const r of records) expect(Object.keys(r)[0]).toBe('id');
    }
  });

  it('flatten nested records to dotted columns, in the order the schema declares fields', () => {
    expect(flattenRecord({ period: { start: '2020' }, evidence: { level: 'described' } })).toEqual({
      'period.start': '2020',
      'evidence.level': 'described',
    });
    const csv = recordsToCsv(
      [
        { id: 'a', b: 1 },
        { id: 'c', a: 2, b: 3 },
      ],
      ['a', 'b'],
    );
    expect(csv.split('\r\n')[0]).toBe('id,a,b');
    const header = collectionCsv(atlas, 'cases').split('\r\n')[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['id', 'title', 'summary']);
    expect(header.indexOf('period.start')).toBeGreaterThan(header.indexOf('status'));
  });

  it('give one CSV row per entry', () => {
    const lines = collectionCsv(atlas, 'cases').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + atlas.cases.length);
  });
});

describe('JSON Schema export', () => {
  it('is generated from the zod schemas: input shapes, references as kebab ids, required fields as declared', () => {
    const schema = collectionJsonSchema('cases', 'Cases') as {
      $schema: string;
      title: string;
      required: string[];
      properties: Record<string, { type?: string; pattern?: string; items?: { pattern?: string } }>;
    };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.title).toBe('Cases');
    expect(schema.required).toEqual(
      expect.arrayContaining(['title', 'summary', 'regions', 'domains', 'evidence', 'sources', 'authors', 'review']),
    );
    expect(schema.required).not.toContain('period');
    // A lead only where a source names one: never required.
    expect(schema.required).not.toContain('lead');
    expect(schema.properties['lead']?.type).toBe('string');
    expect(schema.properties['regions']?.items?.pattern).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
  });
});
