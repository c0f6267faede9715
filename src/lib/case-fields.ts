/**
 * One description per case field the site shows outside the case's own text: its label in
 * the strings, the vocabulary its values come from, whether search filters by it (and by
 * what key), and how the comparisons show it. The search facets (src/lib/facets.ts), the
 * comparisons (src/lib/compare.ts) and the facts panel read their lists from this table,
 * so a field is described once, and a language only has to word the keys named here.
 *
 * The order is the comparisons' and the search filters' (each keeps the fields it uses).
 */
import type { Atlas } from './atlas.ts';
import type { CaseEntry } from './types.ts';
import type { Strings } from '../i18n/index.ts';
import { caseCountries } from './queries.ts';
import { caseStages } from './trails.ts';
import { statusAsOf } from './status.ts';
import { vocabularyLabel, type Vocabulary } from './vocabularies.ts';

/** The keys of a group of strings whose value is text. */
type TextKeys<T, P extends string> = { [K in keyof T & string]: T[K] extends string ? `${P}.${K}` : never }[keyof T & string];
/** A label in the strings, by its path: "facts.regions", "case.outcomes". */
export type LabelKey =
  | TextKeys<Strings['facts'], 'facts'>
  | TextKeys<Strings['case'], 'case'>
  | TextKeys<Strings['search']['filterNames'], 'search.filterNames'>;

/** The text at a label key in one language's strings. */
export function labelOf(s: Strings, key: LabelKey): string {
  let node: unknown = s;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as string;
}

/** The side-by-side view's groups of fields, in order (their names are compare.side.groups in the strings). */
export const compareGroupNames = ['who', 'what', 'evidence', 'transfer'] as const;
export type CompareGroup = (typeof compareGroupNames)[number];

export interface CaseField {
  /** Its name, as the facts panel and the comparisons label it. */
  label: LabelKey;
  /** The closed vocabulary of its values, whose labels word them (src/lib/vocabularies.ts). */
  vocabulary?: Vocabulary;
  /** Its values on a case as stable ids (enum values, entry ids, codes): what search filters by. */
  ids?: (atlas: Atlas, c: CaseEntry) => string[];
  /** Search filters by it, under this key (?region=piemonte); `label` words a value not in a vocabulary. */
  facet?: { key: string; label?: (atlas: Atlas, value: string) => string };
  /**
   * The comparisons show it: in a group of the side-by-side view; in column `domainColumn`
   * of a domain's table (structured fields only); `prose` when two cases always word it
   * differently (so only the row is marked); `show` its values as text, where the
   * vocabulary's labels of its ids will not do.
   */
  compare?: { group: CompareGroup; domainColumn?: number; prose?: true; show?: (atlas: Atlas, c: CaseEntry) => string[] };
}

const name = <T extends { data: { name: string } }>(map: ReadonlyMap<string, T>, id: string) => map.get(id)?.data.name ?? id;
const text = (value: string | undefined) => (value ? [value] : []);

export const caseFields = {
  regions: {
    label: 'facts.regions',
    ids: (_, c) => c.data.regions.map((r) => r.id),
    facet: { key: 'region', label: (atlas, id) => name(atlas.regionById, id) },
    compare: { group: 'who', show: (atlas, c) => c.data.regions.map((r) => name(atlas.regionById, r.id)) },
  },
  domains: {
    label: 'facts.domains',
    ids: (_, c) => c.data.domains.map((x) => x.id),
    facet: { key: 'domain', label: (atlas, id) => name(atlas.domainById, id) },
    compare: { group: 'who', show: (atlas, c) => c.data.domains.map((x) => name(atlas.domainById, x.id)) },
  },
  // Not a field of the file: the countries of the case's regions.
  country: {
    label: 'facts.country',
    ids: (atlas, c) => caseCountries(atlas, c),
    facet: { key: 'country', label: (atlas, code) => atlas.i18n.country(code) },
  },
  project: {
    label: 'facts.project',
    compare: { group: 'who', show: (atlas, c) => (c.data.project ? [name(atlas.projectById, c.data.project.id)] : []) },
  },
  lead: {
    label: 'facts.lead',
    compare: { group: 'who', show: (atlas, c) => (c.data.lead ? [name(atlas.organisationById, c.data.lead.id)] : []) },
  },
  partners: {
    label: 'facts.partners',
    compare: { group: 'who', show: (atlas, c) => (c.data.partners ?? []).map((p) => name(atlas.organisationById, p.id)) },
  },
  practiceType: {
    label: 'facts.practiceType',
    vocabulary: 'practiceType',
    ids: (_, c) => [c.data.practiceType],
    facet: { key: 'practiceType' },
    compare: { group: 'what', domainColumn: 2 },
  },
  governance: {
    label: 'facts.governance',
    vocabulary: 'governance',
    ids: (_, c) => [c.data.governance],
    facet: { key: 'governance' },
    compare: { group: 'what', domainColumn: 1 },
  },
  targetGroups: {
    label: 'facts.targetGroups',
    vocabulary: 'targetGroups',
    ids: (_, c) => [...c.data.targetGroups],
    facet: { key: 'targetGroup' },
    compare: { group: 'what', domainColumn: 3 },
  },
  evidence: {
    label: 'facts.evidence',
    vocabulary: 'evidence',
    ids: (_, c) => [c.data.evidence.level],
    facet: { key: 'evidence' },
    compare: { group: 'evidence', domainColumn: 4 },
  },
  status: {
    label: 'facts.status',
    vocabulary: 'status',
    ids: (_, c) => [c.data.status],
    facet: { key: 'status' },
    compare: {
      group: 'evidence',
      domainColumn: 5,
      // As on the case page: what a source reported, and as of when.
      show: (atlas, c) => {
        const d = c.data;
        return [
          statusAsOf(atlas, atlas.i18n.s.labels.status[d.status], d.status === 'unknown' ? undefined : d.citations?.status, atlas.locale),
        ];
      },
    },
  },
  period: {
    label: 'facts.period',
    compare: { group: 'evidence', domainColumn: 6, show: (atlas, c) => (c.data.period ? [atlas.i18n.period(c.data.period)] : []) },
  },
  funding: {
    label: 'facts.funding',
    compare: {
      group: 'evidence',
      domainColumn: 7,
      show: (_, c) => (c.data.funding ?? []).map((f) => (f.reference ? `${f.programme} (${f.reference})` : f.programme)),
    },
  },
  outcomes: {
    label: 'case.outcomes',
    compare: {
      group: 'evidence',
      domainColumn: 8,
      show: (atlas, c) =>
        (c.data.outcomes ?? []).map((o) => `${o.indicator}${atlas.i18n.s.punctuation.colon} ${atlas.i18n.number(o.value)} ${o.unit}${o.year ? ` (${o.year})` : ''}`),
    },
  },
  transferability: { label: 'case.transferability', compare: { group: 'transfer', prose: true, show: (_, c) => [c.data.transferability] } },
  difficulties: { label: 'case.difficulties', compare: { group: 'transfer', prose: true, show: (_, c) => text(c.data.difficulties) } },
  resources: { label: 'case.resources', compare: { group: 'transfer', prose: true, show: (_, c) => text(c.data.resources) } },
  visit: {
    label: 'case.visit',
    compare: {
      group: 'transfer',
      show: (atlas, c) => {
        const { s, language } = atlas.i18n;
        const v = c.data.visit;
        return v ? [v.open ? s.case.visitOpen : s.case.visitClosed, ...(v.languages ?? []).map((l) => language(l))] : [];
      },
    },
  },
  lang: {
    label: 'facts.language',
    ids: (_, c) => [c.data.lang],
    facet: { key: 'language', label: (atlas, tag) => atlas.i18n.language(tag) },
  },
  review: {
    label: 'facts.review',
    vocabulary: 'review',
    ids: (_, c) => [c.data.review.status],
    facet: { key: 'review' },
  },
  // Not a field of the file: how far the trails naming this case (as origin or as taker-up) got.
  transferStage: {
    label: 'search.filterNames.transferStage',
    vocabulary: 'trailStage',
    ids: (atlas, c) => caseStages(atlas, c.id),
    facet: { key: 'transferStage' },
  },
} as const satisfies Record<string, CaseField>;

export type CaseFieldName = keyof typeof caseFields;
type Fields = typeof caseFields;

/** Every field described, in the table's order. */
export const caseFieldNames = Object.keys(caseFields) as CaseFieldName[];
const field = (key: CaseFieldName): CaseField => caseFields[key];

/** The search filter keys of the fields search filters by, in order. */
export type CaseFacetKey = { [K in CaseFieldName]: Fields[K] extends { facet: { key: infer F } } ? F : never }[CaseFieldName];
/** The fields the comparisons show. */
export type CompareField = { [K in CaseFieldName]: Fields[K] extends { compare: object } ? K : never }[CaseFieldName];

/** The fields search filters by, as [field, filter key], in the table's order. */
export const facetFields = caseFieldNames.flatMap((key) => {
  const facet = field(key).facet;
  return facet ? [[key, facet.key as CaseFacetKey] as const] : [];
});

/** A case's ids for one field (empty for a field with none). */
export const fieldIds = (atlas: Atlas, c: CaseEntry, key: CaseFieldName): string[] => field(key).ids?.(atlas, c) ?? [];

/** A field's name in one language. */
export const fieldLabel = (s: Strings, key: CaseFieldName): string => labelOf(s, field(key).label);

/** A case's value of a compared field as display text, in the atlas's language; empty when it does not state it. */
export function fieldDisplay(atlas: Atlas, c: CaseEntry, key: CompareField): string[] {
  const { vocabulary, compare } = field(key);
  if (compare?.show) return compare.show(atlas, c);
  return fieldIds(atlas, c, key).map((id) => (vocabulary ? (vocabularyLabel(atlas.i18n.s, vocabulary, id) ?? id) : id));
}
