/**
 * npm run build: check the content, build the site into a staging folder, and only
 * when everything (pages, search index) succeeded, swap it in as the site. A failed
 * build leaves the previous site untouched and no half-built folder that looks like one.
 *
 *   node scripts/build.ts [--out dist]
 */
import { build } from 'astro';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const staging = `${out}.partial`;
const previous = `${out}.previous`;

// The same check as `npm run check`, first, so bad content never reaches Astro (and MDX
// from a pull request never runs). In its own process: the memory it used is returned
// before the build starts, instead of adding to the build's peak.
const check = spawnSync(process.execPath, [resolve(import.meta.dirname, 'check.ts')], { stdio: ['ignore', 'inherit', 'inherit'] });
if (check.status !== 0) {
  process.stderr.write('\nBuild stopped: fix the content above. Nothing was published.\n');
  process.exit(1);
}

await rm(staging, { recursive: true, force: true });
try {
  await build({ outDir: staging, logLevel: process.env.ASTRO_LOG_LEVEL === 'silent' ? 'silent' : 'info' });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  process.stderr.write(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}\nNothing was published.\n`);
  process.exit(1);
}

// Two renames rather than rm + rename, so there is never a moment without a site.
await rm(previous, { recursive: true, force: true });
if (existsSync(out)) await rename(out, previous);
await rename(staging, out);
await rm(previous, { recursive: true, force: true });
console.log(`Site built in ${out}`);
