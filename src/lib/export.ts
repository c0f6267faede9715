import { z } from 'astro/zod';
import type { Atlas } from './atlas.ts';
import { bodyCites } from './body-cites.ts';
import { idRef } from '../schemas/index.ts';
import { publishedCollections, schemasWith, type CollectionName } from './collections.ts';

/** The collections the atlas publishes (all of src/lib/collections.ts), in the order the data page lists them. */
export const collectionNames = publishedCollections;
export type { CollectionName };

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type ExportRecord = { id: string } & Record<string, Json>;

/** Each collection's entry schema with references as plain ids: the shape a file holds. */
export const entrySchemas = schemasWith(idRef);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRef = (v: unknown): v is { collection: string; id: string } =>
  isPlainObject(v) && Object.keys(v).length === 2 && typeof v['collection'] === 'string' && typeof v['id'] === 'string';

/** Replaces every `{ collection, id }` reference by its id, deeply, and drops absent fields. */
export function flattenRefs(value: unknown): Json {
  if (isRef(value)) return value.id;
  if (Array.isArray(value)) return value.map(flattenRefs);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, flattenRefs(v)]),
    );
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return (value ?? null) as Json;
}

/** The <Cite> elements of an MDX body, as data: the citations the frontmatter does not hold. */
function bodyCitations(body: string | undefined): Record<string, Json> {
  const cites = bodyCites(body ?? '').map(({ line: _line, column: _column, ...c }) => flattenRefs(c));
  return cites.length > 0 ? { bodyCitations: cites } : {};
}

/** One record per entry, sorted by id so exports diff cleanly: the id, the frontmatter, then the body's citations. */
export function exportRecords(atlas: Atlas, name: CollectionName): ExportRecord[] {
  const entries: readonly { id: string; data: unknown; body?: string | undefined }[] = atlas[name];
  return [...entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({ ...(flattenRefs(e.data) as Record<string, Json>), ...bodyCitations(e.body), id: e.id }))
    .map(({ id, ...rest }) => ({ id, ...rest }));
}

/** Starts a spreadsheet would read as a formula (OWASP "CSV injection"): = + - @ tab CR. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote or line break, quotes
 * doubled. A text a spreadsheet would evaluate as a formula gets a leading apostrophe,
 * which spreadsheets show as text and hide; numbers are written as they are, so a
 * negative figure stays a number. A cell holds one value: lists have tables of their own
 * (src/lib/tidy.ts), so a list or record here is a programming error, not data to encode.
 */
export function csvCell(value: Json | undefined): string {
  if (value !== null && typeof value === 'object') throw new TypeError(`A CSV cell holds one value, not ${JSON.stringify(value)}`);
  let text = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The byte-order mark, so spreadsheet programs (Excel above all) read the file as UTF-8. */
export const utf8Bom = '\uFEFF';

/** A CSV document: byte-order mark, header line, then rows, CRLF line ends as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly (Json | undefined)[])[]): string {
  return utf8Bom + [header, ...rows].map((row) => row.map((cell) => csvCell(cell)).join(',')).join('\r\n') + '\r\n';
}

/**
 * The JSON Schema of one entry of a collection, generated from the zod schema the build
 * validates with, as the file is written (io: 'input'): references are ids, dates text.
 */
export function collectionJsonSchema(name: CollectionName, title: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(entrySchemas[name], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema, title, ...rest };
}
