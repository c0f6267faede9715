import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const dist = inject('fixtureDist');
const content = readContent(fixtureContent);
const s = 'https://schema.org/';

/**
 * schema.org's context, served locally: no test fetches anything. The vocabulary is
 * https://schema.org/; the properties whose values are addresses are coerced to IRIs,
 * as schema.org's own context does for them.
 */
const schemaOrgContext = {
  '@context': {
    '@vocab': s,
    ...Object.fromEntries(
      [
        'url',
        'license',
        'sameAs',
        'contentUrl',
        'mainEntityOfPage',
        'inDefinedTermSet',
        'eventStatus',
        'eventAttendanceMode',
        'identifier',
      ].map((p) => [p, { '@id': `${s}${p}`, '@type': '@id' }]),
    ),
  },
};
const documentLoader = (url: string) =>
  url.replace(/\/?$/, '') === 'https://schema.org'
    ? Promise.resolve({ contextUrl: undefined, documentUrl: url, document: schemaOrgContext })
    : Promise.reject(new Error(`No network in tests: refused to load ${url}`));

type Node = Record<string, unknown[] | string | undefined>;

/** Every JSON-LD block of a page, parsed as JSON and expanded as JSON-LD against the page's address. */
async function blocks(path: string): Promise<Node[][]> {
  const scripts = page(dist, path).querySelectorAll('script[type="application/ld+json"]');
  return Promise.all(
    scripts.map(
      async (el) => (await jsonld.expand(JSON.parse(el.text) as object, { base: `http://atlas.test${path}`, documentLoader })) as Node[],
    ),
  );
}

/**
 * The types schema.org's vocabulary expects for the properties the atlas uses (their
 * ranges, narrowed to the types the atlas gives): a value of another type is an error.
 */
const ranges: Record<string, string[]> = {
  author: ['Person', 'Organization'],
  affiliation: ['Organization'],
  about: ['DefinedTerm', 'ScholarlyArticle', 'Thing'],
  spatialCoverage: ['AdministrativeArea', 'Place'],
  citation: ['CreativeWork'],
  mentions: ['Organization'],
  isPartOf: ['WebSite', 'CreativeWork'],
  publisher: ['Organization'],
  address: ['PostalAddress'],
  geo: ['GeoCoordinates'],
  areaServed: ['AdministrativeArea', 'Place'],
  member: ['Organization', 'Person'],
  funding: ['Grant'],
  subjectOf: ['CreativeWork'],
  location: ['AdministrativeArea', 'Place'],
  organizer: ['Organization', 'Person'],
  distribution: ['DataDownload'],
  creator: ['Organization', 'Person'],
};

/** Checks every nested node's type against `ranges`, depth first. */
function checkRanges(node: Node, where: string): void {
  for (const [iri, values] of Object.entries(node)) {
    if (!iri.startsWith(s) || !Array.isArray(values)) continue;
    const prop = iri.slice(s.length);
    for (const v of values as Node[]) {
      if (typeof v !== 'object' || !('@type' in v)) continue;
      const types = (v['@type'] as string[]).map((t) => t.replace(s, ''));
      if (ranges[prop]) expect(ranges[prop], `${where}: ${prop} is ${types.join()}`).toEqual(expect.arrayContaining([types[0]]));
      checkRanges(v, `${where} › ${prop}`);
    }
  }
}

const single = async (path: string, type: string): Promise<Node> => {
  const found = await blocks(path);
  expect(found, path).toHaveLength(1);
  expect(found[0], path).toHaveLength(1);
  const node = found[0]![0]!;
  expect(node['@type'], path).toEqual([`${s}${type}`]);
  checkRanges(node, path);
  return node;
};
const values = (node: Node, prop: string) => (node[`${s}${prop}`] ?? []) as Node[];
const text = (node: Node, prop: string) => (values(node, prop)[0] as { '@value'?: unknown } | undefined)?.['@value'];
const typesOf = (node: Node, prop: string) => values(node, prop).map((v) => (v['@type'] as string[])[0]!.replace(s, ''));

describe('structured data (schema.org JSON-LD)', () => {
  it('parses as JSON and as JSON-LD on every page that has it, and only on citable kinds of page', async () => {
    const withData = [];
    for (const file of htmlFiles(dist)) {
      const found = await blocks(`/${file}`);
      // The same kinds in every language: /it/cases/x/ counts as cases/*.
      if (found.length > 0) withData.push(file.replace(/^(it|fr|es|de)\//, '').replace(/\/index\.html$/, '').replace(/\/[^/]+$/, '/*'));
      for (const b of found) expect(b.length, file).toBeGreaterThan(0);
    }
    expect([...new Set(withData)].sort()).toEqual(['cases/*', 'data', 'organisations/*', 'projects/*', 'tours/*']);
  });

  it('describes a case as a ScholarlyArticle: authors, dates, topic, place, cited sources, licence', async () => {
    for (const c of content.cases) {
      const node = await single(`/cases/${c.id}/`, 'ScholarlyArticle');
      expect(node['@id'], c.id).toBe(`http://atlas.test/cases/${c.id}/`);
      expect(text(node, 'headline'), c.id).toBe(c.data['title']);
      expect(text(node, 'abstract'), c.id).toBe(c.data['summary']);
      expect(
        values(node, 'author').map((a) => text(a, 'name')),
        c.id,
      ).toEqual((c.data['authors'] as { name: string }[]).map((a) => a.name));
      expect(text(node, 'dateModified'), c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // First published: the commit that added the file (unknown in a shallow clone).
      const published = text(node, 'datePublished') as string | undefined;
      if (published) expect(published <= (text(node, 'dateModified') as string), c.id).toBe(true);
      expect(typesOf(node, 'about'), c.id).toEqual((c.data['domains'] as string[]).map(() => 'DefinedTerm'));
      expect(
        values(node, 'spatialCoverage').map((p) => p['@id']),
        c.id,
      ).toEqual((c.data['regions'] as string[]).map((r) => `http://atlas.test/regions/${r}/`));
      // The sources it cites by id, named as their records title them, each with its page.
      const cited = (c.data['sources'] as string[]).map((id) => content.sources.find((x) => x.id === id)!);
      expect(
        values(node, 'citation').map((w) => [text(w, 'name'), w['@id']]),
        c.id,
      ).toEqual(cited.map((x) => [x.data['title'], `http://atlas.test/sources/${x.id}/`]));
      expect(values(node, 'license')[0]?.['@id'], c.id).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
  });

  it('describes organisations, projects and tours (with dates where known)', async () => {
    for (const o of content.organisations)
      expect(text(await single(`/organisations/${o.id}/`, 'Organization'), 'name')).toBe(o.data['name']);
    for (const p of content.projects) {
      const node = await single(`/projects/${p.id}/`, 'Project');
      expect(text(node, 'name')).toBe(p.data['name']);
      expect(typesOf(node, 'member').length).toBeGreaterThan(0);
    }
    for (const t of content.tours) {
      const node = await single(`/tours/${t.id}/`, 'Event');
      const dates = t.data['dates'] as { start: string; end?: string } | undefined;
      expect(text(node, 'startDate'), t.id).toBe(dates?.start);
      expect(text(node, 'endDate'), t.id).toBe(dates ? (dates.end ?? dates.start) : undefined);
      expect(typesOf(node, 'location'), t.id).toEqual(['AdministrativeArea']);
    }
  });

  it('describes /data/ as a Dataset whose distribution lists every download, each an existing file', async () => {
    const node = await single('/data/', 'Dataset');
    expect(values(node, 'license')[0]?.['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
    const urls = values(node, 'distribution').map((d) => values(d, 'contentUrl')[0]!['@id'] as string);
    for (const url of urls) expect(existsSync(join(dist, new URL(url).pathname)), url).toBe(true);
    const published = readdirSync(join(dist, 'data')).filter((f) => /\.(csv|json)$/.test(f));
    expect(
      urls
        .filter((u) => !u.includes('/charts/'))
        .map((u) => u.split('/').at(-1))
        .sort(),
    ).toEqual(published.sort());
  });
});
