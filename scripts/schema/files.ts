/**
 * The JSON Schemas editors validate content files with, one per kind of file. They are
 * generated from the zod schemas (through the site's own generator in src/lib/export.ts,
 * so the data export and the editor never disagree) and committed under schema/.
 */
import { allCollections, collections, type CollectionName } from '../../src/lib/collections.ts';
import { collectionJsonSchema } from '../../src/lib/export.ts';

interface SchemaFile {
  collection: CollectionName;
  /** What the file describes, shown by editors as the schema's title. */
  title: string;
  /** regions.yaml and domains.yaml hold a list of entries; the others one entry each. */
  list: boolean;
}

/** schema/<name>.json → what it validates, for every collection of src/lib/collections.ts. `content/…` globs for these are in .vscode/settings.json. */
export const schemaFiles: Record<string, SchemaFile> = Object.fromEntries(
  allCollections.map((collection): [string, SchemaFile] => {
    const { noun, what, storage } = collections[collection];
    return 'file' in storage
      ? [`${collection}.json`, { collection, title: `Practice Atlas ${what}: content/${storage.file}, a list of ${collection}`, list: true }]
      : [`${noun}.json`, { collection, title: `Practice Atlas ${what}: ${storage.ext === '.mdx' ? 'frontmatter of ' : ''}content/${collection}/<id>${storage.ext}`, list: false }];
  }),
);

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
