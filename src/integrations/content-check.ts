import type { AstroIntegration } from 'astro';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/content-dir.ts';

const checkScript = fileURLToPath(new URL('../../scripts/check.ts', import.meta.url));

// One check per Astro process, whichever module instance asks first: the integration (run
// by Astro's own loader) and the content config (run by Vite's) share it through the global.
const running = Symbol.for('practice-atlas.content-check');
type Holder = { [running]?: Promise<void> };

function runCheck(stopped: string): Promise<void> {
  const dir = contentDir();
  const child = spawn(process.execPath, [checkScript], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTENT_DIR: dir, ATLAS_CHECK_REPORT: 'stderr' } });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else fail(new Error(`the content check found problems in ${dir} (listed above); ${stopped}. Run npm run check after fixing them`));
    });
  });
}

/**
 * The content check's verdict: resolves when the check passed, rejects when it found
 * problems. Started once per process; every loader in src/content.config.ts awaits it
 * before it reads a file, so no content is loaded, and no body compiled, before it passed.
 */
export function contentChecked(stopped = 'nothing was built'): Promise<void> {
  const holder = globalThis as Holder;
  return (holder[running] ??= runCheck(stopped));
}

/**
 * The content check (`npm run check`), run by every Astro command that reads content
 * (`astro build`, `astro dev`, `astro sync`, and so `npm run build`, `npm run dev`,
 * `npm start` and CI). Content from a pull request is data: the check refuses whatever
 * could become code, so a refused folder never reaches the loaders or the MDX compile.
 * Only `astro preview`, which serves a finished site, skips it. The check runs in a process
 * of its own, so its memory (400 MB at 10,000 cases) is given back before Astro's own peak,
 * and it starts as Astro starts: Astro sets up Vite while it runs (about a second, the
 * check's own time at 1,000 cases), and the loaders wait for its verdict (contentChecked).
 * The build and the dev server also wait for it themselves, so a command that loaded no
 * content still stops on a refused folder.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'practice-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview') return;
        // Handled where it is awaited; this only starts it.
        contentChecked(command === 'dev' ? 'the preview server did not start' : 'nothing was built').catch(() => {});
      },
      'astro:build:start': async () => {
        await contentChecked();
      },
      'astro:server:setup': async () => {
        await contentChecked('the preview server did not start');
      },
    },
  };
}
