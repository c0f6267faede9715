import type { z } from 'astro/zod';
import type { TextInfo } from './localize.ts';
import type { CollectionName, Registry } from './collections.ts';
import type { caseSchema, domain, organisationSchema, projectSchema, region, sourceSchema, tourSchema, trailSchema } from '../schemas/index.ts';

/** Frontmatter as the schemas output it: references are `{ collection, id }`. */
export type CaseData = z.output<ReturnType<typeof caseSchema>>;
export type TourData = z.output<ReturnType<typeof tourSchema>>;
export type OrganisationData = z.output<ReturnType<typeof organisationSchema>>;
export type ProjectData = z.output<ReturnType<typeof projectSchema>>;
export type RegionData = z.output<typeof region>;
export type DomainData = z.output<typeof domain>;
export type SourceData = z.output<typeof sourceSchema>;
export type TrailData = z.output<ReturnType<typeof trailSchema>>;

/** The part of an Astro collection entry the library needs, so tests can build entries by hand. */
export interface Entry<D> {
  id: string;
  data: D;
  filePath?: string | undefined;
  /** An MDX entry's body as written, where its <Cite> elements are read. */
  body?: string | undefined;
  /** Which language its text is in, once localized for a reader (src/lib/localize.ts). */
  text?: TextInfo | undefined;
}

export type CaseEntry = Entry<CaseData>;
export type TourEntry = Entry<TourData>;
export type OrganisationEntry = Entry<OrganisationData>;
export type ProjectEntry = Entry<ProjectData>;
export type RegionEntry = Entry<RegionData>;
export type DomainEntry = Entry<DomainData>;
export type SourceEntry = Entry<SourceData>;
export type TrailEntry = Entry<TrailData>;

/** Every collection of the registry (src/lib/collections.ts), as entries of its schema's output. */
export type Collections = { [K in CollectionName]: Entry<z.output<ReturnType<Registry[K]['schema']>>>[] };
