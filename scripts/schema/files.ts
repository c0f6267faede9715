/**
 * The JSON Schemas editors validate content files with, one per kind of file. They are
 * generated from the zod schemas (through the site's own generator in src/lib/export.ts,
 * so the data export and the editor never disagree) and committed under schema/.
 */
import { collectionJsonSchema, type CollectionName } from '../../src/lib/export.ts';

interface SchemaFile {
  collection: CollectionName;
  /** What the file describes, shown by editors as the schema's title. */
  title: string;
  /** regions.yaml and domains.yaml hold a list of entries; the others one entry each. */
  list: boolean;
}

/** schema/<name>.json → what it validates. `content/…` globs for these are in .vscode/settings.json. */
export const schemaFiles: Record<string, SchemaFile> = {
  'case.json': { collection: 'cases', title: 'Practice Atlas case study: frontmatter of content/cases/<id>.mdx', list: false },
  'tour.json': { collection: 'tours', title: 'Practice Atlas study tour: frontmatter of content/tours/<id>.mdx', list: false },
  'organisation.json': { collection: 'organisations', title: 'Practice Atlas organisation: content/organisations/<id>.yaml', list: false },
  'project.json': { collection: 'projects', title: 'Practice Atlas project: content/projects/<id>.yaml', list: false },
  'source.json': { collection: 'sources', title: 'Practice Atlas source document: content/sources/<id>.yaml', list: false },
  'trail.json': { collection: 'trails', title: 'Practice Atlas transfer trail: content/trails/<id>.yaml', list: false },
  'regions.json': { collection: 'regions', title: 'Practice Atlas regions: content/regions.yaml, a list of regions', list: true },
  'domains.json': { collection: 'domains', title: 'Practice Atlas domains: content/domains.yaml, a list of domains', list: true },
};

/** The JSON Schema for one file of schema/. */
export function fileSchema({ collection, title, list }: SchemaFile): Record<string, unknown> {
  const entry = collectionJsonSchema(collection, title);
  if (!list) return entry;
  const { $schema, title: _title, ...item } = entry;
  return { $schema, title, type: 'array', items: item };
}

/** File name → file text, exactly as committed: two-space JSON with a final newline. */
export function generateSchemaFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(schemaFiles).map(([name, file]) => [name, `${JSON.stringify(fileSchema(file), null, 2)}\n`]));
}
