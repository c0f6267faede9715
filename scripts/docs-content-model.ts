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
import { caseSchema, domain, organisationSchema, projectSchema, region, sourceSchema, tourSchema } from '../src/schemas/index.ts';
import { funding } from '../src/schemas/funding.ts';
import { outcome } from '../src/schemas/outcome.ts';
import { period } from '../src/schemas/period.ts';
import { citation, statusCitation } from '../src/schemas/source.ts';
import { author, review } from '../src/schemas/review.ts';
import { bodyComponents, safeHtmlElements } from './check/mdx-body.ts';
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

const sections = [
  { title: '`regions.yaml`', lead: 'A list; each entry has these fields.', schema: region },
  { title: '`domains.yaml`', lead: 'A list; each entry has these fields.', schema: domain },
  { title: '`sources/<id>.yaml`', lead: 'One source document per file; the id is the file name, and pages cite it by that id.', schema: sourceSchema },
  { title: '`organisations/<id>.yaml`', lead: 'One organisation per file; the id is the file name.', schema: organisationSchema(docRef) },
  { title: '`projects/<id>.yaml`', lead: 'One funded project or programme per file.', schema: projectSchema(docRef) },
  { title: '`cases/<id>.mdx`', lead: 'The frontmatter of a case study; the body follows it.', schema: caseSchema(docRef) },
  { title: '`tours/<id>.mdx`', lead: 'The frontmatter of a study tour; the body holds the programme narrative.', schema: tourSchema(docRef) },
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
  out.push(
    '',
    '## Case and tour bodies',
    '',
    'Markdown with GFM (tables, footnotes, strikethrough, autolinks, task lists), and:',
    '',
    `- components: ${bodyComponents.map((c) => `\`<${c}>\``).join(', ')} (from \`src/components/mdx/\`, provided without an import);`,
    `- inline HTML: ${safeHtmlElements.map((e) => `\`<${e}>\``).join(', ')};`,
    '- `{/* comments */}`.',
    '',
    'Refused by `npm run check`, because they would run code when the site is built or read: `import` and `export`,',
    'any other element (`<script>`, `<iframe>`, …), `on…` event attributes, attribute values in braces,',
    '`{expressions}`, and `javascript:`, `vbscript:` or `data:` addresses.',
  );
  return `${out.join('\n')}\n`;
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
