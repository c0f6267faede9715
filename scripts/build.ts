/**
 * npm run build: check the content and build the site into a staging folder, and only
 * when everything (pages, search index) succeeded, swap it in as the site. A failed
 * build leaves the previous site untouched and no half-built folder that looks like one.
 *
 *   node scripts/build.ts [--out dist]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { siteAddressHint, siteConfig } from '../src/lib/site.ts';

// Astro allocates many short-lived objects (parsed YAML, rendered HTML), and with V8's
// default young generation it spends much of a build in scavenges. A 32 MB
// semi-space measured fastest (docs/performance.md) without raising peak memory.
// V8 lets its heap grow to its default limit (4 GiB on this machine) before it collects
// hard, so a 10,000-case build sat at 4 GiB whether it needed it or not; at 3 GiB it
// collects sooner and the whole build stays under 4 GiB. A limit set in NODE_OPTIONS wins,
// for a corpus that really needs more.
const heapLimit = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=3072'];
const v8Flags = ['--max-semi-space-size=32', ...heapLimit];

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const staging = `${out}.partial`;
const previous = `${out}.previous`;

async function fail(reason: string): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  process.stderr.write(`\nBuild failed: ${reason}\nNothing was published.\n`);
  process.exit(1);
}

// Astro runs the content check itself, before it loads any content
// (src/integrations/content-check.ts), so there is one way in for every command. The
// search index is written once Astro has ended: at 10,000 cases the two peaks of
// memory would add up.
await rm(staging, { recursive: true, force: true });
// This build's own folder is Astro's working directory. Astro renders from a scratch
// folder in its working directory, so builds to different places (tests, benchmarks)
// running at once must not share one; inside the project, so the rendering code still
// finds node_modules.
const root = resolve(import.meta.dirname, '..');
await mkdir(join(root, '.astro'), { recursive: true });
const scratch = await mkdtemp(join(root, '.astro', 'build-'));
const quiet = process.env.ASTRO_LOG_LEVEL === 'silent' ? ['--silent'] : [];
const building = spawn(process.execPath, [...v8Flags, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', staging, ...quiet], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, CONTENT_DIR: contentDir(), ATLAS_INDEX_AFTER_BUILD: '1' },
  cwd: scratch,
});
const builtCode = await new Promise<number | null>((done) => building.on('close', (code) => done(code)));
await rm(scratch, { recursive: true, force: true });
if (builtCode !== 0) await fail('Astro could not build the site (see above; content problems are listed first, as file:line:column).');
try {
  // Imported only now, so loading Pagefind's module never delays the check and Astro.
  const { indexSite } = await import('../src/integrations/pagefind.ts');
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
// Said once, here, rather than by every page that falls back to a path.
if (!siteConfig().site) console.log(siteAddressHint);
