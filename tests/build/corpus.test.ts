import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectContent } from '../../scripts/check/run.ts';
import { page, searchIndex } from '../helpers/built-site.ts';
import { locales, strings } from '../../src/i18n/index.ts';
import { localePrefix } from '../../src/lib/paths.ts';
import { readContent } from '../helpers/read-content.ts';

/** The real corpus in content/, checked and built as `npm run build` does. */
const dir = resolve('content');
const content = readContent(dir);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value ? [String(value)] : []);
const work = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
const dist = join(work, 'dist');

beforeAll(() => {
  const result = spawnSync('node_modules/.bin/node', ['scripts/build.ts', '--out', dist], {
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`The corpus does not build:\n${result.stderr}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the seed corpus', () => {
  it('passes npm run check with no problem, and every figure in a body cited', async () => {
    const result = await inspectContent(dir);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('names a region in a case title as the site labels it ("Piedmont: …", not its local name)', () => {
    for (const c of content.cases) {
      const place = /^([^:]+):/.exec(String(c.data['title']))?.[1];
      for (const r of content.regions) {
        if (r.data['localName'] !== r.data['name']) expect(place, `${c.id}: "${place}" is shown as ${String(r.data['name'])}`).not.toBe(r.data['localName']);
      }
    }
  });

  it('holds every region and domain of the atlas, each region with a case or an organisation profile', () => {
    const regions = ['piemonte', 'auvergne-rhone-alpes', 'catalonia', 'madrid', 'oberhausen', 'brussels', 'umbria'];
    expect(content.regions.map((r) => r.id).sort()).toEqual([...regions].sort());
    expect(content.domains.map((d) => d.id).sort()).toEqual(['health', 'housing', 'skills']);
    // Auvergne-Rhône-Alpes and Catalonia have organisations the sources name, but no
    // source describes a practice there (docs/sources.md, "Cases that are not practices").
    for (const r of content.regions) {
      const hasCase = content.cases.some((c) => ids(c.data['regions']).includes(r.id));
      const hasOrganisation = content.organisations.some((o) => o.data['region'] === r.id);
      expect(hasCase || hasOrganisation, r.id).toBe(true);
    }
    for (const d of content.domains) expect(content.cases.some((c) => ids(c.data['domains']).includes(d.id)), d.id).toBe(true);
    expect(content.cases.length).toBeGreaterThanOrEqual(11);
  });

  it('holds each seed document as a source record, and every case cites at least one', () => {
    const seeds = resolve('..', 'shared', 'seeds');
    const copies = content.sources.map((s) => String(s.data['copy'])).sort();
    // The seed documents live beside the repository; where they are at hand, the records match them one to one.
    if (existsSync(seeds)) expect(copies).toEqual(readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort());
    expect(copies).toEqual([
      '000_331d3b947ffc3060.txt',
      '001_0a9596d6fdab3977.txt',
      '002_6aff797230f7f8aa.txt',
      '003_a97ffbcb1220fbfb.txt',
      '004_c452ec999648e4c6.txt',
    ]);
    const known = new Set(content.sources.map((s) => s.id));
    for (const c of content.cases) {
      const listed = ids(c.data['sources']);
      expect(listed.length, c.id).toBeGreaterThan(0);
      for (const id of listed) expect(known.has(id), `${c.id} cites ${id}`).toBe(true);
      // Each case cites a passage, not only a document.
      const claims = Object.keys((c.data['citations'] as Record<string, unknown> | undefined) ?? {}).length + (c.body?.match(/<Cite\s/g)?.length ?? 0);
      expect(claims, c.id).toBeGreaterThan(0);
      for (const o of (c.data['outcomes'] as { source?: string; at?: string }[] | undefined) ?? []) {
        expect(listed, `${c.id} outcome source`).toContain(o.source);
        expect(o.at, `${c.id} outcome locator`).toBeTruthy();
      }
    }
  });

  it('keeps plans as plans: no case or tour is ended or completed, since no source reports an outcome', () => {
    for (const c of content.cases) expect(c.data['status'], c.id).not.toBe('ended');
    for (const t of content.tours) {
      expect(t.data['status'], t.id).toBe('planned');
      expect(t.data['stops'], t.id).toBeUndefined();
    }
  });

  it('keeps every page a draft: no one but its authors has reviewed it', () => {
    for (const entry of [...content.cases, ...content.tours]) expect((entry.data['review'] as { status: string }).status, entry.id).toBe('draft');
  });

  it('names only organisations that exist, and each has its page listing the case', () => {
    const orgs = new Set(content.organisations.map((o) => o.id));
    for (const c of content.cases) {
      for (const org of [...ids(c.data['lead']), ...ids(c.data['partners'])]) {
        expect(orgs.has(org), `${c.id} names ${org}`).toBe(true);
        const links = page(dist, `/organisations/${org}/`).querySelectorAll('a').map((a) => a.getAttribute('href'));
        expect(links, `${org} lists ${c.id}`).toContain(`/cases/${c.id}/`);
      }
    }
  });

  it("resolves every tour's stops and suggestions to organisations and cases, shown in its brief", () => {
    const cases = new Set(content.cases.map((c) => c.id));
    for (const t of content.tours) {
      const brief = page(dist, `/tours/${t.id}/`);
      const links = brief.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const stop of [...((t.data['stops'] as { organisation: string; cases?: string[] }[] | undefined) ?? []), ...((t.data['suggestions'] as { organisation: string; cases?: string[] }[] | undefined) ?? [])]) {
        expect(links, `${t.id} stop ${stop.organisation}`).toContain(`/organisations/${stop.organisation}/`);
        for (const c of stop.cases ?? []) {
          expect(cases.has(c), `${t.id} visits ${c}`).toBe(true);
          expect(links).toContain(`/cases/${c}/`);
        }
      }
    }
  });

  it('has one search index per language, each holding every entry once and finding cases by names in any language', () => {
    const originals = <T extends { id: string }>(entries: T[]) => entries.filter((e) => !/\.[a-z]{2}$/.test(e.id));
    const entries = { cases: content.cases, tours: content.tours, regions: content.regions, organisations: content.organisations, projects: content.projects, sources: content.sources };
    const expected = Object.entries(entries).flatMap(([folder, list]) => originals(list).map((e) => `${folder}/${e.id}/`));
    // One bundle per language, in its own folder, holding that language's index only.
    const manifests = Object.fromEntries(
      locales.map((locale) => {
        const folder = locale === 'en' ? 'pagefind' : `${locale}/pagefind`;
        const manifest = JSON.parse(readFileSync(join(dist, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        expect(Object.keys(manifest.languages), folder).toEqual([locale]);
        return [locale, manifest];
      }),
    );
    const indexed = searchIndex(dist);
    const languageOf = (url: string) => /^\/(it|fr|es|de)\//.exec(url)?.[1] ?? 'en';
    const fold = (text: string) => ` ${text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    const casesIn = (key: string, value: string) => originals(content.cases).filter((c) => ids(c.data[key]).includes(value)).map((c) => c.id).sort();
    const queries: [string[], string[]][] = [
      [['alloggio', 'logement', 'vivienda', 'Wohnen', 'housing'], casesIn('domains', 'housing')],
      [['santé', 'salute', 'Gesundheit', 'salud', 'health'], casesIn('domains', 'health')],
      [['Torino', 'Turin', 'Turín', 'Piemonte', 'Piedmont'], casesIn('regions', 'piemonte')],
    ];
    for (const locale of locales) {
      const pages = indexed.filter((p) => languageOf(p.url) === locale);
      const prefix = `/${localePrefix(locale)}`;
      // Every entry once, in its language's index, whether or not it is translated into it.
      expect(manifests[locale]!.languages[locale]!.page_count, locale).toBe(expected.length);
      expect(pages.map((p) => p.url.slice(prefix.length)).sort(), locale).toEqual([...expected].sort());
      // Each case page carries its practice type, target groups and countries in every language.
      for (const c of originals(content.cases)) {
        const text = fold(pages.find((p) => p.url === `${prefix}cases/${c.id}/`)!.content);
        const countries = [...new Set(ids(c.data['regions']).map((r) => String(content.regions.find((x) => x.id === r)?.data['country'])))];
        for (const other of locales) {
          const labels = strings(other).labels;
          const names = [
            labels.practiceType[c.data['practiceType'] as keyof typeof labels.practiceType],
            ...ids(c.data['targetGroups']).map((g) => labels.targetGroups[g as keyof typeof labels.targetGroups]),
            ...countries.map((code) => new Intl.DisplayNames([other], { type: 'region' }).of(code)!),
          ];
          for (const name of names) expect(text, `${locale} ${c.id}: ${other} "${name}"`).toContain(fold(name));
        }
      }
      for (const [words, cases] of queries) {
        expect(cases.length).toBeGreaterThan(0);
        for (const word of words) {
          const having = pages.filter((p) => p.url.startsWith(`${prefix}cases/`) && fold(p.content).includes(fold(word))).map((p) => p.url.slice(`${prefix}cases/`.length, -1));
          expect(having, `${locale}: "${word}"`).toEqual(expect.arrayContaining(cases));
        }
      }
    }
  });
});
