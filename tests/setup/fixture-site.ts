import { preview } from 'astro';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const fixtureContent = resolve('tests/fixtures/content');

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
    fixtureUrl: string;
    /** What `npm run build` printed for the fixture (no SITE_URL set). */
    fixtureBuildOutput: string;
  }
}

/**
 * Builds tests/fixtures/content through CONTENT_DIR exactly as `npm run build` would,
 * then serves it on loopback for the browser tests.
 */
export default async function setup(project: TestProject) {
  // A fresh folder per run, so two test runs on one machine never share a site.
  const work = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
  const fixtureDist = join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', fixtureDist], {
    // The default a contributor builds with: no site address (tests/build/discovery.test.ts
    // builds a published one).
    env: { ...process.env, CONTENT_DIR: fixtureContent, ASTRO_LOG_LEVEL: 'silent', SITE_URL: '', BASE_PATH: '' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Fixture build failed:\n${result.stdout}\n${result.stderr}`);

  const server = await preview({ outDir: fixtureDist, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  project.provide('fixtureDist', fixtureDist);
  project.provide('fixtureUrl', `http://127.0.0.1:${server.port}`);
  project.provide('fixtureBuildOutput', result.stdout + result.stderr);
  return async () => {
    await server.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
