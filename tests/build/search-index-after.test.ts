import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { searchIndex } from '../helpers/built-site.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const work = mkdtempSync(join(tmpdir(), 'atlas-index-after-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const byUrl = (pages: ReturnType<typeof searchIndex>) => [...pages].sort((a, b) => a.url.localeCompare(b.url));

/**
 * Large corpora are indexed from disk once Astro has ended, small ones while Astro
 * renders (scripts/build.ts). Readers must not be able to tell which way a site was built.
 */
describe('the search index of a large corpus, written after Astro has ended', () => {
  it('holds the same pages, text, meta and filters as the index written while rendering', () => {
    const out = join(work, 'dist');
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
      env: { ...process.env, CONTENT_DIR: fixtureContent, ATLAS_INDEX_AFTER_BUILD: '1' },
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Search index written \(\d+ pages read\)/);
    const after = byUrl(searchIndex(out));
    expect(after.length).toBeGreaterThan(0);
    expect(after).toEqual(byUrl(searchIndex(inject('fixtureDist'))));
  });
});
