import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { preview } from 'astro';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { overflowProblems, widths } from '../helpers/overflow.ts';
import { readContent, type RawEntry } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

/** The entry with the most to say: the longest titles, lists and tables are the ones that overflow. */
const fullest = (entries: RawEntry[]): string =>
  [...entries].sort((a, b) => JSON.stringify(b.data).length - JSON.stringify(a.data).length)[0]!.id;

/** One page of every page type a reader can reach, chosen from a content folder. */
function pageTypes(dir: string): Record<string, string> {
  const c = readContent(dir);
  const region = fullest(c.regions);
  const cases = [...c.cases].sort((a, b) => JSON.stringify(b.data).length - JSON.stringify(a.data).length).map((x) => x.id);
  return {
    home: '/',
    'case list': '/cases/',
    'narrowed case list': `/cases/status/${String(c.cases.find((x) => x.id === cases[0])!.data['status'])}/`,
    case: `/cases/${cases[0]}/`,
    'region list': '/regions/',
    region: `/regions/${region}/`,
    'region brief': `/regions/${region}/brief/`,
    'domain list': '/domains/',
    domain: `/domains/${fullest(c.domains)}/`,
    'organisation list': '/organisations/',
    organisation: `/organisations/${fullest(c.organisations)}/`,
    'project list': '/projects/',
    project: `/projects/${fullest(c.projects)}/`,
    'tour list': '/tours/',
    tour: `/tours/${fullest(c.tours)}/`,
    'compare hub': '/compare/',
    'domain comparison': `/compare/${fullest(c.domains)}/`,
    'side by side': `/compare/cases/?ids=${cases.slice(0, 4).join(',')}`,
    search: '/search/?q=migrant',
    transfers: '/transfers/',
    'source list': '/sources/',
    source: `/sources/${fullest(c.sources)}/`,
    'open data': '/data/',
    contribute: '/contribute/',
    'not found': '/no-such-page/',
  };
}

/**
 * Every page type of `dir` under `prefix` (a language's folder, or '' for English) at each of
 * `sizes`, with the filters of the search page open and, after a domain comparison, the
 * comparison narrowed to a transfer stage (found by its link: which stages exist depends on
 * the trails). Returns what overflowProblems() found, each with its width and page.
 */
async function problemsOn(page: Page, url: string, dir: string, prefix: string, sizes: readonly number[]): Promise<string[]> {
  const problems: string[] = [];
  const check = async (type: string, path: string) => {
    await page.goto(url + path, { waitUntil: 'load' });
    if (type === 'search') {
      await page.waitForSelector('#results li');
      // On a phone the filters start folded; a reader opens them, so they must fit too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    }
    if (type === 'side by side') await page.waitForSelector('table.side-table');
    for (const p of await overflowProblems(page)) problems.push(`${page.viewportSize()!.width} px, ${type} (${path}): ${p}`);
  };
  for (const width of sizes) {
    await page.setViewportSize({ width, height: 900 });
    for (const [type, path] of Object.entries(pageTypes(dir))) {
      await check(type, prefix + path);
      if (type !== 'domain comparison') continue;
      const stage = await page.evaluate(() => document.querySelector('a[href*="/stage/"]')?.getAttribute('href'));
      if (stage) await check('stage comparison', new URL(stage, url + prefix + path).pathname);
    }
  }
  return problems;
}

let browser: Browser;
let context: BrowserContext;
let corpus: { url: string; stop: () => Promise<void> } | undefined;

beforeAll(async () => {
  // The real corpus too: its long names and nine-column tables are what overflowed.
  const work = mkdtempSync(join(tmpdir(), 'atlas-overflow-'));
  const out = join(work, 'dist');
  const built = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], {
    env: { ...process.env, CONTENT_DIR: resolve('content'), ASTRO_LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`Corpus build failed:\n${built.stdout}\n${built.stderr}`);
  const server = await preview({ outDir: out, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  corpus = {
    url: `http://127.0.0.1:${server.port}`,
    stop: async () => {
      await server.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
  browser = await launch();
  // One context and one tab for every page and width: a new one each time costs more than the check.
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await corpus?.stop();
});

const sites = [
  { name: 'the fixture site', url: () => inject('fixtureUrl'), dir: fixtureContent },
  { name: 'the real corpus', url: () => corpus!.url, dir: resolve('content') },
];

describe('nothing is clipped and no page scrolls sideways, at every width from a phone to a desktop', () => {
  for (const site of sites) {
    it(`on one page of every type, on ${site.name}`, { timeout: 180_000 }, async () => {
      const page = await context.newPage();
      const problems = await problemsOn(page, site.url(), site.dir, '', widths);
      await page.close();
      expect(problems).toEqual([]);
    });
  }

  // Other languages run longer than English ("Kooperationsprotokoll", "Niveau de preuve",
  // "Regione ospitante"): their long words overflowed a phone's headings and squeezed the label
  // columns of the case filters and the tour facts where English fitted. German and French,
  // the longest, at a phone's and a desktop's width; Italian and Spanish at a phone's only.
  const languages = { de: [320, 1280], fr: [320, 1280], it: [320], es: [320] } as const;
  for (const [lang, sizes] of Object.entries(languages)) {
    it(`in ${lang}, on the real corpus at ${sizes.join(' and ')} px`, { timeout: 120_000 }, async () => {
      const page = await context.newPage();
      const problems = await problemsOn(page, corpus!.url, resolve('content'), `/${lang}`, sizes);
      await page.close();
      expect(problems).toEqual([]);
    });
  }
});

describe('the overflow check itself', () => {
  it('catches a page that scrolls sideways, a clipped box, an unreachable scroll box and tiny chart text', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 600 });
    await page.setContent(`
      <div id="wide" style="width: 400px">wide</div>
      <div id="clip" style="width: 100px; overflow: hidden; white-space: nowrap">a line far too long for a hundred pixels</div>
      <div id="mute" style="width: 100px; overflow-x: auto"><div style="width: 300px">scrolls</div></div>
      <div id="ok" style="width: 100px; overflow-x: auto" tabindex="0" aria-label="a table"><div style="width: 300px">scrolls</div></div>
      <svg viewBox="0 0 1000 100" width="300"><text x="0" y="50" font-size="12">tiny</text></svg>`);
    const problems = await overflowProblems(page);
    await page.close();
    expect(problems.join('\n')).toMatch(/page scrolls sideways/);
    expect(problems.join('\n')).toMatch(/overflows without a scroll container: div#clip/);
    expect(problems.join('\n')).toMatch(/scroll container without tabindex="0" and a label: div#mute/);
    expect(problems.join('\n')).not.toMatch(/div#ok/);
    expect(problems.join('\n')).toMatch(/chart text at 3\.6 px: "tiny"/);
  });
});
