/**
 * npm run build: check the content, build the site into a staging folder, and only
 * when everything (pages, search index) succeeded, swap it in as the site. A failed
 * build leaves the previous site untouched and no half-built folder that looks like one.
 *
 *   node scripts/build.ts [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from '../src/integrations/pagefind.ts';

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

async function fail(reason: string): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  process.stderr.write(`\nBuild failed: ${reason}\nNothing was published.\n`);
  process.exit(1);
}

// Astro builds in a process of its own and the search index is written once it has
// ended: at 10,000 cases Astro's memory and Pagefind's would otherwise add up.
await rm(staging, { recursive: true, force: true });
const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
const quiet = process.env.ASTRO_LOG_LEVEL === 'silent' ? ['--silent'] : [];
const built = spawnSync(process.execPath, [astro, 'build', '--root', resolve(import.meta.dirname, '..'), '--outDir', staging, ...quiet], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, ATLAS_INDEX_AFTER_BUILD: '1' },
});
if (built.status !== 0) await fail('Astro could not build the site (see above).');
try {
  const pages = await indexSite(staging);
  if (quiet.length === 0) console.log(`Search index written (${pages} pages read).`);
} catch (error) {
  await fail(error instanceof Error ? error.message : String(error));
}

// Two renames rather than rm + rename, so there is never a moment without a site.
await rm(previous, { recursive: true, force: true });
if (existsSync(out)) await rename(out, previous);
await rename(staging, out);
await rm(previous, { recursive: true, force: true });
console.log(`Site built in ${out}`);
