import type { Atlas } from './atlas.ts';
import { listed } from './queries.ts';
import type { CaseEntry, RegionEntry } from './types.ts';
import type { Strings } from '../i18n/index.ts';
import { fieldLang } from './localize.ts';
import {
  caseFieldNames,
  caseFields,
  compareGroupNames,
  fieldDisplay,
  fieldLabel,
  type CaseField,
  type CompareField,
  type CompareGroup,
} from './case-fields.ts';

/** The fields two cases are compared on, in the order the side-by-side view lists them (src/lib/case-fields.ts). */
export const compareFields: readonly CompareField[] = caseFieldNames.filter((key): key is CompareField => 'compare' in caseFields[key]);
export type { CompareField, CompareGroup };
const compareOf = (key: CompareField): NonNullable<CaseField['compare']> => (caseFields[key] as CaseField).compare!;

/** The side-by-side view's groups of fields, in order; every compared field is in one. */
export const compareGroups: Readonly<Record<CompareGroup, readonly CompareField[]>> = Object.fromEntries(
  compareGroupNames.map((g) => [g, compareFields.filter((key) => compareOf(key).group === g)]),
) as Record<CompareGroup, CompareField[]>;

/** What the domain comparison table shows for each case, column by column: the structured fields. */
export const domainTableFields: readonly CompareField[] = compareFields
  .filter((key) => compareOf(key).domainColumn !== undefined)
  .sort((a, b) => compareOf(a).domainColumn! - compareOf(b).domainColumn!);

export function fieldNames(s: Strings): Record<CompareField, string> {
  return Object.fromEntries(compareFields.map((key) => [key, fieldLabel(s, key)])) as Record<CompareField, string>;
}

/**
 * A case's value for each compared field, as display text; an empty list means the
 * case does not state it. Lists stay lists so a comparison can tell shared items apart.
 * Labels, dates and numbers are in the atlas's language: the one its entries' text is shown in.
 */
export function caseFieldValues(atlas: Atlas, c: CaseEntry): Record<CompareField, string[]> {
  return Object.fromEntries(compareFields.map((key) => [key, fieldDisplay(atlas, c, key)])) as Record<CompareField, string[]>;
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
const proseFields: readonly CompareField[] = compareFields.filter((key) => compareOf(key).prose);

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
