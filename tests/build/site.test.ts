import { strings } from '../../src/i18n/index.ts';
import { describe, expect, inject, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { searchablePages } from '../../src/integrations/pagefind.ts';
import { locales } from '../../src/i18n/config.ts';
import { localePrefix } from '../../src/lib/paths.ts';
import type { SearchKind } from '../../src/lib/search-kinds.ts';
import { page, searchIndex } from '../helpers/built-site.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const dist = inject('fixtureDist');
const content = readContent(fixtureContent);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value ? [String(value)] : []);
const links = (doc: ReturnType<typeof page>) => doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
const nameOf = (list: { id: string; data: Record<string, unknown> }[], id: string) => String(list.find((x) => x.id === id)?.data['name']);

describe('the built fixture site', () => {
  it('has a page for every case, region, domain, organisation, project and tour', () => {
    for (const [folder, entries] of Object.entries({
      cases: content.cases,
      regions: content.regions,
      domains: content.domains,
      organisations: content.organisations,
      projects: content.projects,
      tours: content.tours,
    })) {
      for (const entry of entries) expect(page(dist, `/${folder}/${entry.id}/`).querySelector('h1')).not.toBeNull();
    }
  });

  it('lists every case on each of its region and domain pages, and on the case list', () => {
    const caseList = links(page(dist, '/cases/'));
    for (const c of content.cases) {
      const href = `/cases/${c.id}/`;
      expect(caseList).toContain(href);
      for (const region of ids(c.data['regions'])) expect(links(page(dist, `/regions/${region}/`)), `${c.id} on ${region}`).toContain(href);
      for (const domain of ids(c.data['domains'])) expect(links(page(dist, `/domains/${domain}/`)), `${c.id} on ${domain}`).toContain(href);
      for (const org of [c.data['lead'], ...ids(c.data['partners'])]) {
        expect(links(page(dist, `/organisations/${org}/`)), `${c.id} on ${org}`).toContain(href);
      }
    }
  });

  it('shows in each facts panel what the frontmatter says', () => {
    for (const c of content.cases) {
      const facts = page(dist, `/cases/${c.id}/`).querySelector('.facts')!;
      const text = facts.textContent;
      for (const region of ids(c.data['regions'])) expect(text).toContain(nameOf(content.regions, region));
      for (const domain of ids(c.data['domains'])) expect(text).toContain(nameOf(content.domains, domain));
      expect(text).toContain(nameOf(content.organisations, String(c.data['lead'])));
      for (const partner of ids(c.data['partners'])) expect(text).toContain(nameOf(content.organisations, partner));
      // Dates read in the page's language; the machine-readable date is the one the frontmatter gives.
      const period = c.data['period'] as { start: string; end?: string } | undefined;
      const times = facts.querySelectorAll('time').map((t) => t.getAttribute('datetime'));
      if (period) expect(times).toContain(String(period.start));
      if (period?.end) expect(times).toContain(String(period.end));
      for (const f of (c.data['funding'] as { programme: string }[] | undefined) ?? []) expect(text).toContain(f.programme);
    }
  });

  // Every page of each kind search covers, by its address, in the default language…
  const searchableEn = Object.entries({
    case: content.cases.map((c) => `/cases/${c.id}/`),
    tour: content.tours.map((t) => `/tours/${t.id}/`),
    region: content.regions.map((r) => `/regions/${r.id}/`),
    organisation: content.organisations.map((o) => `/organisations/${o.id}/`),
    project: content.projects.map((p) => `/projects/${p.id}/`),
    source: content.sources.map((x) => `/sources/${x.id}/`),
  }) as [SearchKind, string[]][];
  // … and in every language, each in its own index (one entry per page, none twice).
  const searchable = searchableEn.map(([kind, urls]) => [kind, locales.flatMap((l) => urls.map((u) => `/${localePrefix(l)}${u.slice(1)}`))] as const);

  it('lists each case once on a region page, with all its domains, and links to its cases in each domain', () => {
    for (const r of content.regions) {
      const doc = page(dist, `/regions/${r.id}/`);
      const mine = content.cases.filter((c) => ids(c.data['regions']).includes(r.id));
      const cards = doc.querySelectorAll('.card-list .card');
      expect(cards.map((c) => c.querySelector('h3 a')!.getAttribute('href')).sort(), r.id).toEqual(mine.map((c) => `/cases/${c.id}/`).sort());
      for (const c of mine) {
        const card = cards.find((x) => x.querySelector('h3 a')!.getAttribute('href') === `/cases/${c.id}/`)!;
        for (const d of ids(c.data['domains'])) expect(card.textContent).toContain(nameOf(content.domains, d));
      }
    }
  });

  it('narrows the case list by region, domain, status and evidence with links to pages built in advance', () => {
    const listLinks = links(page(dist, '/cases/'));
    // Regions and domains: their own pages, which list their cases (tested above).
    for (const r of content.regions) if (content.cases.some((c) => ids(c.data['regions']).includes(r.id))) expect(listLinks).toContain(`/regions/${r.id}/`);
    for (const d of content.domains) expect(listLinks).toContain(`/domains/${d.id}/`);
    const facets: Record<string, (c: (typeof content.cases)[number]) => string[]> = {
      status: (c) => [String(c.data['status'])],
      evidence: (c) => [String((c.data['evidence'] as { level: string }).level)],
    };
    for (const [facet, of] of Object.entries(facets)) {
      for (const value of new Set(content.cases.flatMap(of))) {
        const url = `/cases/${facet}/${value}/`;
        // A value every case has narrows nothing: no page, no link.
        if (content.cases.every((c) => of(c).includes(value))) {
          expect(listLinks, url).not.toContain(url);
          continue;
        }
        // A value every case has narrows nothing: no page, no link.
        if (content.cases.every((c) => of(c).includes(value))) {
          expect(listLinks, url).not.toContain(url);
          continue;
        }
        expect(listLinks, url).toContain(url);
        const shown = page(dist, url).querySelectorAll('.card-list .card h2 a').map((a) => a.getAttribute('href'));
        expect(shown.sort(), url).toEqual(content.cases.filter((c) => of(c).includes(value)).map((c) => `/cases/${c.id}/`).sort());
      }
    }
    // Each card says the case's status and evidence level.
    const card = page(dist, '/cases/').querySelector('.card-list .card')!;
    expect(card.textContent).toMatch(/Status: \w+ · Evidence: \w+/);
  });

  it('links each filled coverage cell to that region’s cases in the domain’s comparison', () => {
    const home = page(dist, '/');
    const cells = home.querySelectorAll('table.coverage td a');
    expect(cells.length).toBeGreaterThan(0);
    for (const a of cells) {
      const [, domain, region] = /^\/compare\/([^/]+)\/#region-(.+)$/.exec(a.getAttribute('href')!)!;
      const expected = content.cases.filter((c) => ids(c.data['regions']).includes(region!) && ids(c.data['domains']).includes(domain!));
      // The number is what shows; a screen reader also hears the region and the domain first.
      const said = a.querySelector('.visually-hidden')!.textContent;
      expect(a.textContent.replace(said, '').trim()).toBe(String(expected.length));
      expect(said).toContain(nameOf(content.regions, region!));
      const rows = page(dist, `/compare/${domain}/`).querySelectorAll(`tbody#region-${region} tr[data-case]`).map((tr) => tr.getAttribute('data-case'));
      expect(rows.sort()).toEqual(expected.map((c) => c.id).sort());
    }
  });

  it('says a case’s transferability once: under the body’s own heading when it has one, else from the frontmatter', () => {
    for (const c of content.cases) {
      const doc = page(dist, `/cases/${c.id}/`);
      const bodyHas = doc.querySelector('.case-body h2#transferability') !== null;
      const section = doc.querySelector('#transfer-heading');
      if (bodyHas) expect(section?.textContent ?? '', c.id).not.toBe('What another region would need');
      else expect(doc.querySelector('#transfer-heading + p')?.textContent, c.id).toBe(String(c.data['transferability']).trim());
    }
    expect(content.cases.some((c) => page(dist, `/cases/${c.id}/`).querySelector('.case-body h2#transferability') === null)).toBe(true);
  });

  it('lists the latest case studies by the date each was added to the atlas, newest first, and says so', () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: fixtureContent, encoding: 'utf8' }).trim();
    const shallow = git('rev-parse', '--is-shallow-repository') !== 'false';
    // Added: the first commit of the file; the review date where history is cut short.
    const added = (c: (typeof content.cases)[number]) =>
      (!shallow && git('log', '--format=%cI', '--', `cases/${c.id}.mdx`).split('\n').pop()) ||
      String((c.data['review'] as { date?: string }).date ?? '');
    const expected = [...content.cases]
      .sort((a, b) => added(b).localeCompare(added(a)) || String(a.data['title']).localeCompare(String(b.data['title'])))
      .slice(0, 6);
    const home = page(dist, '/');
    const cards = home.querySelectorAll('.card-list .card');
    expect(cards.map((c) => c.querySelector('h3 a')!.getAttribute('href'))).toEqual(expected.map((c) => `/cases/${c.id}/`));
    for (const [i, c] of expected.entries()) if (added(c)) expect(cards[i]!.querySelector('.card-note')!.textContent).toMatch(/^Added \d/);
    expect(home.textContent).toContain('by the date each was added to the atlas');
  });

  it('marks only the pages search reads as searchable, so no marked page goes unindexed', () => {
    const marked = htmlFiles(dist).filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'));
    expect(marked.length).toBe(searchable.flatMap(([, urls]) => urls).length);
    for (const f of marked) expect(matchesGlob(f, searchablePages), f).toBe(true);
  });

  it('indexes every case, tour, region, organisation, project and source, each with its kind as a filter', () => {
    const indexed = searchIndex(dist);
    expect(indexed.map((p) => p.url).sort()).toEqual(searchable.flatMap(([, urls]) => urls).sort());
    for (const [kind, urls] of searchable) {
      for (const url of urls) {
        const entry = indexed.find((p) => p.url === url)!;
        // Filtered by the kind's id, the same in every language; labelled in the page's language.
        expect(entry.filters['kind'], url).toEqual([kind]);
        const lang = locales.find((l) => l !== 'en' && url.startsWith(`/${l}/`)) ?? 'en';
        expect(entry.meta['kind'], url).toBe(strings(lang).search.kinds[kind]);
      }
    }
    // A profile is found by its own words, not by the summaries of the cases it lists.
    const region = indexed.find((p) => p.url === `/regions/${content.regions[0]!.id}/`)!;
    for (const c of content.cases) expect(region.content).not.toContain(String(c.data['summary']));
  });

  it('lets search narrow cases and tours alike by review status', () => {
    const indexed = searchIndex(dist);
    for (const [folder, entries] of [['cases', content.cases], ['tours', content.tours]] as const) {
      for (const e of entries) {
        // Keyed by the status id, so one filter address works in every language.
        const status = (e.data['review'] as { status: string }).status;
        expect(indexed.find((p) => p.url === `/${folder}/${e.id}/`)?.filters['review'], e.id).toEqual([status]);
      }
    }
  });

  it('indexes every case with summary, regions, domains and filters', () => {
    const indexed = searchIndex(dist);
    for (const c of content.cases) {
      const entry = indexed.find((p) => p.url === `/cases/${c.id}/`)!;
      expect(entry.meta['title']).toBe(c.data['title']);
      expect(entry.meta['summary']).toBe(c.data['summary']);
      expect(entry.filters['region']?.sort()).toEqual(ids(c.data['regions']).sort());
      expect(entry.filters['domain']?.sort()).toEqual(ids(c.data['domains']).sort());
      for (const key of ['country', 'practiceType', 'governance', 'targetGroup', 'evidence', 'status', 'language']) {
        expect(entry.filters[key]?.length, `${c.id} filter ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('renders GFM in case bodies: tables, footnotes, strikethrough, autolinks and task lists', () => {
    const bodies = content.cases.map((c) => page(dist, `/cases/${c.id}/`).querySelector('.case-body')!);
    const html = bodies.map((b) => b.innerHTML).join('\n');
    expect(html).toMatch(/<table>/);
    expect(html).toMatch(/<del>/);
    expect(html).toMatch(/data-footnotes|class="footnotes"/);
    expect(html).toMatch(/<input[^>]*type="checkbox"/);
    expect(html).toMatch(/<a href="https?:\/\//);
  });

  it('marks drafts "Draft — not yet reviewed", and only drafts', () => {
    for (const c of content.cases) {
      const draft = (c.data['review'] as { status: string }).status === 'draft';
      expect(page(dist, `/cases/${c.id}/`).querySelector('.banner-draft')?.textContent, c.id).toBe(draft ? 'Draft — not yet reviewed' : undefined);
    }
  });

  it("counts each region's case studies on the map in words that agree with the number", () => {
    const titles = page(dist, '/').querySelectorAll('figure[id*="map"] title').map((t) => t.textContent);
    const counts = titles.filter((t) => /: (\d+ case stud|no case study yet)/.test(t));
    expect(counts.length).toBe(content.regions.length);
    for (const region of content.regions) {
      const n = content.cases.filter((c) => ids(c.data['regions']).includes(region.id)).length;
      const said = n === 0 ? 'no case study yet' : n === 1 ? '1 case study' : `${n} case studies`;
      expect(counts).toContain(`${String(region.data['name'])}: ${said}`);
    }
  });

  it('makes no request to another origin', () => {
    for (const path of ['/', '/search/', `/cases/${content.cases[0]!.id}/`]) {
      const doc = page(dist, path);
      const external = doc
        .querySelectorAll('script[src], link[rel=stylesheet], link[rel=icon], img[src], iframe, source[src]')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url));
      expect(external).toEqual([]);
    }
  });
});
