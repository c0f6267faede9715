/**
 * Walking a zod 4 schema by data path. The checker needs the fields an object accepts
 * (for "unknown field … did you mean"), the docs generator needs every field; both read
 * the schema definitions rather than keeping a second list of field names.
 */
import type { z } from 'astro/zod';

type AnySchema = z.core.$ZodType;
// The definition fields of the wrapper and container types this project uses.
type Def = {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  items?: AnySchema[];
};

export const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/**
 * The schema that checks the value's form, under optional/default/… wrappers and
 * pipes: the input side of a transform (`kebabId.transform(…)`, references), the
 * output side of a preprocess (`z.preprocess(fn, z.string())`).
 */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) current = defOf(def.in).type === 'transform' ? def.out : def.in;
    else return current;
  }
}

/** The schema that validates the value at `path`, or undefined if the path leaves the schema. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = def.shape?.[String(key)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'tuple') current = def.items?.[Number(key)];
    else return undefined;
  }
  return current;
}

/** Field names the object at `path` accepts, in schema order. */
export function fieldsAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  const target = schemaAt(schema, path);
  if (!target) return [];
  const def = defOf(unwrap(target));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
