import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The word `npm run build` writes to the verdict file once the content check has passed. */
export const PASSED = 'passed';

/**
 * Waits until the file at `path` says the content check passed. Throws when it says
 * anything else, or when the process that started this build has gone, so a build can
 * never be left waiting for a verdict nobody will write.
 */
export async function waitForVerdict(path: string, parent = process.ppid): Promise<void> {
  for (;;) {
    if (existsSync(path)) {
      const verdict = readFileSync(path, 'utf8').trim();
      if (verdict === PASSED) return;
      throw new Error(`the content check did not pass (${verdict || 'no verdict'}); no page was rendered`);
    }
    if (process.ppid !== parent) throw new Error('the build that started this one has ended; no page was rendered');
    await sleep(50);
  }
}

/**
 * `npm run build` runs the content check and Astro side by side: the check's few seconds
 * overlap Astro's start-up and bundling, which run no content code. Rendering is where
 * MDX from a pull request would run, so it waits here for the check's verdict, in the
 * last step before Astro renders pages. Without ATLAS_CHECK_GATE (`astro build`,
 * `astro dev`) there is no gate.
 */
export function checkGate(): AstroIntegration {
  return {
    name: 'practice-atlas:check-gate',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const path = process.env.ATLAS_CHECK_GATE;
        if (command !== 'build' || !path) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'practice-atlas:check-gate',
                // A 'post' buildApp hook runs once every bundle is built; being a normal
                // plugin, it runs before Astro's own 'post' hook, which renders the pages.
                buildApp: { order: 'post', handler: () => waitForVerdict(path) },
              },
            ],
          },
        });
      },
    },
  };
}
