/**
 * npm run schema: regenerate the JSON Schemas in schema/ from the zod schemas.
 *
 *   node scripts/schema.ts [--check]
 *
 * Editors (see .vscode/settings.json) use them to check YAML as it is typed. Run this
 * after changing anything in src/schemas/ and commit the result; a unit test fails
 * while the committed files differ from what the schemas generate. `--check` only
 * compares, and exits 1 when a file is out of date.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSchemaFiles } from './schema/files.ts';

const outDir = join(import.meta.dirname, '..', 'schema');
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const files = generateSchemaFiles();
if (values.check) {
  const stale = Object.entries(files).filter(([name, text]) => {
    const path = join(outDir, name);
    return !existsSync(path) || readFileSync(path, 'utf8') !== text;
  });
  for (const [name] of stale) process.stderr.write(`schema/${name} is out of date: run npm run schema and commit the result\n`);
  process.exitCode = stale.length > 0 ? 1 : 0;
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  process.stdout.write(`Wrote ${Object.keys(files).length} schemas to schema/: ${Object.keys(files).join(', ')}\n`);
}
