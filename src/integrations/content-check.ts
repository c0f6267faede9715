import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content-dir.ts';

const checkScript = fileURLToPath(new URL('../../scripts/check.ts', import.meta.url));

/**
 * The content check (`npm run check`), run by every Astro command that reads content
 * (`astro build`, `astro dev`, `astro sync`, and so `npm run build`, `npm run dev`,
 * `npm start` and CI) before Astro loads a single content file. Content from a pull
 * request is data: the check refuses whatever could become code, so a refused folder
 * never reaches the loaders or the MDX compile. Only `astro preview`, which serves a
 * finished site, skips it. The check runs in a process of its own, so its memory
 * (400 MB at 10,000 cases) is given back before Astro's own peak.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'practice-atlas:content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'preview') return;
        const dir = contentDir();
        const child = spawn(process.execPath, [checkScript], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTENT_DIR: dir, ATLAS_CHECK_REPORT: 'stderr' } });
        const code = await new Promise<number | null>((done) => child.on('close', done));
        if (code !== 0) {
          const stopped = command === 'dev' ? 'the preview server did not start' : 'nothing was built';
          throw new Error(`the content check found problems in ${dir} (listed above); ${stopped}. Run npm run check after fixing them`);
        }
      },
    },
  };
}
