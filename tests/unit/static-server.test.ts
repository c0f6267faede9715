import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { immutable, staticServer } from '../../scripts/bench/static-server.ts';

let root: string;
let host: Awaited<ReturnType<typeof staticServer>>;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'atlas-static-'));
  mkdirSync(join(root, 'search'));
  mkdirSync(join(root, 'pagefind', 'fragment'), { recursive: true });
  writeFileSync(join(root, 'search', 'index.html'), '<!doctype html><title>Search</title>'.repeat(50));
  writeFileSync(join(root, 'pagefind', 'fragment', 'en_1a2b.pf_fragment'), 'already gzip');
  host = await staticServer(root);
});
afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the benchmark’s static host', () => {
  it('compresses pages the browser accepts compressed, and has them revalidated', async () => {
    const res = await fetch(`${host.url}/search/`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(`${host.url}/search/`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('caches hashed files for a year and leaves Pagefind’s own compression alone', async () => {
    const res = await fetch(`${host.url}/pagefind/fragment/en_1a2b.pf_fragment`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe('already gzip');
    expect(immutable('/pagefind/pagefind.js')).toBe(false);
    expect(immutable('/_astro/search.abc123.js')).toBe(true);
  });

  it('refuses to serve outside its folder', async () => {
    expect((await fetch(`${host.url}/..%2f..%2fetc/passwd`)).status).toBeGreaterThanOrEqual(400);
  });
});
