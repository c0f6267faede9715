/**
 * Text `npm run new` writes for the contributor to replace: "TODO: …" values, body
 * sections and notes above fields. Left in a file they would be published as if they
 * were facts (or a default nobody checked), so each line holding one is a problem.
 */
import type { Problem } from './report.ts';

/** How the scaffold marks what is still to write (scripts/new/scaffold.ts). */
export const placeholderMarker = 'TODO:';

/**
 * One problem per line of `text` that still holds the marker. `fieldLines` is how many
 * of its first lines are YAML fields (all of a .yaml file, the frontmatter of an .mdx
 * file); the lines after are the body. `lineOffset` maps the text's lines to the file's.
 */
export function placeholderProblems(text: string, file: string, fieldLines: number, lineOffset = 0): Problem[] {
  const problems: Problem[] = [];
  let field: string | undefined;
  let heading: string | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    const inFields = i < fieldLines;
    const key = inFields ? /^(\w[\w-]*):/.exec(line)?.[1] : undefined;
    if (key) field = key;
    const title = inFields ? undefined : /^#{1,6}\s+(.+?)\s*$/.exec(line)?.[1];
    if (title) heading = title;
    const column = line.indexOf(placeholderMarker);
    if (column < 0) return;
    const where = { file, line: lineOffset + i + 1, column: column + 1 };
    const found = line.slice(column).trim().replace(/["']$/, '');
    if (inFields && /^\s*#/.test(line)) {
      problems.push({
        ...where,
        message: `a note from \`npm run new\` is still here ("${found}"): check the field below it, then delete this line`,
      });
    } else if (inFields) {
      problems.push({
        ...where,
        ...(field ? { field } : {}),
        found,
        message: `${field ? '' : 'this line '}still holds the placeholder from \`npm run new\` ("${found}"): write the real value from your source`,
      });
    } else {
      problems.push({
        ...where,
        found,
        message: `the body${heading ? ` section "${heading}"` : ''} still holds the placeholder from \`npm run new\` ("${found}"): write the section from your sources, or delete it`,
      });
    }
  });
  return problems;
}
