/**
 * The built site served as a static host serves it, for timing search as readers meet
 * it: text compressed (brotli or gzip, as the browser asks), content-hashed files cached
 * for a year, everything else revalidated with an ETag. Astro's preview server does
 * neither, so it timed transfers no host would make.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.pagefind': 'application/wasm',
};
// Pagefind's index, fragments and filters are gzip already; compressing them again gains nothing.
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv']);

/** Whether a file's name carries its content hash, so it can never change under that name. */
export const immutable = (path: string): boolean =>
  path.startsWith('/_astro/') || /^\/([a-z]{2}\/)?pagefind\/(index|fragment|filter)\//.test(path) || /\.pf_meta$/.test(path);

export function staticServer(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
    const headers: Record<string, string> = {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !compressible.has(extname(file))
      ? undefined
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : undefined;
    if (!encoding) {
      res.writeHead(200, { ...headers, 'content-length': String(stat.size) });
      return void createReadStream(file).pipe(res);
    }
    // Compressed once and kept, as a host does with its static files: a reader never waits
    // for the compression itself.
    const key = `${encoding}:${file}:${etag}`;
    let body = compressed.get(key);
    if (!body) {
      const raw = readFileSync(file);
      body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
      compressed.set(key, body);
    }
    res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': String(body.length) });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}
