import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales } from '../i18n/config.ts';

/**
 * Each language folder's "page not found" as `<lang>/404.html`, the name static hosts look
 * for nearest the missing address (Astro writes a dynamic route's 404 as `<lang>/404/index.html`).
 */
export function locale404(): AstroIntegration {
  return {
    name: 'practice-atlas:locale-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const locale of locales) {
          if (locale === defaultLocale) continue;
          const folder = join(out, locale, '404');
          if (!existsSync(join(folder, 'index.html'))) continue;
          renameSync(join(folder, 'index.html'), join(out, locale, '404.html'));
          rmdirSync(folder);
        }
      },
    },
  };
}
