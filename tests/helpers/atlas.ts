import { createAtlas, type Atlas } from '../../src/lib/atlas.ts';
import type { Locale } from '../../src/i18n/config.ts';
import {
  caseSchema,
  domain,
  idRef,
  organisationSchema,
  projectSchema,
  region,
  sourceSchema,
  tourSchema,
  trailSchema,
} from '../../src/schemas/index.ts';
import type { Collections } from '../../src/lib/types.ts';

type Raw = Record<string, unknown>;

/** A synthetic case's frontmatter: valid as it stands, any field overridable. */
export function caseData(overrides: Raw = {}): Raw {
  return {
    title: 'Synthetic case',
    summary: 'A synthetic case study, generated for a unit test, with a summary long enough.',
    lang: 'en',
    regions: ['r1'],
    domains: ['health'],
    lead: 'o1',
    practiceType: 'service',
    governance: 'ngo-led',
    targetGroups: ['migrants'],
    status: 'ongoing',
    evidence: { level: 'described' },
    transferability: 'Another region would need a partner like this one.',
    sources: ['s1'],
    authors: [{ name: 'Test author' }],
    review: { status: 'draft' },
    ...overrides,
  };
}

interface Spec {
  regions?: [string, string][];
  cases?: Record<string, Raw>;
  tours?: Record<string, Raw>;
  trails?: Record<string, Raw>;
  /** The language the atlas is read in (its labels, dates and sorting); English when left out. */
  locale?: Locale;
}

/**
 * A small atlas built through the real schemas, so references have the shape the
 * site sees. Regions are [id, country]; organisations o1..o3; one project p1.
 */
export function makeAtlas(spec: Spec): Atlas {
  const regions = spec.regions ?? [
    ['r1', 'IT'],
    ['r2', 'FR'],
    ['r3', 'ES'],
  ];
  const entry = <T>(id: string, data: T) => ({ id, data });
  const collections: Collections = {
    regions: regions.map(([id, country]) =>
      entry(id, region.parse({ id, name: `Region ${id}`, country, kind: 'region', coordinates: [7, 45], languages: ['en'] })),
    ),
    domains: ['health', 'housing', 'skills'].map((id) =>
      entry(id, domain.parse({ id, name: id.toUpperCase(), description: `About ${id}.` })),
    ),
    organisations: ['o1', 'o2', 'o3'].map((id) =>
      entry(id, organisationSchema(idRef).parse({ name: `Organisation ${id}`, type: 'ngo', country: 'IT', region: 'r1' })),
    ),
    projects: [
      entry('p1', projectSchema(idRef).parse({ name: 'Project 1', lead: 'o1', partners: ['o2'], regions: ['r1'], sources: ['s1'] })),
    ],
    cases: Object.entries(spec.cases ?? {}).map(([id, raw]) => entry(id, caseSchema(idRef).parse(caseData(raw)))),
    tours: Object.entries(spec.tours ?? {}).map(([id, raw]) =>
      entry(
        id,
        tourSchema(idRef).parse({
          title: `Tour ${id}`,
          summary: 'A synthetic study tour.',
          host: 'r1',
          status: 'planned',
          objectives: ['Learn.'],
          sources: ['s1'],
          authors: [{ name: 'Test author' }],
          review: { status: 'draft' },
          ...raw,
        }),
      ),
    ),
    sources: [
      entry(
        's1',
        sourceSchema.parse({
          title: 'Synthetic source',
          lang: 'en',
          date: 'undated',
          kind: 'report',
          covers: 'A synthetic source for unit tests.',
        }),
      ),
    ],
    trails: Object.entries(spec.trails ?? {}).map(([id, raw]) =>
      entry(
        id,
        trailSchema(idRef).parse({
          title: `Trail ${id}`,
          summary: 'A synthetic transfer trail.',
          what: { kind: 'method', label: 'A method' },
          domains: ['health'],
          from: { region: 'r2' },
          to: { region: 'r1' },
          scope: 'interregional',
          stages: [{ stage: 'planned', citation: { source: 's1', at: 'Section 1' } }],
          ...raw,
        }),
      ),
    ),
  };
  return createAtlas(collections, spec.locale);
}
