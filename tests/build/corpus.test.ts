import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectContent } from '../../scripts/check/run.ts';
import { page } from '../helpers/built-site.ts';
import { readContent } from '../helpers/read-content.ts';

/** The real corpus in content/, checked and built as `npm run build` does. */
const dir = resolve('content');
const content = readContent(dir);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value ? [String(value)] : []);
const work = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
const dist = join(work, 'dist');

beforeAll(() => {
  const result = spawnSync('node_modules/.bin/node', ['scripts/build.ts', '--out', dist], {
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The corpus does not build:\n${result.stderr}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the seed corpus', () => {
  it('passes npm run check with no problem', async () => {
    expect((await inspectContent(dir)).problems).toEqual([]);
  });

  it('names a region in a case title as the site labels it ("Piedmont: …", not its local name)', () => {
    for (const c of content.cases) {
      const place = /^([^:]+):/.exec(String(c.data['title']))?.[1];
      for (const r of content.regions) {
        if (r.data['localName'] !== r.data['name']) expect(place, `${c.id}: "${place}" is shown as ${String(r.data['name'])}`).not.toBe(r.data['localName']);
      }
    }
  });

  it('holds every region and domain of the atlas, each with at least one case', () => {
    const regions = ['piemonte', 'auvergne-rhone-alpes', 'catalonia', 'madrid', 'oberhausen', 'brussels', 'umbria'];
    expect(content.regions.map((r) => r.id).sort()).toEqual([...regions].sort());
    expect(content.domains.map((d) => d.id).sort()).toEqual(['health', 'housing', 'skills']);
    for (const r of content.regions) expect(content.cases.some((c) => ids(c.data['regions']).includes(r.id)), r.id).toBe(true);
    for (const d of content.domains) expect(content.cases.some((c) => ids(c.data['domains']).includes(d.id)), d.id).toBe(true);
    expect(content.cases.length).toBeGreaterThanOrEqual(12);
  });

  it('gives every case at least one source, and every fact-bearing outcome a listed source', () => {
    for (const c of content.cases) {
      const sources = (c.data['sources'] as { title: string }[]) ?? [];
      expect(sources.length, c.id).toBeGreaterThan(0);
      for (const o of (c.data['outcomes'] as { source: string }[] | undefined) ?? []) {
        expect(sources.map((s) => s.title), `${c.id} outcome source`).toContain(o.source);
      }
    }
  });

  it('names only organisations that exist, and each has its page listing the case', () => {
    const orgs = new Set(content.organisations.map((o) => o.id));
    for (const c of content.cases) {
      for (const org of [...ids(c.data['lead']), ...ids(c.data['partners'])]) {
        expect(orgs.has(org), `${c.id} names ${org}`).toBe(true);
        const links = page(dist, `/organisations/${org}/`).querySelectorAll('a').map((a) => a.getAttribute('href'));
        expect(links, `${org} lists ${c.id}`).toContain(`/cases/${c.id}/`);
      }
    }
  });

  it("resolves every tour's stops to organisations and cases, shown in its brief", () => {
    const cases = new Set(content.cases.map((c) => c.id));
    for (const t of content.tours) {
      const brief = page(dist, `/tours/${t.id}/`);
      const links = brief.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const stop of t.data['stops'] as { organisation: string; cases?: string[] }[]) {
        expect(links, `${t.id} stop ${stop.organisation}`).toContain(`/organisations/${stop.organisation}/`);
        for (const c of stop.cases ?? []) {
          expect(cases.has(c), `${t.id} visits ${c}`).toBe(true);
          expect(links).toContain(`/cases/${c}/`);
        }
      }
    }
  });
});
