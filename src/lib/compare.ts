import type { Atlas } from './atlas.ts';
import { listed } from './queries.ts';
import type { CaseEntry, RegionEntry } from './types.ts';
import type { Strings } from '../i18n/index.ts';
import { fieldLang } from './localize.ts';
import { statusAsOf } from './status.ts';

/** The fields two cases are compared on, in the order the side-by-side view lists them. */
export const compareFields = [
  'regions',
  'domains',
  'project',
  'lead',
  'partners',
  'practiceType',
  'governance',
  'targetGroups',
  'evidence',
  'status',
  'period',
  'funding',
  'outcomes',
  'transferability',
  'difficulties',
  'resources',
  'visit',
] as const;
export type CompareField = (typeof compareFields)[number];

/** The side-by-side view's groups of fields, in order; every compared field is in one. */
export const compareGroups = {
  who: ['regions', 'domains', 'project', 'lead', 'partners'],
  what: ['practiceType', 'governance', 'targetGroups'],
  evidence: ['evidence', 'status', 'period', 'funding', 'outcomes'],
  transfer: ['transferability', 'difficulties', 'resources', 'visit'],
} as const satisfies Record<string, readonly CompareField[]>;
export type CompareGroup = keyof typeof compareGroups;

/** What the domain comparison table shows for each case: the structured fields. */
export const domainTableFields = [
  'governance',
  'practiceType',
  'targetGroups',
  'evidence',
  'status',
  'period',
  'funding',
  'outcomes',
] as const;

export function fieldNames(s: Strings): Record<CompareField, string> {
  const f = s.facts;
  return {
    regions: f.regions,
    domains: f.domains,
    project: f.project,
    lead: f.lead,
    partners: f.partners,
    practiceType: f.practiceType,
    governance: f.governance,
    targetGroups: f.targetGroups,
    evidence: f.evidence,
    status: f.status,
    period: f.period,
    funding: f.funding,
    outcomes: s.case.outcomes,
    transferability: s.case.transferability,
    difficulties: s.case.difficulties,
    resources: s.case.resources,
    visit: s.case.visit,
  };
}

/**
 * A case's value for each compared field, as display text; an empty list means the
 * case does not state it. Lists stay lists so a comparison can tell shared items apart.
 */
export function caseFieldValues(atlas: Atlas, c: CaseEntry): Record<CompareField, string[]> {
  // Labels, dates and numbers in the atlas's language: the one its entries' text is shown in.
  const loc = atlas.i18n;
  const s = loc.s;
  const d = c.data;
  const org = (id: string) => {
    const o = atlas.organisationById.get(id)?.data;
    return o ? o.name : id;
  };
  const text = (value: string | undefined) => (value ? [value] : []);
  return {
    regions: d.regions.map((r) => atlas.regionById.get(r.id)?.data.name ?? r.id),
    domains: d.domains.map((x) => atlas.domainById.get(x.id)?.data.name ?? x.id),
    project: d.project ? [atlas.projectById.get(d.project.id)?.data.name ?? d.project.id] : [],
    lead: d.lead ? [org(d.lead.id)] : [],
    partners: (d.partners ?? []).map((p) => org(p.id)),
    practiceType: [s.labels.practiceType[d.practiceType]],
    governance: [s.labels.governance[d.governance]],
    targetGroups: d.targetGroups.map((g) => s.labels.targetGroups[g]),
    evidence: [s.labels.evidence[d.evidence.level]],
    // As on the case page: what a source reported, and as of when.
    status: [statusAsOf(atlas, s.labels.status[d.status], d.status === 'unknown' ? undefined : d.citations?.status, atlas.locale)],
    period: d.period ? [loc.period(d.period)] : [],
    funding: (d.funding ?? []).map((f) => (f.reference ? `${f.programme} (${f.reference})` : f.programme)),
    outcomes: (d.outcomes ?? []).map((o) => `${o.indicator}${s.punctuation.colon} ${loc.number(o.value)} ${o.unit}${o.year ? ` (${o.year})` : ''}`),
    transferability: [d.transferability],
    difficulties: text(d.difficulties),
    resources: text(d.resources),
    visit: d.visit ? [d.visit.open ? s.case.visitOpen : s.case.visitClosed, ...(d.visit.languages ?? []).map((l) => loc.language(l))] : [],
  };
}

/**
 * The language of each compared field a case states in its own words (its outcomes, free
 * text) when that is not the atlas's: an untranslated original, which the page marks with `lang`.
 * Labels, names and numbers are the atlas's and need no mark.
 */
export function caseFieldLangs(atlas: Atlas, c: CaseEntry): Partial<Record<CompareField, string>> {
  const out: Partial<Record<CompareField, string>> = {};
  for (const field of ['outcomes', 'transferability', 'difficulties', 'resources'] as const) {
    const lang = fieldLang(c, field);
    if (lang && lang !== atlas.locale) out[field] = lang;
  }
  return out;
}

/** Free text: two cases always word it differently, so only the row is marked, not the text. */
const proseFields: readonly CompareField[] = ['transferability', 'difficulties', 'resources'];

export interface SideBySideData {
  groups: { key: CompareGroup; label: string }[];
  fields: { key: CompareField; label: string; group: CompareGroup; prose?: true }[];
  /** `lang`: the language the title is in, when no translation gives it in the atlas's (the page marks it). */
  cases: {
    id: string;
    title: string;
    lang?: string;
    url: string;
    fields: Record<CompareField, string[]>;
    /** Fields in another language than the atlas's (caseFieldLangs). */
    langs: Partial<Record<CompareField, string>>;
  }[];
}

/** What the side-by-side view loads: every case, its fields already as display text in the atlas's language. */
export function sideBySideData(atlas: Atlas, caseUrl: (id: string) => string): SideBySideData {
  const s = atlas.i18n.s;
  const names = fieldNames(s);
  const groups = Object.keys(compareGroups) as CompareGroup[];
  const groupOf = (key: CompareField) => groups.find((g) => (compareGroups[g] as readonly CompareField[]).includes(key))!;
  return {
    groups: groups.map((key) => ({ key, label: s.compare.side.groups[key] })),
    // In group order, so each group's rows come together.
    fields: groups.flatMap((g) =>
      compareFields
        .filter((key) => groupOf(key) === g)
        .map((key) => ({ key, label: names[key], group: g, ...(proseFields.includes(key) ? { prose: true as const } : {}) })),
    ),
    cases: [...atlas.cases]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((c) => {
        const lang = fieldLang(c, 'title');
        return {
          id: c.id,
          title: c.data.title,
          ...(lang && lang !== atlas.locale ? { lang } : {}),
          url: caseUrl(c.id),
          fields: caseFieldValues(atlas, c),
          langs: caseFieldLangs(atlas, c),
        };
      }),
  };
}

/** A domain's cases under every region, regions without one included so the page can name them. */
export function domainByRegion(
  atlas: Atlas,
  domain: string,
  keep: (c: CaseEntry) => boolean = () => true,
): { region: RegionEntry; cases: CaseEntry[] }[] {
  const cases = listed(atlas.casesByDomain, domain).filter(keep);
  return atlas.regions.map((region) => ({ region, cases: cases.filter((c) => c.data.regions.some((r) => r.id === region.id)) }));
}
