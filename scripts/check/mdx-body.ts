/**
 * What a case or tour body may contain. MDX is code: an `import`, an expression or an
 * unknown component in a pull request would run at build time. A body may use Markdown
 * (with GFM), the components in src/components/mdx/ (the site passes them in), and a
 * few inline HTML elements that carry no behaviour.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Problem } from './report.ts';
import { didYouMean } from './suggest.ts';

const componentsDir = fileURLToPath(new URL('../../src/components/mdx/', import.meta.url));

/** Component names a body may use: the file names in src/components/mdx/. */
export const bodyComponents: readonly string[] = readdirSync(componentsDir)
  .filter((f) => f.endsWith('.astro'))
  .map((f) => f.slice(0, -'.astro'.length))
  .sort();

/** Inline HTML that only marks up text: no scripts, frames, forms, embeds or styles. */
export const safeHtmlElements: readonly string[] = ['abbr', 'br', 'kbd', 'mark', 'small', 'sub', 'sup'];

const allowedElements = [...bodyComponents, ...safeHtmlElements];

// Schemes that run code or smuggle content; browsers ignore whitespace and case in them.
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;
// eslint-disable-next-line no-control-regex -- the control characters are what is removed
const squeeze = (url: string) => url.replace(/[\u0000-\u0020\u007f]+/g, '');
const isUnsafeUrl = (url: string) => UNSAFE_URL.test(squeeze(url));

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

// What every way of running code in MDX needs: JSX or HTML (<), an expression ({ }), an
// import or export at the start of a line, or a link whose address spells an unsafe
// scheme, perhaps through a character reference (&) or an escape (\). MDX syntax errors
// also need < or { }. A body with none of these is plain Markdown: parsing it could find
// no problem, and most bodies are (16 of the first 17 cases), so the parse is skipped.
const MAY_HOLD_CODE = /[<{}&\\]|^[ \t]*(?:import|export)\b/m;
const UNSAFE_SCHEME_ANYWHERE = /(?:javascript|vbscript|data):/i;

/** Whether a body needs the full MDX parse to be proven safe. */
export function needsParse(body: string): boolean {
  return MAY_HOLD_CODE.test(body) || UNSAFE_SCHEME_ANYWHERE.test(squeeze(body));
}

type Point = { line?: number; column?: number };
type Positioned = { position?: { start: Point } };
// The mdast node fields the rules read; remark-mdx and remark-gfm nodes share this shape.
type Attribute = Positioned & { type: string; name?: string; value?: unknown };
type BodyNode = Positioned & { type: string; name?: string | null; value?: string; url?: string; attributes?: Attribute[]; data?: { estree?: { body: unknown[] } } };

/** Problems in an MDX body that starts after `lineOffset` lines of its file. */
export function checkBody(body: string, file: string, lineOffset: number): Problem[] {
  const at = (node: Positioned) => ({
    file,
    line: (node.position?.start.line ?? 1) + lineOffset,
    column: node.position?.start.column ?? 1,
  });
  if (!needsParse(body)) return [];
  let tree;
  try {
    tree = parser.parse(body);
  } catch (error) {
    return [syntaxProblem(error, file, lineOffset)];
  }

  const problems: Problem[] = [];
  const refuse = (node: Positioned, message: string, extra: Partial<Problem> = {}) =>
    problems.push({ ...at(node), field: 'body', message, ...extra });

  visit(tree, (raw) => {
    const node = raw as BodyNode;
    switch (node.type) {
      case 'mdxjsEsm': {
        const keyword = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
        refuse(node, `"${keyword}" is not allowed in a body: it would run code when the site is built. Components (${bodyComponents.join(', ')}) are available without importing them`);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // {/* comments */} compile to nothing, so they are harmless and allowed.
        if (node.data?.estree && node.data.estree.body.length === 0) break;
        refuse(node, `expression ${short(`{${node.value}}`)} is not allowed in a body: it would run as JavaScript when the site is built. Write the text itself, or {/* … */} for a comment`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, refuse);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isUnsafeUrl(node.url)) refuse(node, `link to "${short(node.url)}" is not allowed: javascript:, vbscript: and data: addresses can run code`, { found: node.url });
        break;
    }
  });
  return problems;
}

function checkElement(node: BodyNode, refuse: (node: Positioned, message: string, extra?: Partial<Problem>) => void): void {
  const name = node.name ?? '';
  if (!allowedElements.includes(name)) {
    const what = name === '' ? 'fragment <>' : `<${name}>`;
    refuse(node, `element ${what} is not allowed in a body`, { found: name, allowed: allowedElements, suggestion: didYouMean(name, allowedElements) });
  }
  for (const attr of node.attributes ?? []) {
    const where = attr.position ? attr : node;
    if (attr.type === 'mdxJsxExpressionAttribute') {
      refuse(where, `<${name}>: spread attribute ${short(`{${String(attr.value)}}`)} is not allowed: it would run as JavaScript`);
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName)) {
      refuse(where, `<${name}>: event handler attribute "${attrName}" is not allowed: it would run as JavaScript in the reader's browser`, { found: attrName });
    } else if (attr.value !== null && typeof attr.value === 'object') {
      const code = (attr.value as { value?: string }).value ?? '';
      refuse(where, `<${name}>: attribute ${attrName}={${short(code)}} is not allowed: a value in braces runs as JavaScript. Write it in quotes: ${attrName}="…"`);
    } else if (typeof attr.value === 'string' && isUnsafeUrl(attr.value)) {
      refuse(where, `<${name}>: attribute ${attrName}="${short(attr.value)}" is not allowed: ${squeeze(attr.value).split(':')[0]!.toLowerCase()}: addresses can run code`, { found: attr.value });
    }
  }
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** An MDX syntax error from micromark, positioned in the file. */
function syntaxProblem(error: unknown, file: string, lineOffset: number): Problem {
  const e = error as { reason?: string; message?: string; line?: number; column?: number; place?: Point | { start: Point } };
  const place = e.place && 'start' in e.place ? e.place.start : e.place;
  const text = e.reason ?? e.message ?? String(error);
  // Some errors (an unclosed <div>) carry their place only in the text, as (line:column-line:column).
  const named = /\((\d+):(\d+)-\d+:\d+\)/.exec(text);
  const line = e.line ?? place?.line ?? (named ? Number(named[1]) : undefined);
  const column = e.column ?? place?.column ?? (named ? Number(named[2]) : undefined);
  // Those places count lines from the body's start; shift them to the file's.
  const reason = text.replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_, l1, c1, l2, c2) => `(${Number(l1) + lineOffset}:${c1}-${Number(l2) + lineOffset}:${c2})`);
  return { file, line: line === undefined ? undefined : line + lineOffset, column, field: 'body', message: `MDX syntax error: ${reason}` };
}
