/**
 * The atlas's collections, in one place: where each one's files are, the schema they are
 * checked against, its translations, its pages and how it is published. Astro's loaders
 * (src/content.config.ts), the file set (src/lib/content-files.ts), the content check,
 * the exports, the JSON Schemas, the content model document and `npm run new` all read
 * this table, so a new collection is one entry here and its schema.
 *
 * The order is the content model's: the lists everything refers to, then one file per entry.
 */
import type { z } from 'astro/zod';
import type { RefFactory } from '../schemas/common.ts';
import { caseSchema, domain, organisationSchema, projectSchema, region, sourceSchema, tourSchema, trailSchema } from '../schemas/index.ts';
import {
  caseTranslation,
  domainTranslation,
  organisationTranslation,
  projectTranslation,
  regionTranslation,
  tourTranslation,
} from '../schemas/translation.ts';
import type { Paths } from './paths.ts';

/** One file per entry in a folder named after the collection, or one list file holding every entry. */
export type Storage = { ext: '.yaml' | '.mdx' } | { file: string };

export interface CollectionSpec {
  /** One entry, in the words of messages and references: "unknown case", "case id". */
  noun: string;
  /** What one entry is, for editors' schema titles: "case study". */
  what: string;
  storage: Storage;
  /** The entry schema, given how references are read (Astro's, the check's, plain ids). */
  schema: (ref: RefFactory) => z.ZodObject;
  /** Its translations' schema (src/schemas/translation.ts), when its text can be translated. */
  translation?: z.ZodObject;
  /** The address of an entry's page (or of the row that shows it). */
  page: (paths: Paths) => (id: string) => string;
  /** The folders of src/pages/ whose dynamic route takes its ids: a static page there reserves its name. */
  routes: readonly string[];
  /** Its place on the data page and in the data package (cases first: the atlas is about them). */
  dataPage: number;
  /** What docs/content-model.md says above its field table, and above its translations'. */
  docs: { lead: string; translation?: string };
}

export const collections = {
  regions: {
    noun: 'region',
    what: 'regions',
    storage: { file: 'regions.yaml' },
    schema: () => region,
    translation: regionTranslation,
    page: (p) => p.region,
    routes: ['regions'],
    dataPage: 1,
    docs: {
      lead: 'A list; each entry has these fields.',
      translation: 'A list; each item translates the entry of regions.yaml with the same id.',
    },
  },
  domains: {
    noun: 'domain',
    what: 'domains',
    storage: { file: 'domains.yaml' },
    schema: () => domain,
    translation: domainTranslation,
    page: (p) => p.domain,
    routes: ['domains', 'compare'],
    dataPage: 2,
    docs: {
      lead: 'A list; each entry has these fields.',
      translation: 'A list; each item translates the entry of domains.yaml with the same id.',
    },
  },
  sources: {
    noun: 'source',
    what: 'source document',
    storage: { ext: '.yaml' },
    schema: () => sourceSchema,
    page: (p) => p.source,
    routes: ['sources'],
    dataPage: 6,
    docs: { lead: 'One source document per file; the id is the file name, and pages cite it by that id.' },
  },
  organisations: {
    noun: 'organisation',
    what: 'organisation',
    storage: { ext: '.yaml' },
    schema: organisationSchema,
    translation: organisationTranslation,
    page: (p) => p.organisation,
    routes: ['organisations'],
    dataPage: 3,
    docs: { lead: 'One organisation per file; the id is the file name.', translation: "A translation of an organisation's description." },
  },
  projects: {
    noun: 'project',
    what: 'project',
    storage: { ext: '.yaml' },
    schema: projectSchema,
    translation: projectTranslation,
    page: (p) => p.project,
    routes: ['projects'],
    dataPage: 4,
    docs: { lead: 'One funded project or programme per file.', translation: "A translation of a project's description." },
  },
  cases: {
    noun: 'case',
    what: 'case study',
    storage: { ext: '.mdx' },
    schema: caseSchema,
    translation: caseTranslation,
    page: (p) => p.case,
    routes: ['cases'],
    dataPage: 0,
    docs: {
      lead: 'The frontmatter of a case study; the body follows it.',
      translation:
        "A translation of a case study: its text only (every fact is the original's), beside the original; `<lang>` is an interface language other than the original's. Lists have the original's length and order; a translated body keeps every `<Cite>` of the original, unchanged and in order.",
    },
  },
  tours: {
    noun: 'tour',
    what: 'study tour',
    storage: { ext: '.mdx' },
    schema: tourSchema,
    translation: tourTranslation,
    page: (p) => p.tour,
    routes: ['tours'],
    dataPage: 5,
    docs: {
      lead: 'The frontmatter of a study tour; the body holds the programme narrative.',
      translation: 'A translation of a study tour, as for cases.',
    },
  },
  trails: {
    noun: 'trail',
    what: 'transfer trail',
    storage: { ext: '.yaml' },
    schema: trailSchema,
    // A trail has no page of its own: it is a row of /transfers/.
    page: (p) => p.trail,
    routes: [],
    dataPage: 7,
    docs: { lead: 'One transfer trail per file: what travelled, from where to where, through what, and each stage a source reports.' },
  },
} as const satisfies Record<string, CollectionSpec>;

export type Registry = typeof collections;
export type CollectionName = keyof Registry;
/** Collections kept as one file per entry, in a folder of their name. */
export type EntryCollection = { [K in CollectionName]: Registry[K]['storage'] extends { ext: string } ? K : never }[CollectionName];
/** Collections kept as one list file each. */
export type ListCollection = Exclude<CollectionName, EntryCollection>;
/** Collections whose entries can be translated. */
export type TranslatableCollection = {
  [K in CollectionName]: Registry[K] extends { translation: z.ZodObject } ? K : never;
}[CollectionName];

const names = Object.keys(collections) as CollectionName[];
const spec = (name: CollectionName): CollectionSpec => collections[name];

/** Every collection, in the registry's order. */
export const allCollections: readonly CollectionName[] = names;
/** Every collection in the order the data page and the data package list them. */
export const publishedCollections: readonly CollectionName[] = [...names].sort((a, b) => spec(a).dataPage - spec(b).dataPage);
export const entryCollectionNames = names.filter((n) => 'ext' in spec(n).storage) as EntryCollection[];
export const listCollectionNames = names.filter((n) => 'file' in spec(n).storage) as ListCollection[];
export const translatableNames = names.filter((n) => spec(n).translation !== undefined) as TranslatableCollection[];

/** "cases" → ".mdx": the extension of one collection's entry files. */
export const entryExt = (name: EntryCollection): '.yaml' | '.mdx' => (collections[name].storage as { ext: '.yaml' | '.mdx' }).ext;
/** "regions" → "regions.yaml". */
export const listFile = (name: ListCollection): string => (collections[name].storage as { file: string }).file;
/** Where a collection's files are, as the check's messages name it: "cases/" or "regions.yaml". */
export const whereStored = (name: CollectionName): string => {
  const storage = spec(name).storage;
  return 'file' in storage ? storage.file : `${name}/`;
};
/** Each collection's schema with references read by `ref`, by name. */
export const schemasWith = (ref: RefFactory): Record<CollectionName, z.ZodObject> =>
  Object.fromEntries(names.map((n) => [n, spec(n).schema(ref)])) as Record<CollectionName, z.ZodObject>;
/** Astro's collection of a collection's translations: "cases" → "caseTranslations". */
export const translationCollection = <N extends TranslatableCollection>(name: N) =>
  `${collections[name].noun}Translations` as `${Registry[N]['noun']}Translations`;
