import { resolve } from 'node:path';

/**
 * The content folder: CONTENT_DIR when set (fixtures, benchmarks, a corpus kept
 * elsewhere), else ./content. Absolute, so every tool resolves it the same way.
 */
export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR || 'content');
}

/**
 * The project's root, which Astro's entry file paths are relative to. Set by
 * astro.config.mjs, since `npm run build` runs Astro from a scratch working folder.
 */
export function projectRoot(): string {
  return resolve(process.env.ATLAS_ROOT || '.');
}
