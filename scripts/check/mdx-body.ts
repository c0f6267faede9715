/**
 * What a case or tour body may contain (src/schemas/body.ts), checked on the tree of
 * the parser that writes the body as HTML (Sätteri, src/lib/body-html.ts), given exactly
 * the text it is given: the file with its frontmatter blanked by Astro's own helper. Lines and columns
 * are therefore the file's own.
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast } from 'satteri';
import { checkBodyText, checkBodyTree, mdxFeatures, type BodyNode, type BodyProblem } from '../../src/lib/body-rules.ts';
import type { Problem } from './report.ts';

/**
 * The text the body writer parses: the file with the frontmatter (as Astro's own
 * helper finds it) replaced by blanks, the way @astrojs/mdx does it, without parsing
 * the YAML (the schema check reports YAML errors).
 */
export function compiledText(source: string): string {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return source;
  const delimiter = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(source)?.[1] ?? '---';
  return source.replace(`${delimiter}${raw}${delimiter}`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}

/**
 * Problems in the body of `source`, the whole text of an .mdx file whose frontmatter
 * ends on line `bodyOffset`; `pictureExists` says whether content/media/ has a picture.
 */
export function checkBody(source: string, file: string, bodyOffset: number, pictureExists: (name: string) => boolean): Problem[] {
  const toProblem = (p: BodyProblem): Problem => ({ file, field: 'body', ...p });
  // Size, indentation and tag count first, on the body's text alone: input past those
  // limits can crash or stall the parser, so it never reaches it.
  const body = source.split('\n').slice(bodyOffset).join('\n');
  const early = checkBodyText(body);
  if (early.length > 0) return early.map((p) => toProblem({ ...p, line: p.line + bodyOffset }));

  let tree: BodyNode;
  try {
    tree = mdxToMdast(compiledText(source), { features: mdxFeatures, position: true }) as BodyNode;
  } catch (error) {
    return [syntaxProblem(error, file)];
  }
  return checkBodyTree(tree, { pictureExists }).map(toProblem);
}

/** An MDX syntax error, which Sätteri words as "line:column: reason". */
function syntaxProblem(error: unknown, file: string): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(text);
  const reason = place ? text.slice(place[0].length) : text;
  return { file, field: 'body', ...(place ? { line: Number(place[1]), column: Number(place[2]) } : {}), message: `MDX syntax error: ${reason}` };
}
