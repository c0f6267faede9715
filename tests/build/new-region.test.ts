import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { csvRecords } from '../helpers/csv.ts';
import { makeCase, makeRegion, makeTrail, mdx } from '../helpers/factories.ts';
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
// A trail from a fixture case to the new region and its case, through a fixture tour.
const trailId = 'generated-to-zeta';
const trail = makeTrail({
  title: 'Generated: a practice travelling to Region Zeta',
  domains: [domain],
  from: { case: fixture.cases[0]!.id },
  to: { region: region['id'], cases: [caseId] },
  through: { channel: 'study-tour', tour: fixture.tours[0]!.id },
  stages: [{ stage: 'planned', date: '2024', citation: { source: fixture.sources[0]!.id, at: 'Plans' } }],
});

const root = mkdtempSync(join(tmpdir(), 'atlas-new-region-'));
const content = join(root, 'content');
const dist = join(root, 'dist');

beforeAll(() => {
  cpSync(fixtureContent, content, { recursive: true });
  appendFileSync(join(content, 'regions.yaml'), `\n${stringify([region])}`);
  writeFileSync(join(content, 'cases', `${caseId}.mdx`), mdx(kase));
  writeFileSync(join(content, 'trails', `${trailId}.yaml`), stringify(trail));
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

describe('a trail to the new region, with no code change', () => {
  it('appears on /transfers/ with its furthest stage, and as an arc into the new region', () => {
    const doc = page(dist, '/transfers/');
    expect(doc.querySelector(`li.trail[data-trail="${trailId}"]`)?.getAttribute('data-stage')).toBe('planned');
    const arcs = doc.querySelectorAll(`#transfer-arcs path.transfer-arc[data-trail="${trailId}"]`);
    // One arc from each region of the case it comes from.
    const fromRegions = fixture.cases[0]!.data['regions'] as string[];
    expect(arcs.map((a) => `${a.getAttribute('data-from')}>${a.getAttribute('data-to')}`).sort()).toEqual(
      fromRegions.map((r) => `${r}>${region['id']}`).sort(),
    );
  });

  it('appears on the pages of both ends and of its tour', () => {
    const ids = (path: string, section: string) =>
      page(dist, path)
        .querySelectorAll(`[data-trails="${section}"] li[data-trail]`)
        .map((li) => li.getAttribute('data-trail'));
    expect(ids(`/regions/${region['id']}/`, 'trails-took-heading')).toEqual([trailId]);
    expect(ids(`/cases/${caseId}/`, 'trails-from-heading')).toEqual([trailId]);
    expect(ids(`/cases/${fixture.cases[0]!.id}/`, 'trails-to-heading')).toContain(trailId);
    expect(ids(`/tours/${fixture.tours[0]!.id}/`, 'trails-heading')).toContain(trailId);
  });

  it('appears in the exports and the chart data', () => {
    const read = (file: string) => readFileSync(join(dist, 'data', file), 'utf8');
    const trails = JSON.parse(read('trails.json')) as { id: string; to: { region: string } }[];
    expect(trails.find((t) => t.id === trailId)?.to.region).toBe(region['id']);
    expect(
      csvRecords(read('charts/transfer-arcs.csv'))
        .filter((r) => r['trail'] === trailId)
        .map((r) => r['to']),
    ).toEqual((fixture.cases[0]!.data['regions'] as string[]).map(() => region['id']));
  });
});
