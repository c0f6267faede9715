// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { checkGate } from './src/integrations/check-gate.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { contentCacheDir } from './src/lib/content-dir.ts';

// Entry file paths are relative to the project root, and `npm run build` runs Astro from
// a scratch folder: page code finds the root here (src/lib/content-dir.ts).
process.env.ATLAS_ROOT = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site: process.env.SITE_URL || 'https://practice-atlas.example.org',
  base: process.env.BASE_PATH || '/',
  // Every link the atlas writes ends in a slash (src/lib/paths.ts) and each page names that
  // address as canonical; 'ignore' lets the preview and dev servers also answer an address
  // typed without it (a static host redirects /search to /search/ itself).
  trailingSlash: 'ignore',
  // Each content folder keeps its own content cache (src/lib/content-dir.ts).
  cacheDir: contentCacheDir(),
  integrations: [checkGate(), mdx(), pagefindIndex()],
  build: {
    format: 'directory',
    // Pages render a few at a time, so one page's file write and MDX module load overlap
    // the next page's rendering: at 1,000 cases about 15 % faster than one at a time
    // (docs/performance.md). Page code shares state only through promises made once.
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX body that uses a component with styles carries Astro's head-injection
        // directive, and the bundler warns once per file: thousands of lines at scale that
        // hide real warnings. Astro handles the directive itself.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
