import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const placeholder = 'practice-atlas.example';

it('the XML check can fail', () => {
  expect(() => new SaxesParser({ xmlns: true }).write('<rss><channel></rss>').close()).toThrow();
});
const allFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8', withFileTypes: false }).filter((f) => !f.endsWith('/'));
/** Built files that contain `needle`, read as bytes so compressed or binary files are searched too. */
const filesContaining = (dist: string, needle: string) =>
  allFiles(dist).filter((f) => {
    const path = join(dist, f);
    try {
      return readFileSync(path).includes(needle);
    } catch {
      return false; // a folder
    }
  });
/** A page's address path, from its built file: cases/a/index.html → /cases/a/. */
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const content = readContent(fixtureContent);

describe('a build without a site address (the default)', () => {
  const dist = inject('fixtureDist');
  const output = inject('fixtureBuildOutput');

  it('holds the placeholder domain in no file', () => {
    expect(allFiles(dist).length).toBeGreaterThan(50);
    expect(filesContaining(dist, placeholder)).toEqual([]);
  });

  it('says once, in one line, how to set the address', () => {
    const lines = output.split('\n').filter((l) => l.includes('Site address not set'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/SITE_URL=https:\/\/.*BASE_PATH=.*README/);
  });

  it('gives every page its path as canonical address, link-preview address and citation address', () => {
    for (const file of htmlFiles(dist)) {
      // A not-found page (404.html, it/404.html…) answers for every missing address: it has no address of its own.
      if (/(^|\/)404\.html$/.test(file)) continue;
      const doc = page(dist, file);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toBe(pathOf(file));
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), file).toBe(pathOf(file));
      expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), file).toBe('/social.png');
    }
    expect(existsSync(join(dist, 'social.png'))).toBe(true);
  });

  it('writes no sitemap or feed (their formats need full addresses), links none, and robots.txt names none', () => {
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(existsSync(join(dist, 'feed.xml'))).toBe(false);
    expect(page(dist, '/').querySelector('link[rel="alternate"][type="application/rss+xml"]')).toBeNull();
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Sitemap:/m);
  });
});

describe('a published build (SITE_URL and BASE_PATH set)', () => {
  const site = 'https://atlas.example.net';
  const base = '/atlas/';
  const root = `${site}${base}`;
  let work: string;
  let dist: string;
  let output: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'atlas-published-'));
    dist = join(work, 'dist');
    // Vitest puts Vite's BASE_URL ("/") in the environment, and Astro's rendering reads
    // import.meta.env from there: a real deployment has no such variable.
    const { BASE_URL: _vitestBase, ...env } = process.env;
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], {
      env: { ...env, CONTENT_DIR: fixtureContent, ASTRO_LOG_LEVEL: 'silent', SITE_URL: site, BASE_PATH: base },
      encoding: 'utf8',
    });
    output = result.stdout + result.stderr;
    if (result.status !== 0) throw new Error(`Published build failed:\n${output}`);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The built file an address of this site names, or undefined for another site. */
  const fileOf = (url: string) => {
    if (!url.startsWith(root)) return undefined;
    const rest = url.slice(root.length);
    return join(dist, rest, rest === '' || rest.endsWith('/') ? 'index.html' : '');
  };
  const sitemapUrls = () => {
    const xml = new XMLParser();
    const index = xml.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')) as {
      sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
    };
    const maps = [index.sitemapindex.sitemap].flat().map((s) => s.loc);
    return maps.flatMap((loc) => {
      const set = xml.parse(readFileSync(fileOf(loc)!, 'utf8')) as { urlset: { url: { loc: string }[] } };
      return [set.urlset.url].flat().map((u) => u.loc);
    });
  };

  it('does not print the hint and holds the placeholder domain in no file', () => {
    expect(output).not.toContain('Site address not set');
    expect(filesContaining(dist, placeholder)).toEqual([]);
  });

  it('lists every page in the sitemap, each once, and nothing that is not a page', () => {
    const urls = sitemapUrls();
    const pages = htmlFiles(dist)
      .filter((f) => !/(^|\/)404\.html$/.test(f))
      .map((f) => `${root}${f.replace(/index\.html$/, '')}`);
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual([...pages].sort());
    expect(urls).toContain(`${root}cases/alpha-health-mediation/`);
  });

  it("dates each case and tour in the sitemap by its file's last commit", () => {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (git('rev-parse', '--is-shallow-repository') !== 'false') return; // a shallow clone knows no dates
    const xml = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const entries = new XMLParser().parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    for (const [folder, list] of [
      ['cases', content.cases],
      ['tours', content.tours],
    ] as const) {
      for (const e of list) {
        const date = git('log', '-1', '--first-parent', '--format=%cs', '--', join('tests/fixtures/content', folder, `${e.id}.mdx`));
        const entry = entries.urlset.url.find((u) => u.loc === `${root}${folder}/${e.id}/`);
        expect(entry?.lastmod?.slice(0, 10), e.id).toBe(date || undefined);
      }
    }
  });

  it('points robots.txt at the sitemap', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Sitemap: ${root}sitemap-index\\.xml$`, 'm'));
  });

  it('publishes an RSS feed of every case and tour, newest first, each linking to its page, with summary and authors', () => {
    const text = readFileSync(join(dist, 'feed.xml'), 'utf8');
    // saxes checks well-formedness (and namespaces) strictly, throwing at the first fault.
    expect(() => new SaxesParser({ xmlns: true }).write(text).close()).not.toThrow();
    type Item = {
      title: string;
      link: string;
      description: string;
      pubDate?: string;
      'dc:creator'?: string | string[];
      'dc:language'?: string;
    };
    const feed = new XMLParser({ ignoreAttributes: false }).parse(text) as {
      rss: { '@_version': string; '@_xmlns:dc': string; channel: { link: string; item: Item[] } };
    };
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    expect(feed.rss.channel.link).toBe(root);
    const items = feed.rss.channel.item;
    const expected = [...content.cases.map((c) => `${root}cases/${c.id}/`), ...content.tours.map((t) => `${root}tours/${t.id}/`)];
    expect(items.map((i) => i.link).sort()).toEqual(expected.sort());
    for (const i of items) expect(existsSync(fileOf(i.link)!), i.link).toBe(true);
    const times = items.map((i) => (i.pubDate ? Date.parse(i.pubDate) : -Infinity));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const c of content.cases) {
      const item = items.find((i) => i.link === `${root}cases/${c.id}/`)!;
      expect(item.description).toBe(c.data['summary']);
      expect([item['dc:creator']].flat()).toEqual((c.data['authors'] as { name: string }[]).map((a) => a.name));
      expect(item['dc:language']).toBe(c.data['lang']);
    }
  });

  it('links the feed from every page head, and gives full canonical, preview and image addresses', () => {
    expect(existsSync(fileOf(`${root}social.png`)!)).toBe(true);
    for (const file of htmlFiles(dist)) {
      // A not-found page (404.html, it/404.html…) answers for every missing address: it has no address of its own.
      if (/(^|\/)404\.html$/.test(file)) continue;
      const doc = page(dist, file);
      const url = `${root}${file.replace(/index\.html$/, '')}`;
      expect(doc.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), file).toBe(`${root}feed.xml`);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toBe(url);
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), file).toBe(url);
      expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content'), file).toBe(`${root}social.png`);
      expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content'), file).toBe(`${root}social.png`);
    }
  });

  it('cites cases and fills the export page column with full addresses', () => {
    const doc = page(dist, '/cases/alpha-health-mediation/');
    expect(doc.querySelector('.citation-apa')?.text).toContain(`${root}cases/alpha-health-mediation/`);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text) as { '@id': string };
    expect(ld['@id']).toBe(`${root}cases/alpha-health-mediation/`);
    expect(readFileSync(join(dist, 'data', 'cases.csv'), 'utf8')).toContain(`,${root}cases/alpha-health-mediation/,`);
  });
});
