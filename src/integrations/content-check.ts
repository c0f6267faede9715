import type { AstroIntegration } from 'astro';
import { formatReport } from '../../scripts/check/report.ts';
import { inspectContent } from '../../scripts/check/run.ts';
import { contentDir } from '../lib/content-dir.ts';

/**
 * The content check, run inside every Astro command that reads content (`astro build`,
 * `astro dev`, `astro sync`, and so `npm run build`, `npm run dev`, `npm start` and CI),
 * before Astro loads a single content file. Content from a pull request is data: the
 * check refuses whatever could become code, so a refused folder never reaches the
 * loaders or the MDX compile. Only `astro preview`, which serves a finished site, skips it.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'practice-atlas:content-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command === 'preview') return;
        const dir = contentDir();
        const { problems, counts } = await inspectContent(dir);
        if (problems.length === 0) return;
        process.stderr.write(formatReport(problems, 'text', counts));
        throw new Error(`the content check found problems in ${dir} (listed above); nothing was built. Run npm run check after fixing them`);
      },
    },
  };
}
