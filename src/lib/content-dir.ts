import { createHash } from 'node:crypto';
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

/**
 * Astro's cache (its content data store) for a content folder: one per folder, so a
 * fixture or a benchmark corpus is never served entries cached from another. Whoever
 * builds a temporary folder removes its cache with it.
 */
export function contentCacheDir(dir = contentDir()): string {
  return resolve(projectRoot(), 'node_modules', '.astro', createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 10));
}
