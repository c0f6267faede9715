/**
 * Measures the atlas build with each Markdown processor Astro 7 offers for MDX, on the
 * same synthetic corpus, and prints a Markdown table for docs/decisions.md.
 *
 *   node scripts/bench/processors.ts [--cases 500] [--runs 2]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.ts';
import { contentCacheDir } from '../../src/lib/content-dir.ts';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '500' }, runs: { type: 'string', default: '2' } } });
const cases = Number(values.cases);
const runs = Number(values.runs);
const work = await mkdtemp(join(tmpdir(), 'atlas-processors-'));
const content = join(work, 'content');
await generateCorpus(content, cases);

const rows: string[] = [];
for (const processor of ['satteri', 'unified']) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['scripts/bench/astro-build.ts', '--processor', processor, '--out', join(work, 'dist')], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`${processor} build failed`);
    times.push((performance.now() - started) / 1000);
  }
  const best = Math.min(...times);
  rows.push(`| ${processor} | ${cases} | ${times.map((t) => t.toFixed(1)).join(', ')} | ${best.toFixed(1)} |`);
}
await rm(work, { recursive: true, force: true });
await rm(contentCacheDir(content), { recursive: true, force: true });
console.log(['| processor | cases | build seconds (each run) | best |', '| --- | --- | --- | --- |', ...rows].join('\n'));
