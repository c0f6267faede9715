import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { preview } from 'astro';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
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
    'open data': '/data/',
    contribute: '/contribute/',
    'not found': '/no-such-page/',
  };
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
      const problems: string[] = [];
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        for (const [type, path] of Object.entries(pageTypes(site.dir))) {
          await page.goto(site.url() + path, { waitUntil: 'load' });
          if (type === 'search') await page.waitForSelector('#results li');
          if (type === 'side by side') await page.waitForSelector('table.side-table');
          for (const p of await overflowProblems(page)) problems.push(`${width} px, ${type} (${path}): ${p}`);
        }
      }
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
