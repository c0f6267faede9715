import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CasePages } from '../../src/integrations/pagefind.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const outDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-search-'));
  dirs.push(dir);
  return dir;
};

const page = (n: number) =>
  `<!doctype html><html lang="en"><head><title>Case ${n}</title></head><body><article data-pagefind-body><h1>Case ${n}</h1><p>Mediators in clinic ${n}.</p></article></body></html>`;
const paths = [1, 2, 3].map((n) => `cases/case-${n}/index.html`);

/** Every file under `dir`, with its bytes, by relative path. */
function files(dir: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as { isFile(): boolean; parentPath: string; name: string }[])
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
  );
}

describe('the search index written while Astro renders', () => {
  it('is the same, byte for byte, whatever order the pages finish rendering in', async () => {
    const [a, b] = [outDir(), outDir()];
    const inOrder = new CasePages(a);
    inOrder.expect(paths);
    paths.forEach((p, i) => inOrder.add(p, page(i + 1)));
    expect(await inOrder.finish()).toBe(3);
    // One after the other: Pagefind's Node API has one backend per process, as a build has.
    const shuffled = new CasePages(b);
    shuffled.add(paths[2]!, page(3));
    shuffled.expect(paths);
    shuffled.add(paths[0]!, page(1));
    shuffled.add(paths[1]!, page(2));
    expect(await shuffled.finish()).toBe(3);
    const written = files(join(a, 'pagefind'));
    expect(Object.keys(written)).toContain('/pagefind-entry.json');
    expect(JSON.parse(Buffer.from(written['/pagefind-entry.json']!, 'base64').toString()).languages.en.page_count).toBe(3);
    expect(files(join(b, 'pagefind'))).toEqual(written);
  });

  it('fails the build, naming a page, when a case page never reached it', () => {
    const pages = new CasePages(outDir());
    pages.expect(paths);
    pages.add(paths[0]!, page(1));
    expect(() => pages.finish()).toThrow(/missing 2 case page\(s\), e\.g\. cases\/case-2\/index\.html, cases\/case-3\/index\.html/);
  });

  it('fails the build when no case page came at all', () => {
    expect(() => new CasePages(outDir()).finish()).toThrow(/no page reached the search index/);
  });
});
