/**
 * npm run docs:content-model: regenerate docs/content-model.md from the zod schemas.
 * The hand-written intro above the marker line is kept; everything below is generated,
 * so the field tables never disagree with what the checker and the build enforce.
 *
 *   node scripts/docs-content-model.ts          rewrite the file
 *   node scripts/docs-content-model.ts --check  exit 1 if it is out of date
 */
import type { z } from 'astro/zod';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allCollections, collections, entryCollectionNames, listCollectionNames, listFile, translatableNames, type CollectionName } from '../src/lib/collections.ts';

/** "a, b and c". */
const words = (items: readonly string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''));
import { funding } from '../src/schemas/funding.ts';
import { outcome } from '../src/schemas/outcome.ts';
import { period } from '../src/schemas/period.ts';
import { citation, statusCitation } from '../src/schemas/source.ts';
import { author, review } from '../src/schemas/review.ts';
import { bodyElements, limits, linkSchemes, media, valueKinds } from '../src/schemas/body.ts';
import { docRef, markdownTable, rowsOf, type SharedShapes } from './docs/schema-table.ts';

export const docPath = fileURLToPath(new URL('../docs/content-model.md', import.meta.url));
export const MARKER = '<!-- Generated from src/schemas/ by `npm run docs:content-model`. Edit the schemas, not the text below. -->';

const shared: SharedShapes = new Map<z.core.$ZodType, string>([
  [citation(docRef), 'citation'],
  [statusCitation(docRef), 'status citation'],
  [period, 'period'],
  [funding, 'funding'],
  [outcome(docRef), 'outcome'],
  [author, 'author'],
  [review, 'review'],
]);

/** The file a collection's entries are in, as the document names it: `regions.yaml`, `cases/<id>.mdx`. */
const fileOf = (name: CollectionName, lang = '') => {
  const storage = collections[name].storage;
  return 'file' in storage ? storage.file.replace(/\.yaml$/, `${lang}.yaml`) : `${name}/<id>${lang}${storage.ext}`;
};

/** One section per collection of src/lib/collections.ts, then one per kind of translation file. */
const sections = [
  ...allCollections.map((name) => ({ title: `\`${fileOf(name)}\``, lead: collections[name].docs.lead, schema: collections[name].schema(docRef) })),
  ...translatableNames.map((name) => ({
    title: `Translations: \`${fileOf(name, '.<lang>')}\``,
    lead: collections[name].docs.translation,
    schema: collections[name].translation,
  })),
];

/** The generated part: one table per collection, the shared shapes, the body rules. */
export function generatedPart(): string {
  const out = [
    MARKER,
    '',
    '"required: yes" means the field must be present whenever the group of fields it belongs to is present.',
  ];
  for (const s of sections) out.push('', `## ${s.title}`, '', s.lead, '', markdownTable(rowsOf(s.schema, shared)));
  out.push('', '## Shared shapes', '', 'Used by several collections above.');
  for (const [schema, name] of shared) out.push('', `### ${name}`, '', markdownTable(rowsOf(schema, shared)));
  out.push('', ...bodyRules());
  return `${out.join('\n')}\n`;
}

/** The body allowlist (src/schemas/body.ts) for contributors: what is not listed is refused. */
function bodyRules(): string[] {
  const rows = Object.entries(bodyElements).map(([name, rule]) => {
    const attributes = Object.entries(rule.attributes)
      .map(([attr, a]) => `\`${attr}\`${a.required ? ' (required)' : ''}: ${valueKinds[a.kind]}`)
      .join('; ');
    return `| \`<${name}>\` | ${rule.description} | ${attributes || 'none'} |`;
  });
  return [
    '## Case and tour bodies',
    '',
    'Markdown with GFM (tables, footnotes, strikethrough, autolinks, task lists) and `{/* comments */}`, plus these',
    'elements and no others. Components (capitalised) are written by the site (`src/lib/body-parts.ts`); a body imports nothing.',
    'An element may carry only the attributes listed, each in quotes; everything else is refused by `npm run check`',
    'with its line: other elements (`<script>`, `<iframe>`, `<a>`…), `class`, `style`, `id`, `on…` handlers,',
    'Astro directives (`set:html`, `is:raw`, `client:*`…), values in braces, spreads, `import`, `export` and',
    '`{expressions}`, all of which would run code or add script or style to the site.',
    '',
    '| element | what it is for | attributes |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `**Links** may use ${linkSchemes.map((s) => `\`${s}:\``).join(', ')} or a path on the site (\`/regions/piemonte/\`, \`#context\`); no`,
    'other scheme, and no spaces or control characters in an address.',
    '',
    `**Pictures** live in \`content/${media.folder}/\`, named in lowercase-kebab-case with ${media.extensions.map((e) => `\`${e}\``).join(', ')}`,
    `(no SVG: it can carry script), at most ${media.maxBytes / 1024 / 1024} MiB each. A body shows one as`,
    `\`![what the picture shows](${media.prefix}name.png)\`; the alternative text is required. Pictures from other`,
    'sites, other folders, other file types, addresses with `?` or `#`, and missing files are refused.',
    '',
    `**The file set.** \`content/\` holds ${listCollectionNames.map((n) => `\`${listFile(n)}\``).join(', ')} and the folders ${words([...entryCollectionNames, media.folder].map((f) => `\`${f}/\``))},`,
    'with plain files directly inside them; anything else (symbolic links,',
    'subfolders, other extensions, hidden files, names that are not lowercase-kebab-case) is refused by name.',
    'Every file is UTF-8 (a byte-order mark and CRLF line ends are fine).',
    '',
    `**Limits**, far above any real case: ${limits.fileBytes / 1024} KiB a file; ${limits.depth} levels of nesting; ${limits.linePrefix}`,
    `characters of indentation and markers before a line's text; ${limits.tags} elements a body; ${limits.attributeLength}`,
    'characters an attribute. Frontmatter is YAML between two lines of exactly `---`; a line inside it that starts',
    'with `---` or `+++` would end it early for Astro, so the check refuses it.',
  ];
}

/** The whole document: the current intro (everything above the marker) and the generated part. */
export function renderDoc(current: string): string {
  const at = current.indexOf(MARKER);
  const intro = at >= 0 ? current.slice(0, at) : `${current.trimEnd()}\n\n`;
  return intro + generatedPart();
}

if (import.meta.main) {
  const current = readFileSync(docPath, 'utf8');
  const next = renderDoc(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      process.stderr.write('docs/content-model.md is out of date: run npm run docs:content-model\n');
      process.exit(1);
    }
  } else {
    writeFileSync(docPath, next);
    console.log(`Wrote ${docPath}`);
  }
}
