import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { csvRecords } from '../helpers/csv.ts';
import { makeCase, makeRegion, mdx } from '../helpers/factories.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';
import { contentCacheDir } from '../../src/lib/content-dir.ts';

/**
 * The promise to researchers: a case in a region the atlas has never seen shows up in
 * the matrix, the map, the domain comparison and the exports with no code change.
 * The fixture content is copied, a region and a case generated into it, and the copy
 * built exactly as `npm run build` builds.
 */
const fixture = readContent(fixtureContent);
const domain = fixture.domains[0]!.id;
const region = makeRegion({
  id: 'new-region-zeta',
  name: 'Generated Region Zeta',
  country: 'AT',
  coordinates: [14.29, 48.31],
  languages: ['de'],
});
const kase = makeCase({
  title: 'Generated: a practice in Region Zeta',
  regions: [region['id']],
  domains: [domain],
  lead: fixture.organisations[0]!.id,
  sources: [fixture.sources[0]!.id],
  citations: {
    status: { source: fixture.sources[0]!.id, at: 'Summary', asOf: '2024' },
    lead: [{ source: fixture.sources[0]!.id, at: 'Partners' }],
  },
});
const caseId = 'generated-zeta-practice';

const root = mkdtempSync(join(tmpdir(), 'atlas-new-region-'));
const content = join(root, 'content');
const dist = join(root, 'dist');

beforeAll(() => {
  cpSync(fixtureContent, content, { recursive: true });
  appendFileSync(join(content, 'regions.yaml'), `\n${stringify([region])}`);
  writeFileSync(join(content, 'cases', `${caseId}.mdx`), mdx(kase));
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Build of the extended fixture failed:\n${result.stdout}\n${result.stderr}`);
}, 180_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  // This content folder will not be built again.
  rmSync(contentCacheDir(content), { recursive: true, force: true });
});

describe('a case added in a new region, with no code change', () => {
  it('appears in the coverage matrix', () => {
    const cell = page(dist, '/compare/').querySelector(`#coverage .coverage-cell[data-region="${region['id']}"][data-domain="${domain}"]`);
    expect(cell?.getAttribute('data-count')).toBe('1');
  });

  it('appears on the map', () => {
    const point = page(dist, '/').querySelector(`#region-map .map-point[data-region="${region['id']}"]`);
    expect(point?.getAttribute('data-cases')).toBe('1');
  });

  it('appears in the domain comparison under its region', () => {
    const rows = page(dist, `/compare/${domain}/`).querySelectorAll(`tbody[data-region="${region['id']}"] tr[data-case]`);
    expect(rows.map((r) => r.getAttribute('data-case'))).toEqual([caseId]);
  });

  it('appears in the exports, and the region with it', () => {
    const read = (file: string) => readFileSync(join(dist, 'data', file), 'utf8');
    const cases = JSON.parse(read('cases.json')) as { id: string; regions: string[] }[];
    expect(cases.find((c) => c.id === caseId)?.regions).toEqual([region['id']]);
    expect(cases).toHaveLength(fixture.cases.length + 1);
    expect(csvRecords(read('cases-regions.csv')).find((r) => r['case_id'] === caseId)?.['region_id']).toBe(region['id']);
    expect((JSON.parse(read('regions.json')) as { id: string }[]).map((r) => r.id)).toContain(region['id']);
    expect(csvRecords(read('charts/coverage.csv')).find((r) => r['region'] === region['id'] && r['domain'] === domain)?.['cases']).toBe(
      '1',
    );
  });
});
