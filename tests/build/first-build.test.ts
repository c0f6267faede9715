import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCopy, removeCopies } from '../helpers/content-copy.ts';

/**
 * A new atlas's first build: content with no translations yet (and so several empty
 * collections) builds without a warning, as `npm run build` prints it.
 */
afterAll(removeCopies);

describe('a first build of content with no translations', () => {
  it('prints no warning that a collection is empty', () => {
    const root = contentCopy((content) => {
      for (const file of readdirSync(content, { recursive: true, encoding: 'utf8' }))
        if (/\.[a-z]{2}\.(ya?ml|mdx)$/.test(file)) rmSync(join(content, file));
    });
    const result = spawnSync(resolve('node_modules/.bin/node'), ['scripts/build.ts', '--out', join(root, 'dist')], {
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), SITE_URL: '', BASE_PATH: '' },
      encoding: 'utf8',
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(0);
    expect(output).toContain('Complete!');
    expect(output).not.toMatch(/does not exist or is empty/);
    expect(output.split('\n').filter((l) => /\[WARN\]/.test(l))).toEqual([]);
  });
});
