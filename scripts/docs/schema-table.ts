/**
 * A zod object schema as documentation rows: field path, type in words, required,
 * description. Read from the schema definitions so the docs cannot drift from them.
 */
import { z } from 'astro/zod';
import { idRef, type RefFactory } from '../../src/schemas/common.ts';
import { collections, type CollectionName } from '../../src/lib/collections.ts';
import { defOf, unwrap } from '../check/zod-walk.ts';

type AnySchema = z.core.$ZodType;

export interface Row {
  field: string;
  type: string;
  required: boolean;
  description: string;
}

/** Schemas documented once, in their own section, and linked from where they are used. */
export type SharedShapes = Map<AnySchema, string>;

// References are pipes into a transform; marking the transform identifies them even
// after .describe()/.optional() have cloned the pipe around it.
const refTargets = new Map<unknown, string>();
export const docRef: RefFactory = (collection) => {
  const schema = idRef(collection);
  refTargets.set(defOf(schema).out, collection);
  return schema;
};

const singular = (collection: string) => (collection in collections ? collections[collection as CollectionName].noun : collection);

/** The description nearest the field: on a wrapper (`.optional().describe()`) or inside it. */
function describe(schema: AnySchema): string {
  let current: AnySchema | undefined = schema;
  while (current) {
    const meta = z.globalRegistry.get(current);
    if (meta?.description) return meta.description;
    const def = defOf(current);
    current = def.innerType ?? (def.type === 'pipe' ? (defOf(def.in!).type === 'transform' ? def.out : def.in) : undefined);
  }
  return '';
}

function refOf(schema: AnySchema): string | undefined {
  let current: AnySchema | undefined = schema;
  while (current) {
    const def = defOf(current);
    if (def.type === 'pipe' && refTargets.has(def.out)) return refTargets.get(def.out);
    current = def.innerType;
  }
  return undefined;
}

type Check = { check: string; minimum?: number; maximum?: number; value?: number; format?: string; error?: (issue: object) => unknown };
const checksOf = (schema: AnySchema): Check[] =>
  ((defOf(schema) as { checks?: { _zod: { def: Check } }[] }).checks ?? []).map((c) => c._zod.def);

/** "40–400 characters", "at least 1 entry", "at most 120 characters", or "". */
function range(min: number | undefined, max: number | undefined, unit?: [string, string]): string {
  const units = (n: number) => (unit ? ` ${unit[n === 1 ? 0 : 1]}` : '');
  if (min !== undefined && max !== undefined) return `${min}–${max}${units(max)}`;
  if (min !== undefined) return `at least ${min}${units(min)}`;
  return max !== undefined ? `at most ${max}${units(max)}` : '';
}

/** The custom message of a format rule ("must be a date as YYYY-MM-DD") names the form in words. */
function formatWords(schema: AnySchema): string | undefined {
  const own = defOf(schema) as { format?: string; error?: (issue: object) => unknown };
  const rule = own.format ? own : checksOf(schema).find((c) => c.check === 'string_format');
  const message = rule?.error?.({});
  return typeof message === 'string' ? message.replace(/^must be /, '') : undefined;
}

/** The type of a value, in words, with links to shared shapes and referenced collections. */
export function typeOf(schema: AnySchema, shared: SharedShapes): string {
  const ref = refOf(schema);
  if (ref) return `${singular(ref)} id (→ ${ref})`;
  const inner = unwrap(schema);
  const name = shared.get(inner);
  if (name) return `[${name}](#${name})`;
  const def = defOf(inner);
  const checks = checksOf(inner);
  const min = checks.find((c) => c.check === 'min_length' || c.check === 'greater_than');
  const max = checks.find((c) => c.check === 'max_length' || c.check === 'less_than');
  switch (def.type) {
    case 'string': {
      const words = formatWords(inner);
      if (words) return words;
      const size = range(min?.minimum, max?.maximum, ['character', 'characters']);
      return size ? `text, ${size}` : 'text';
    }
    case 'number': {
      const whole = checks.some((c) => c.check === 'number_format' && c.format === 'safeint');
      const size = range(min?.value, max?.value);
      return `${whole ? 'whole number' : 'number'}${size ? ` ${size}` : ''}`;
    }
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${Object.values((def as { entries?: Record<string, string> }).entries ?? {}).map((v) => `\`${v}\``).join(', ')}`;
    case 'array': {
      const size = range(min?.minimum, max?.maximum, ['entry', 'entries']);
      const element = defOf(unwrap(def.element!)).type === 'object' && !shared.has(unwrap(def.element!)) ? 'groups of fields, below' : typeOf(def.element!, shared);
      return `list${size ? ` (${size})` : ''} of: ${element}`;
    }
    case 'tuple':
      return `[${(def.items ?? []).map((item) => typeOf(item, shared)).join(', ')}]`;
    case 'object':
      return 'group of fields, below';
    default:
      return def.type;
  }
}

/**
 * Whether a field must be present. Not zod's own `optin`: a preprocess (dates read
 * back as text) accepts undefined on its input side, yet its output rejects it.
 */
function isRequired(schema: AnySchema): boolean {
  let current: AnySchema | undefined = schema;
  while (current) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') return false;
    current = def.innerType ?? (def.type === 'pipe' ? (defOf(def.in!).type === 'transform' ? def.out : def.in) : undefined);
  }
  return true;
}

/** Rows for every field of an object schema, nested objects flattened as `parent.child`. */
export function rowsOf(schema: AnySchema, shared: SharedShapes, prefix = ''): Row[] {
  const shape = defOf(unwrap(schema)).shape ?? {};
  return Object.entries(shape).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    const row: Row = { field: path, type: typeOf(field, shared), required: isRequired(field), description: describe(field) };
    let inner = unwrap(field);
    let childPrefix = `${path}.`;
    if (defOf(inner).type === 'array' && !shared.has(unwrap(defOf(inner).element!))) {
      inner = unwrap(defOf(inner).element!);
      childPrefix = `${path}[].`;
    }
    const nested = defOf(inner).type === 'object' && !shared.has(inner) && !refOf(field);
    return nested ? [row, ...rowsOf(inner, shared, childPrefix)] : [row];
  });
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(rows: Row[]): string {
  const lines = ['| field | type | required | description |', '| --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| \`${r.field}\` | ${cell(r.type)} | ${r.required ? 'yes' : ''} | ${cell(r.description)} |`);
  return lines.join('\n');
}
