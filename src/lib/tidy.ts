/**
 * The collections as tidy tables, derived from the content schemas: one table per
 * collection with one column per single value, and one table per list (regions of a case,
 * its sources, outcomes, authors, a tour's stops and the cases of each stop…), joined by
 * id and position. No cell ever holds a list or a record. The same walk over the schema
 * gives each table's Frictionless Table Schema, so data and description cannot drift; a
 * field added to a zod schema appears in the CSVs and in datapackage.json by itself.
 */
import { z } from 'astro/zod';
import { idRef, type RefFactory } from '../schemas/common.ts';
import { collections, schemasWith } from './collections.ts';
import type { CollectionName, ExportRecord, Json } from './export.ts';

/** A Frictionless Table Schema field. */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; unique?: boolean };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TidyTable {
  /** Resource name and file name (without .csv). */
  name: string;
  description: string;
  fields: TableField[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  rows: (Json | undefined)[][];
}

/** Column that holds each record's page address in the collection tables. */
export const pageColumn = 'page_url';

const singular = (name: CollectionName): string => collections[name].noun;

/** Tuples have no field names in the schema; these say what each position holds. */
const tupleNames: Record<string, string[]> = { coordinates: ['longitude', 'latitude'] };

/** A reference that keeps, in the JSON Schema, which collection it points to. */
const taggedRef: RefFactory = (collection) => idRef(collection).meta({ 'x-references': collection });

/** The collections' schemas with tagged references, as files hold them. */
const schemas: Record<CollectionName, z.ZodType> = schemasWith(taggedRef);

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  description?: string;
  'x-references'?: string;
}

const fullDatePattern = String.raw`^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$`;

/** Table Schema field for a scalar JSON Schema; patterns lose their anchors (Table Schema anchors them). */
function field(name: string, s: JsonSchema, required: boolean): TableField {
  const type: TableField['type'] =
    s.type === 'integer'
      ? 'integer'
      : s.type === 'number'
        ? 'number'
        : s.type === 'boolean'
          ? 'boolean'
          : s.pattern === fullDatePattern
            ? 'date'
            : 'string';
  const constraints: NonNullable<TableField['constraints']> = {};
  if (required) constraints.required = true;
  if (s.enum) constraints.enum = s.enum.map(String);
  if (s.pattern && type === 'string') constraints.pattern = s.pattern.replace(/^\^/, '').replace(/\$$/, '');
  return {
    name,
    type,
    ...(s.description ? { description: s.description } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

interface Column {
  field: TableField;
  path: string[];
  ref?: string | undefined;
}

interface Spec {
  name: string;
  description: string;
  /** Key columns inherited from the parent rows, then this table's own position. */
  keys: TableField[];
  /** Where the list sits in the parent record (empty for a collection table). */
  path: string[];
  /** For a list of single values: the column holding the value. */
  value?: Column;
  columns: Column[];
  parent?: { resource: string; fields: string[]; referenced: string[] };
  children: Spec[];
}

/** Splits an object schema into columns (single values, nested objects dotted) and child lists. */
function columnsOf(s: JsonSchema, prefix: string[], required: boolean, lists: [string[], JsonSchema][]): Column[] {
  const out: Column[] = [];
  for (const [key, p] of Object.entries(s.properties ?? {})) {
    const path = [...prefix, key];
    const req = required && (s.required ?? []).includes(key);
    if (p.type === 'object') out.push(...columnsOf(p, path, req, lists));
    else if (p.type === 'array' && p.prefixItems) {
      const names = tupleNames[key] ?? p.prefixItems.map((_, i) => String(i + 1));
      p.prefixItems.forEach((item, i) =>
        out.push({
          field: field([...path, names[i]!].join('.'), { ...item, description: p.description ?? '' }, req),
          path: [...path, String(i)],
        }),
      );
    } else if (p.type === 'array') lists.push([path, p]);
    else out.push({ field: field(path.join('.'), p, req), path, ref: p['x-references'] });
  }
  return out;
}

function listSpec(parent: Spec, path: string[], s: JsonSchema): Spec {
  const own = path.join('_');
  const inherited = parentKeyFields(parent);
  const keys: TableField[] = [
    ...inherited,
    { name: 'position', type: 'integer', description: `Place in the list ${own}, from 1`, constraints: { required: true } },
  ];
  const spec: Spec = {
    // Resource names are lowercase (Frictionless): targetGroups → target-groups.
    name: `${parent.name}-${path.map((k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)).join('-')}`,
    description: `${parent.description.replace(/, one row per .*$/, '')}: ${s.description ?? own}, one row per item`,
    keys,
    path,
    columns: [],
    parent: {
      resource: parent.name,
      fields: inherited.map((f) => f.name),
      // A collection table's key column is "id"; a list table's are its own keys.
      referenced: parent.path.length === 0 ? ['id'] : parent.keys.map((f) => f.name),
    },
    children: [],
  };
  const item = s.items ?? {};
  if (item.type === 'object') {
    const lists: [string[], JsonSchema][] = [];
    spec.columns = columnsOf(item, [], true, lists);
    spec.children = lists.map(([p, ls]) => listSpec(spec, p, ls));
  } else {
    const target = item['x-references'] as CollectionName | undefined;
    const valueName = target ? `${singular(target)}_id` : 'value';
    // A case's related cases: "case_id" is taken by the case the row belongs to.
    const name = keys.some((k) => k.name === valueName) ? `${own}_${valueName}` : valueName;
    spec.value = { field: field(name, item, true), path: [], ref: target };
  }
  return spec;
}

/** The columns a list row carries to point at the row it belongs to. */
function parentKeyFields(parent: Spec): TableField[] {
  if (parent.path.length === 0) return [{ ...parent.keys[0]!, constraints: { required: true } }];
  // A list inside a list item: the grandparent's keys, then the item's position, renamed.
  return parent.keys.map((k) => (k.name === 'position' ? { ...k, name: `${parent.path.join('_')}_position` } : k));
}

/** Every table of one collection, from its schema. */
function specsOf(collection: CollectionName): Spec {
  const js = z.toJSONSchema(schemas[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const lists: [string[], JsonSchema][] = [];
  const own = singular(collection);
  const columns = columnsOf(js, [], true, lists).filter((c) => c.field.name !== 'id');
  const root: Spec = {
    name: collection,
    description: `${collection[0]!.toUpperCase()}${collection.slice(1)}, one row per entry`,
    keys: [{ name: `${own}_id`, type: 'string', description: `Id of the ${own}` }],
    path: [],
    columns,
    children: [],
  };
  root.children = lists.map(([p, s]) => listSpec(root, p, s));
  return root;
}

const at = (value: unknown, path: readonly string[]): Json | undefined => {
  let v: unknown = value;
  for (const key of path) v = v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[key];
  return v as Json | undefined;
};

const flatSpecs = (spec: Spec): Spec[] => [spec, ...spec.children.flatMap(flatSpecs)];

/** Table Schema of one spec, with keys first, then (for collections) the page column. */
function toTable(spec: Spec, rows: (Json | undefined)[][]): TidyTable {
  const isRoot = spec.path.length === 0;
  const keyFields = isRoot
    ? [{ name: 'id', type: 'string' as const, description: spec.keys[0]!.description!, constraints: { required: true, unique: true } }]
    : spec.keys;
  const fields: TableField[] = [
    ...keyFields,
    ...(isRoot
      ? [
          {
            name: pageColumn,
            type: 'string' as const,
            description: "Address of the entry's page on the atlas (its path when the site has no address)",
          },
        ]
      : []),
    ...(spec.value ? [spec.value.field] : []),
    ...spec.columns.map((c) => c.field),
  ];
  const refs = [...(spec.value ? [spec.value] : []), ...spec.columns].filter((c) => c.ref);
  return {
    name: spec.name,
    description: spec.description,
    fields,
    primaryKey: keyFields.map((f) => f.name),
    foreignKeys: [
      ...(spec.parent
        ? [{ fields: spec.parent.fields, reference: { resource: spec.parent.resource, fields: spec.parent.referenced } }]
        : []),
      ...refs.map((c) => ({ fields: [c.field.name], reference: { resource: c.ref!, fields: ['id'] } })),
    ],
    rows,
  };
}

/**
 * All tables of one collection, filled from its export records (references as ids).
 * `page` gives a record's page address.
 */
export function tidyTables(collection: CollectionName, records: readonly ExportRecord[], page: (id: string) => string): TidyTable[] {
  const root = specsOf(collection);
  const rows = new Map<Spec, (Json | undefined)[][]>(flatSpecs(root).map((s) => [s, []]));
  const fill = (spec: Spec, item: unknown, keys: Json[]) => {
    for (const child of spec.children) {
      const list = at(item, child.path);
      if (!Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        const childKeys = [...keys, i + 1];
        rows.get(child)!.push([...childKeys, ...(child.value ? [entry] : []), ...child.columns.map((c) => at(entry, c.path))]);
        fill(child, entry, childKeys);
      });
    }
  };
  for (const r of records) {
    rows.get(root)!.push([r.id, page(r.id), ...root.columns.map((c) => at(r, c.path))]);
    fill(root, r, [r.id]);
  }
  return flatSpecs(root).map((s) => toTable(s, rows.get(s)!));
}
