/**
 * npm run build: check the content, build the site into a staging folder, and only
 * when everything (pages, search index) succeeded, swap it in as the site. A failed
 * build leaves the previous site untouched and no half-built folder that looks like one.
 *
 *   node scripts/build.ts [--out dist]
 */
import { build } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from './check/run.ts';
import { formatReport } from './check/report.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const staging = `${out}.partial`;
const previous = `${out}.previous`;

const problems = await checkContent(contentDir());
if (problems.length > 0) {
  process.stderr.write(formatReport(problems, 'text'));
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
