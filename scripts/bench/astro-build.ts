/**
 * One Astro build of the atlas with a chosen Markdown processor, in its own process so
 * measurements never share module caches. Content comes from CONTENT_DIR.
 *
 *   node scripts/bench/astro-build.ts --processor satteri|unified --out DIR
 */
import { build } from 'astro';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { processor: { type: 'string', default: 'satteri' }, out: { type: 'string' } } });
const markdown =
  values.processor === 'unified' ? { processor: (await import('@astrojs/markdown-remark')).unified({ gfm: true }) } : {};
await build({ outDir: values.out, logLevel: 'silent', markdown });
