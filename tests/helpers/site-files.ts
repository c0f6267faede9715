import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML page of a built site, as paths relative to its root. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(dist, join(dist, f)));
}
