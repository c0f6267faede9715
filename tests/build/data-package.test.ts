import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// datapackage-js, the Frictionless reference library for JavaScript: see docs/decisions.md
// for why this one (the maintained successors are not on the npm registry this project uses).
import { Package } from 'datapackage';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';

const dist = inject('fixtureDist');
const data = join(dist, 'data');
const descriptor = JSON.parse(readFileSync(join(data, 'datapackage.json'), 'utf8')) as {
  licenses: { name: string }[];
  sources: { title: string }[];
  resources: { name: string; path: string; encoding: string; schema: { fields: { name: string }[]; foreignKeys?: unknown[] } }[];
};
const csvFiles = readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv'));
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

// datapackage-js (2021) predates byte-order marks and reads one as part of the first column
// name. It validates a copy without the three bytes; the test checks they are there.
const copy = mkdtempSync(join(tmpdir(), 'atlas-package-'));
cpSync(data, copy, { recursive: true });
for (const f of csvFiles) {
  const bytes = readFileSync(join(copy, f));
  writeFileSync(join(copy, f), bytes.subarray(bytes.subarray(0, 3).equals(bom) ? 3 : 0));
}
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the Frictionless Data Package', () => {
  it('describes every CSV file the site publishes, and only those', () => {
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual([...csvFiles].sort());
    expect(descriptor.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    expect(descriptor.sources.length).toBeGreaterThan(0);
  });

  it('is UTF-8 with a byte-order mark in every CSV, so spreadsheets read accents right', () => {
    for (const f of csvFiles) expect(readFileSync(join(data, f)).subarray(0, 3).equals(bom), f).toBe(true);
    for (const r of descriptor.resources) expect(r.encoding, r.name).toBe('utf-8');
    expect(readFileSync(join(data, 'cases.csv'), 'utf8')).toContain('Bêta');
  });

  it('validates: descriptor against the profile, every row against its types and constraints, every key unique and every foreign key resolved', async () => {
    const pkg = await Package.load(join(copy, 'datapackage.json'), { basePath: copy });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources).toHaveLength(csvFiles.length);
    const foreignKeys = descriptor.resources.flatMap((r) => r.schema.foreignKeys ?? []);
    expect(foreignKeys.length).toBeGreaterThan(20);
    for (const resource of pkg.resources) {
      // cast: every value to its field's type; relations: every foreign key looked up.
      const rows = await resource.read({ cast: true, relations: true });
      expect(rows.length, resource.name).toBe(parseCsv(readFileSync(join(data, resource.descriptor.path as string), 'utf8')).length - 1);
    }
  });

  it('refuses a foreign key that points nowhere (the validation can fail)', async () => {
    const regions = join(copy, 'cases-regions.csv');
    const saved = readFileSync(regions);
    writeFileSync(regions, `${saved.toString('utf8')}alpha-health-mediation,9,no-such-region\r\n`);
    try {
      const pkg = await Package.load(join(copy, 'datapackage.json'), { basePath: copy });
      await expect(pkg.getResource('cases-regions').read({ relations: true })).rejects.toThrow(/Foreign key/);
    } finally {
      writeFileSync(regions, saved);
    }
  });

  it('never holds JSON, a list or a record in a cell', () => {
    for (const f of csvFiles) {
      for (const row of parseCsv(readFileSync(join(data, f), 'utf8')).slice(1))
        for (const cell of row)
          expect(
            /^\s*[[{]/.test(cell) &&
              (() => {
                try {
                  JSON.parse(cell);
                  return true;
                } catch {
                  return false;
                }
              })(),
            `${f}: ${cell}`,
          ).toBe(false);
    }
  });

  it('gives every entry its page address, which exists', () => {
    for (const name of ['cases', 'regions', 'domains', 'organisations', 'projects', 'tours']) {
      const [header, ...rows] = parseCsv(readFileSync(join(data, `${name}.csv`), 'utf8'));
      const col = header!.indexOf('page_url');
      for (const row of rows) {
        expect(row[col], name).toBe(`/${name}/${row[0]}/`);
        expect(readdirSync(join(dist, name, row[0]!)), row[0]).toContain('index.html');
      }
    }
  });
});
