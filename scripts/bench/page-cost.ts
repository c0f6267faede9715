/** What one built page costs a reader: its HTML plus every file it loads, gzipped. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

const gz = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;

export interface PageCost {
  gzipBytes: number;
  jsBytes: number;
  requests: number;
}

export function pageCost(dist: string, path: string): PageCost {
  const html = readFileSync(join(dist, path, 'index.html'));
  const doc = parse(html.toString('utf8'));
  const assets = doc
    .querySelectorAll('link[rel=stylesheet][href], script[src], img[src], link[rel=icon][href]')
    .map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
    .filter((url) => url.startsWith('/'));
  let gzipBytes = gz(html);
  // JSON-LD is data for search engines, not a script a browser runs.
  let jsBytes = doc.querySelectorAll('script:not([src]):not([type="application/ld+json"])').reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  for (const url of assets) {
    const file = join(dist, url.split('?')[0]!);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    gzipBytes += gz(body);
    if (url.endsWith('.js')) jsBytes += body.length;
  }
  return { gzipBytes, jsBytes, requests: 1 + assets.length };
}

/** Total size of a folder in bytes. */
export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const s = statSync(join(dir, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}
