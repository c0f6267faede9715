import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../src/lib/content-dir.ts';

describe("Astro's cache for a content folder", () => {
  it('is one per folder, however the folder is spelt, inside node_modules/.astro', () => {
    expect(contentCacheDir('tests/fixtures/content')).toBe(contentCacheDir(resolve('tests/fixtures/content')));
    expect(contentCacheDir('tests/fixtures/content')).not.toBe(contentCacheDir('content'));
    expect(contentCacheDir('content').startsWith(resolve('node_modules/.astro') + '/')).toBe(true);
  });
});
