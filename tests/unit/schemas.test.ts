import { describe, expect, it } from 'vitest';
import { caseSchema, domain, idRef, organisationSchema, projectSchema, region, tourSchema } from '../../src/schemas/index.ts';
import { makeCase, makeDomain, makeOrganisation, makeProject, makeRegion, makeSource, makeTour } from '../helpers/factories.ts';

type Schema = { safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } } };

/** The failing paths as `a.b[0]`-style strings with their issue codes, for compact assertions. */
function failures(schema: Schema, data: unknown): string[] {
  const result = schema.safeParse(data);
  return (result.error?.issues ?? []).map((i) => `${i.path.map(String).join('.')}:${i.code}`);
}

const cases = caseSchema(idRef);
const tours = tourSchema(idRef);
const organisations = organisationSchema(idRef);
const projects = projectSchema(idRef);

describe('region', () => {
  it('accepts a complete entry', () => expect(failures(region, makeRegion({ localName: 'Nord', nuts: 'ITC1' }))).toEqual([]));
  it('refuses an unknown kind', () => expect(failures(region, makeRegion({ kind: 'town' }))).toEqual(['kind:invalid_value']));
  it('refuses a lowercase country code', () => expect(failures(region, makeRegion({ country: 'it' }))).toEqual(['country:invalid_format']));
  it('refuses coordinates off the globe', () => expect(failures(region, makeRegion({ coordinates: [200, 45] }))).toEqual(['coordinates.0:too_big']));
  it('refuses an id that is not kebab-case', () => expect(failures(region, makeRegion({ id: 'North Region' }))).toEqual(['id:invalid_format']));
  it('refuses fields it does not know', () => expect(failures(region, makeRegion({ population: 3 }))).toEqual([':unrecognized_keys']));
  it('requires languages', () => expect(failures(region, makeRegion({ languages: [] }))).toEqual(['languages:too_small']));
});

describe('domain', () => {
  it('accepts a complete entry', () => expect(failures(domain, makeDomain())).toEqual([]));
  it('refuses a description too short to say anything', () => expect(failures(domain, makeDomain({ description: 'Care' }))).toEqual(['description:too_small']));
});

describe('organisation', () => {
  it('accepts a complete entry and turns the region into a reference', () => {
    const result = organisations.safeParse(makeOrganisation({ url: 'https://example.org' }));
    expect(result.success).toBe(true);
    expect(result.data?.region).toEqual({ collection: 'regions', id: 'north' });
  });
  it('refuses an unknown type', () => expect(failures(organisations, makeOrganisation({ type: 'charity' }))).toEqual(['type:invalid_value']));
  it('refuses a javascript: address', () => expect(failures(organisations, makeOrganisation({ url: 'javascript:alert(1)' }))).toEqual(['url:invalid_format']));
  it('requires a name', () => expect(failures(organisations, makeOrganisation({ name: undefined }))).toEqual(['name:invalid_type']));
});

describe('project', () => {
  it('accepts a complete entry', () =>
    expect(failures(projects, makeProject({ partners: ['other'], funding: [{ programme: 'AMIF' }], period: { start: '2019', end: '2021-06' }, description: 'What it did.' }))).toEqual([]));
  it('needs at least one region', () => expect(failures(projects, makeProject({ regions: [] }))).toEqual(['regions:too_small']));
  it('needs at least one source', () => expect(failures(projects, makeProject({ sources: [] }))).toEqual(['sources:too_small']));
  it('refuses a period that ends before it starts', () =>
    expect(failures(projects, makeProject({ period: { start: '2021', end: '2019' } }))).toEqual(['period.end:custom']));
});

describe('case', () => {
  it('accepts the generated case', () => expect(failures(cases, makeCase())).toEqual([]));
  it('accepts every optional field', () =>
    expect(
      failures(
        cases,
        makeCase({
          project: 'synthetic',
          partners: ['other'],
          period: { start: '2019-03' },
          funding: [{ programme: 'AMIF', reference: 'X-1' }],
          outcomes: [{ indicator: 'people supported', value: 120, unit: 'people', year: 2020, source: 'report', at: 'Table 2', excerpt: 'We supported 120 people.', translation: 'We supported 120 people.' }],
          evidence: { level: 'monitored', note: 'Counts.' },
          difficulties: 'Turnover.',
          resources: 'Two staff.',
          visit: { open: true, languages: ['it'], contact: 'coop', notes: 'Weekdays.' },
          questions: ['Who pays for it?'],
          authors: [{ name: 'Synthetic Author', affiliation: 'Uni', orcid: '0000-0002-1825-0097' }],
          review: { status: 'reviewed', by: 'Reviewer', date: '2024-06-01' },
          related: ['second'],
        }),
      ),
    ).toEqual([]));
  it('reads unquoted YAML dates and years back as text', () => {
    const result = cases.safeParse(makeCase({ period: { start: 2019, end: new Date('2021-06-30') } }));
    expect(result.data?.period).toEqual({ start: '2019', end: '2021-06-30' });
  });
  it('refuses a summary under 40 characters', () => expect(failures(cases, makeCase({ summary: 'Too short.' }))).toEqual(['summary:too_small']));
  it('refuses a title over 120 characters', () => expect(failures(cases, makeCase({ title: 'x'.repeat(121) }))).toEqual(['title:too_big']));
  it('refuses an unknown practice type', () => expect(failures(cases, makeCase({ practiceType: 'servise' }))).toEqual(['practiceType:invalid_value']));
  it('refuses an unknown target group inside the list', () =>
    expect(failures(cases, makeCase({ targetGroups: ['migrants', 'elderly'] }))).toEqual(['targetGroups.1:invalid_value']));
  it('needs at least one region, domain, source and author', () =>
    expect(failures(cases, makeCase({ regions: [], domains: [], sources: [], authors: [] }))).toEqual([
      'regions:too_small',
      'domains:too_small',
      'sources:too_small',
      'authors:too_small',
    ]));
  it('refuses an outcome whose value is not a number', () =>
    expect(failures(cases, makeCase({ outcomes: [{ indicator: 'people', value: 'many', unit: 'people', source: 'report', at: 'Table 2' }] }))).toEqual([
      'outcomes.0.value:invalid_type',
    ]));
  it('refuses a malformed ORCID iD', () => expect(failures(cases, makeCase({ authors: [{ name: 'Au', orcid: '1234' }] }))).toEqual(['authors.0.orcid:invalid_format']));
  it('refuses a source given as anything but an id', () => expect(failures(cases, makeCase({ sources: [makeSource()] }))).toEqual(['sources.0:invalid_type']));
  it('refuses an excerpt of more than one sentence', () =>
    expect(failures(cases, makeCase({ citations: { lead: [{ source: 'report', at: 'Intro', excerpt: 'It runs a desk. It also trains staff.' }] } }))).toEqual([
      'citations.lead.0.excerpt:custom',
    ]));
  it('accepts a one-sentence excerpt with initials and acronyms in it', () =>
    expect(failures(cases, makeCase({ citations: { lead: [{ source: 'report', at: 'Intro', excerpt: 'D.I.S.CO.R.S.I. Migranti ha preso avvio il 15 maggio 2017.' }] } }))).toEqual([]));
  it('refuses a status citation without its as-of date', () =>
    expect(failures(cases, makeCase({ citations: { status: { source: 'report', at: 'Intro' } } }))).toEqual(['citations.status.asOf:invalid_type']));
  it('refuses a reference that is not an id', () => expect(failures(cases, makeCase({ lead: 'Synthetic Coop' }))).toEqual(['lead:invalid_format']));
  it('reports every missing required field at once', () => {
    const missing = failures(cases, {});
    expect(missing).toContain('title:invalid_type');
    expect(missing).toContain('review:invalid_type');
    expect(missing.length).toBe(14);
  });
});

describe('tour', () => {
  it('accepts the generated tour', () => expect(failures(tours, makeTour())).toEqual([]));
  it('accepts dates, times and logistics', () =>
    expect(
      failures(
        tours,
        makeTour({
          dates: { start: '2026-05-11', end: '2026-05-12' },
          stops: [{ organisation: 'coop', topic: 'Desk', day: '2026-05-11', time: '09:30', address: 'Street 1' }],
          reading: ['first'],
          logistics: { languages: ['en'], interpretation: true, notes: 'Bring ID.' },
          sources: ['report'],
        }),
      ),
    ).toEqual([]));
  it('accepts a tour no source gives a programme for, with suggestions instead', () =>
    expect(failures(tours, makeTour({ stops: undefined, suggestions: [{ organisation: 'coop', why: 'Named by the report as a reference.' }] }))).toEqual([]));
  it('needs sources', () => expect(failures(tours, makeTour({ sources: [] }))).toEqual(['sources:too_small']));
  it('refuses a stop time that is not HH:MM', () =>
    expect(failures(tours, makeTour({ stops: [{ organisation: 'coop', topic: 'Desk', time: '9.30' }] }))).toEqual(['stops.0.time:invalid_format']));
  it('refuses a stop without an organisation', () => expect(failures(tours, makeTour({ stops: [{ topic: 'Desk' }] }))).toEqual(['stops.0.organisation:invalid_type']));
  it('refuses dates that end before they start', () =>
    expect(failures(tours, makeTour({ dates: { start: '2026-05-12', end: '2026-05-11' } }))).toEqual(['dates.end:custom']));
  it('refuses an unknown status', () => expect(failures(tours, makeTour({ status: 'done' }))).toEqual(['status:invalid_value']));
});
