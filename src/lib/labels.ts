/**
 * labels.csv and labels.json: every label the exports leave as an id (regions, domains,
 * countries, languages and every closed vocabulary), in every interface language, so a
 * chart or table built from the CSV files can be labelled in any of them. The language
 * columns follow src/i18n/config.ts: a sixth language adds a column by itself.
 */
import { i18nFor } from '../i18n/context.ts';
import { locales, type Locale } from '../i18n/config.ts';
import { vocabularies } from './vocabularies.ts';
import type { Atlas } from './atlas.ts';
import { allCollections } from './collections.ts';
import type { Json } from './export.ts';
import type { TidyTable } from './tidy.ts';

/**
 * Each label group of the strings files with the vocabulary it labels (src/lib/vocabularies.ts):
 * the rows come from the vocabulary, so a value without a label is an empty cell a test
 * finds, not a row that silently is not there.
 */
export const enumFields = vocabularies;

/** The `field` column's values, in the file's order. */
export const labelFieldNames = ['region', 'domain', 'country', 'language', ...Object.keys(enumFields)] as const;

export interface LabelRow {
  field: (typeof labelFieldNames)[number];
  id: string;
  labels: Record<Locale, string>;
}

/** Every value of `key` anywhere in an entry's data: "lang": "it", "languages": ["fr", "en"]. */
function valuesOf(value: unknown, keys: readonly string[], found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) valuesOf(v, keys, found);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if (!keys.includes(k)) valuesOf(v, keys, found);
    else if (typeof v === 'string') found.add(v);
    else if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'string') found.add(x);
    }
  }
}

/** The codes the data uses for `keys`, sorted as codes (the file is keyed by them). */
function codesIn(atlas: Atlas, keys: readonly string[], extra: readonly string[] = []): string[] {
  const found = new Set<string>(extra);
  for (const name of allCollections) for (const e of atlas[name]) valuesOf(e.data, keys, found);
  return [...found].sort();
}

/**
 * The rows, from each language's atlas (a region's name as its translation gives it, the
 * original's where none does, so no cell is empty) and each language's strings.
 */
export function labelRows(atlases: Readonly<Record<Locale, Atlas>>): LabelRow[] {
  const original = atlases[locales[0]!];
  const each = (label: (locale: Locale) => string) => Object.fromEntries(locales.map((l) => [l, label(l)])) as Record<Locale, string>;
  const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    ...byId(original.regions).map((r) => ({
      field: 'region' as const,
      id: r.id,
      labels: each((l) => atlases[l].regionById.get(r.id)?.data.name ?? r.data.name),
    })),
    ...byId(original.domains).map((d) => ({
      field: 'domain' as const,
      id: d.id,
      labels: each((l) => atlases[l].domainById.get(d.id)?.data.name ?? d.data.name),
    })),
    ...codesIn(original, ['country']).map((code) => ({
      field: 'country' as const,
      id: code,
      labels: each((l) => i18nFor(l).country(code)),
    })),
    // The interface languages too: every translation is in one of them.
    ...codesIn(original, ['lang', 'languages'], locales).map((tag) => ({
      field: 'language' as const,
      id: tag,
      labels: each((l) => i18nFor(l).language(tag)),
    })),
    ...(Object.entries(enumFields) as [keyof typeof enumFields, readonly string[]][]).flatMap(([field, values]) =>
      values.map((id) => ({ field, id, labels: each((l) => (i18nFor(l).s.labels[field] as Record<string, string>)[id] ?? '') })),
    ),
  ];
}

/** labels.csv as a tidy table, so the data package describes and validates it like the others. */
export function labelsTable(rows: readonly LabelRow[]): TidyTable {
  return {
    name: 'labels',
    description:
      'Labels of every region, domain, country, language and closed-vocabulary value in every interface language, one row per value, keyed by field and id as the other files give them.',
    fields: [
      {
        name: 'field',
        type: 'string',
        description: 'The field the value belongs to (region, domain, country, language, or the name of a vocabulary such as practiceType)',
        constraints: { required: true, enum: [...labelFieldNames] },
      },
      {
        name: 'id',
        type: 'string',
        description: 'The value as the other files give it: an id, an ISO 3166 country code or a BCP 47 language tag',
        constraints: { required: true },
      },
      ...locales.map((l) => ({
        name: l,
        type: 'string' as const,
        description: `Label in ${i18nFor(locales[0]).language(l)} (${l})`,
        constraints: { required: true },
      })),
    ],
    primaryKey: ['field', 'id'],
    foreignKeys: [],
    rows: rows.map((r) => [r.field, r.id, ...locales.map((l) => r.labels[l])]),
  };
}

/** labels.json: field → id → language → label, the shape a script labelling a chart looks a value up in. */
export function labelsJson(rows: readonly LabelRow[]): Json {
  const fields: Record<string, Record<string, Record<string, string>>> = {};
  for (const r of rows) (fields[r.field] ??= {})[r.id] = { ...r.labels };
  return { languages: [...locales], fields };
}
