import { describe, expect, it } from 'vitest';
import { collectionJsonSchema, collectionNames, csvCell, exportRecords, flattenRefs, toCsv, utf8Bom } from '../../src/lib/export.ts';
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

  it('refuses a list or a record: lists have tables of their own, so no cell ever holds JSON', () => {
    expect(() => csvCell(['it', 'en'])).toThrow(/one value/);
    expect(() => csvCell({ title: 'A' })).toThrow(/one value/);
  });

  it('neutralises text a spreadsheet would evaluate as a formula with a leading apostrophe (OWASP)', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    // Numbers are written as numbers: a negative figure is data, not a formula.
    expect(csvCell(-5)).toBe('-5');
    // Only the start matters.
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe(`${utf8Bom}a,b\r\n1,"x,y"\r\n`);
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

  it('keep raw values in JSON: the neutralising apostrophe is for CSV only', () => {
    const raw = makeAtlas({ cases: { f: { title: '=cmd|calc' } } });
    expect(exportRecords(raw, 'cases')[0]!['title']).toBe('=cmd|calc');
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
