// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { guardedProcessor } from './src/integrations/body-guard.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { locale404 } from './src/integrations/locale-404.ts';
import { contentCacheDir, contentDir } from './src/lib/content-dir.ts';
import { cspConfig } from './src/lib/csp.ts';
import { siteConfig } from './src/lib/site.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';

// Entry file paths are relative to the project root, and `npm run build` runs Astro from
// a scratch folder: page code finds the root here (src/lib/content-dir.ts).
process.env.ATLAS_ROOT = fileURLToPath(new URL('.', import.meta.url));

// The public address, configured in one place (src/lib/site.ts); unset, pages use paths.
const { site, base } = siteConfig();

export default defineConfig({
  site,
  base,
  // Every link the atlas writes ends in a slash (src/lib/paths.ts) and each page names that
  // address as canonical; 'ignore' lets the preview and dev servers also answer an address
  // typed without it (a static host redirects /search to /search/ itself).
  trailingSlash: 'ignore',
  // Each content folder keeps its own content cache (src/lib/content-dir.ts).
  cacheDir: contentCacheDir(),
  // The content check runs first, before any content is loaded. Case and tour bodies are
  // written as HTML by their loader (src/lib/body-html.ts), never compiled; @astrojs/mdx
  // reads their frontmatter, and any MDX it does compile goes through a processor that
  // refuses what the check refuses (src/integrations/body-guard.ts).
  integrations: [
    contentCheck(),
    mdx({ processor: guardedProcessor(contentDir()) }),
    ...(site ? [sitemapIntegration(new URL(base, site).href)] : []),
    locale404(),
    pagefindIndex(),
  ],
  build: {
    format: 'directory',
    // Pages render a few at a time, so one page's file write overlaps
    // the next page's rendering: at 1,000 cases about 15 % faster than one at a time
    // (docs/performance.md). Page code shares state only through promises made once.
    concurrency: 4,
  },
  devToolbar: { enabled: false },
  security: { csp: cspConfig },
  // Shiki colours code with style attributes, which the policy refuses; code in a body
  // is shown plain.
  markdown: { syntaxHighlight: false },
  vite: {
    // No .env files: the build's environment never reaches a module through them
    // (the site reads SITE_URL and BASE_PATH from the real environment, src/lib/site.ts).
    envDir: false,
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
