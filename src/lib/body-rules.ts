/**
 * The rules a case or tour body must meet, over the syntax tree of the Markdown compiler
 * Astro itself uses (Sätteri), so the check and the build can never read a body two
 * ways. `npm run check` runs them with line numbers; the loader runs them again before it
 * writes a body (src/lib/body-html.ts), and so does any MDX compile
 * (src/integrations/body-guard.ts), so a body the check never saw is refused there too.
 * Allowlists: a node type, element, attribute, value or address not named is refused.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { didYouMean } from '../../scripts/check/suggest.ts';
import { KEBAB_ID } from '../schemas/common.ts';
import { bodyElements, limits, linkSchemes, media, valueKinds, type AttributeRule } from '../schemas/body.ts';

/** The Markdown features a body is read with: the check, the writer and the citation reader parse with the same. */
export const mdxFeatures = { gfm: true, smartPunctuation: true } as const;

export interface BodyProblem {
  /** Line and column in the body (1-based). */
  line: number;
  column: number;
  message: string;
  found?: string;
  allowed?: string[];
  suggestion?: string;
}

type Point = { line?: number; column?: number };
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
export interface BodyNode {
  type: string;
  position?: { start: Point };
  children?: BodyNode[];
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  attributes?: Attribute[];
}

/** Markdown and GFM node types a body may hold; JSX elements and expressions are judged on their own. */
const plainNodes = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'text', 'emphasis',
  'strong', 'inlineCode', 'break', 'delete', 'table', 'tableRow', 'tableCell', 'footnoteDefinition', 'footnoteReference',
  'linkReference', 'link', 'definition', 'image',
]);

const allowedElementNames = Object.keys(bodyElements);

/** Checks done on the text before any parser reads it: size, nesting by indentation, tag count. */
export function checkBodyText(body: string): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const bytes = Buffer.byteLength(body);
  if (bytes > limits.fileBytes) {
    return [{ line: 1, column: 1, message: `the body is ${Math.ceil(bytes / 1024)} KiB; a body may be at most ${limits.fileBytes / 1024} KiB. Split the text or move long material to a source` }];
  }
  // Line ends as the parser counts them: CR, LF or both.
  const lines = body.split(/\r\n|\r|\n/);
  let tags = 0;
  let braces = 0;
  let paragraph = 0;
  for (const [index, line] of lines.entries()) {
    const at = { line: index + 1, column: 1 };
    // Indentation and block markers: each level of nesting adds at least two characters.
    const prefix = /^(?:[ \t]|>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/.exec(line)![0].length;
    if (prefix > limits.linePrefix) {
      return [{ ...at, message: `this line is indented or nested ${prefix} characters deep; at most ${limits.linePrefix} are allowed (lists and quotes nested about ${limits.depth} levels)` }];
    }
    tags += line.match(/<[A-Za-z]/g)?.length ?? 0;
    if (tags > limits.tags) return [{ ...at, message: `the body opens more than ${limits.tags} elements; that is far more than any case needs` }];
    braces += line.match(/[{}]/g)?.length ?? 0;
    if (braces > limits.braces) return [{ ...at, message: `the body has more than ${limits.braces} braces { }; write \\{ and \\} for braces in text` }];
    // Some Markdown rules (smart quotes, emphasis) take time that grows with the square
    // of a paragraph's length; real paragraphs are a few hundred characters.
    paragraph = line.trim() === '' ? 0 : paragraph + line.length + 1;
    if (paragraph > limits.paragraph) return [{ ...at, message: `this paragraph is over ${limits.paragraph} characters long; split it with blank lines` }];
  }
  return problems;
}

export interface TreeContext {
  /** Whether a picture at `../media/<name>` exists as a file in the media folder. */
  pictureExists: (name: string) => boolean;
}

/** `pictureExists` for the media folder of `contentDir`, read from the disk (the check reads its own file list). */
export const picturesIn =
  (contentDir: string) =>
  (name: string): boolean => {
    try {
      return lstatSync(join(contentDir, media.folder, name)).isFile();
    } catch {
      return false;
    }
  };

/** The class that says a table column's alignment, from the style GFM writes ("text-align: right"). */
export const alignmentClass = (style: unknown): string | undefined => {
  const align = /text-align:\s*(left|center|right)/.exec(String(style))?.[1];
  return align && `align-${align}`;
};

/** Every problem in a parsed body. Walks without recursion, so no depth can overflow it. */
export function checkBodyTree(root: BodyNode, context: TreeContext): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: BodyNode, fallback: Point) => ({ line: node.position?.start.line ?? fallback.line ?? 1, column: node.position?.start.column ?? fallback.column ?? 1 });
  const stack: { node: BodyNode; depth: number; near: Point }[] = [{ node: root, depth: 0, near: { line: 1, column: 1 } }];
  while (stack.length > 0) {
    const { node, depth, near } = stack.pop()!;
    const where = at(node, near);
    const refuse = (message: string, extra: Partial<BodyProblem> = {}) => problems.push({ ...where, message, ...extra });
    if (depth > limits.depth) {
      refuse(`content nested more than ${limits.depth} levels deep (lists, quotes, emphasis or elements inside one another); flatten it`);
      continue; // nothing deeper is read
    }
    judge(node, refuse, context);
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, depth: depth + 1, near: where });
  }
  // A marker spelt across several nodes still reaches the compiled module as one text.
  if (problems.length === 0) {
    const all: string[] = [];
    const rest: BodyNode[] = [root];
    while (rest.length > 0) {
      const node = rest.pop()!;
      all.push(...texts(node));
      rest.push(...(node.children ?? []));
    }
    const found = internalMarker(all.join(''));
    if (found) problems.push({ line: 1, column: 1, message: `${markerMessage(found)} (it is spelt across several parts of the body)` });
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

type Refuse = (message: string, extra?: Partial<BodyProblem>) => void;

/**
 * Names the build tools give their own placeholders and replace by plain text wherever
 * they find them in a module: Astro imports a string that starts "__ASTRO_IMAGE_" as a
 * file (running it, or printing any file with ?raw), its env plugin swaps a marker for
 * the build's environment, Vite rewrites "__VITE_…__". No research text needs them, so
 * any content text that spells one, however encoded, is refused.
 */
const INTERNAL_MARKER = /__astro|__vite|import\s*\.\s*meta/i;

/** The build-tool marker a text spells, if any. */
export function internalMarker(text: string): string | undefined {
  return INTERNAL_MARKER.exec(text)?.[0];
}

export const markerMessage = (found: string) => `"${found}" is a name the build tools use for their own placeholders, and text holding it could make the build run or print something; reword it`;

// Control characters other than tab and line ends, noncharacters and lone surrogates:
// invisible in an editor, and some (NUL, an escape) break the XML feed or a terminal.
// eslint-disable-next-line no-control-regex -- the control characters are what is refused
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first invisible character a text holds, as U+XXXX, if any. */
export function invisibleCharacter(text: string): { code: string; index: number } | undefined {
  const found = INVISIBLE.exec(text);
  return found ? { code: `U+${found[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`, index: found.index } : undefined;
}

export const invisibleMessage = (code: string) => `the text holds an invisible control character (${code}); delete it`;

/** Every string a node holds as text: its value, address, alternative text, title, attribute values. */
function texts(node: BodyNode): string[] {
  const attributes = (node.attributes ?? []).flatMap((a) => [a.name ?? '', typeof a.value === 'string' ? a.value : '']);
  return [node.value, node.url, node.alt ?? undefined, (node as { title?: string | null }).title ?? undefined, ...attributes].filter((t): t is string => typeof t === 'string');
}

function judge(node: BodyNode, refuse: Refuse, context: TreeContext): void {
  for (const text of texts(node)) {
    const found = internalMarker(text);
    if (found) refuse(markerMessage(found), { found });
    const invisible = invisibleCharacter(text);
    if (invisible) refuse(invisibleMessage(invisible.code), { found: invisible.code });
  }
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
      refuse(`"${keyword}" is not allowed in a body: it would run code when the site is built. The components (${componentList()}) are available without importing them`);
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // {/* comments */} compile to nothing. Anything else is JavaScript.
      if (/^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/.test(node.value ?? '')) return;
      refuse(`expression ${short(`{${node.value ?? ''}}`)} is not allowed in a body: it would run as JavaScript when the site is built. Write the text itself (\\{ and \\} for braces in text), or {/* … */} for a comment`);
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      judgeElement(node, refuse);
      return;
    case 'image':
      judgePicture(node, refuse, context);
      return;
    case 'imageReference':
      refuse('a picture written as a reference (![alt][name]) is not allowed: write its address in place, ![alt](../media/name.png)');
      return;
    case 'link':
    case 'definition':
      judgeAddress(node.url ?? '', refuse);
      return;
    default:
      if (!plainNodes.has(node.type)) {
        const what = node.type === 'html' ? `raw HTML ${short(node.value ?? '')}` : `"${node.type}" syntax`;
        refuse(`${what} is not allowed in a body: use Markdown, or the elements ${allowedElementNames.map((n) => `<${n}>`).join(', ')}`);
      }
  }
}

function judgeElement(node: BodyNode, refuse: Refuse): void {
  const name = node.name ?? '';
  const rule = Object.hasOwn(bodyElements, name) ? bodyElements[name] : undefined;
  if (!rule) {
    const what = name === '' ? 'fragment <>' : `<${name}>`;
    refuse(`element ${what} is not allowed in a body`, { found: name, allowed: allowedElementNames, suggestion: didYouMean(name, allowedElementNames) });
    return;
  }
  const allowedNames = Object.keys(rule.attributes);
  const seen = new Set<string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute') {
      refuse(`<${name}>: a spread attribute {…} is not allowed: it would run as JavaScript`, { allowed: allowedNames });
      continue;
    }
    const attrName = attr.name ?? '';
    const attrRule = Object.hasOwn(rule.attributes, attrName) ? rule.attributes[attrName] : undefined;
    if (!attrRule) {
      const none = allowedNames.length === 0 ? `; <${name}> takes no attributes` : '';
      refuse(`<${name}>: attribute "${attrName}" is not allowed${none}`, { found: attrName, allowed: allowedNames, suggestion: didYouMean(attrName, allowedNames) });
      continue;
    }
    seen.add(attrName);
    judgeValue(name, attrName, attr.value, attrRule, refuse);
  }
  for (const [attrName, attrRule] of Object.entries(rule.attributes)) {
    if (attrRule.required && !seen.has(attrName)) refuse(`<${name}>: attribute ${attrName}="…" is required (${valueKinds[attrRule.kind]})`);
  }
}

export const LANG_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

function judgeValue(element: string, name: string, value: unknown, rule: AttributeRule, refuse: Refuse): void {
  if (typeof value !== 'string') {
    const shown = value === null || value === undefined ? `${name} with no value` : `${name}={…}`;
    refuse(`<${element}>: ${shown} is not allowed: write the value in quotes, ${name}="…" (${valueKinds[rule.kind]})`, { found: shown });
    return;
  }
  if (value.length > limits.attributeLength) {
    refuse(`<${element}>: ${name} is ${value.length} characters long; at most ${limits.attributeLength} are allowed`);
  } else if (rule.kind === 'lang' && !LANG_TAG.test(value)) {
    refuse(`<${element}>: ${name}="${short(value)}" is not a language tag; use ${valueKinds.lang}`, { found: value });
  } else if (rule.kind === 'id' && !KEBAB_ID.test(value)) {
    refuse(`<${element}>: ${name}="${short(value)}" is not an id; use ${valueKinds.id}`, { found: value });
  }
}

/** Addresses a link may point at: a listed scheme, or a path on the site. */
export function addressProblem(url: string): string | undefined {
  // As a browser reads an address: tabs and line breaks anywhere are dropped, spaces and
  // control characters at either end trimmed ("java\tscript:" still runs). Other control
  // characters belong in no address; a space inside one is harmless.
  // eslint-disable-next-line no-control-regex -- the control characters are what is read
  const read = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // eslint-disable-next-line no-control-regex -- the control characters are what is refused
  if (/[\u0000-\u001f\u007f-\u009f]/.test(read) || read !== url.trim()) return 'an address may not contain tabs, line breaks or control characters';
  const scheme = /^([^/?#]*):/.exec(read)?.[1];
  if (scheme === undefined) return undefined;
  if (!linkSchemes.includes(scheme.toLowerCase())) return `addresses starting "${short(scheme)}:" are not allowed; links may use ${linkSchemes.map((s) => `${s}:`).join(', ')} or a path on the site`;
  return undefined;
}

function judgeAddress(url: string, refuse: Refuse): void {
  const problem = addressProblem(url);
  if (problem) refuse(`link to "${short(url)}": ${problem}`, { found: url, allowed: linkSchemes.map((s) => `${s}:`) });
}

function judgePicture(node: BodyNode, refuse: Refuse, context: TreeContext): void {
  const url = node.url ?? '';
  const rule = `a picture is written ![what it shows](${media.prefix}<name>), its file in content/${media.folder}/ named in lowercase-kebab-case with ${media.extensions.join(', ')}`;
  if (!url.startsWith(media.prefix) || !media.name.test(url.slice(media.prefix.length))) {
    const remote = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
    refuse(`picture "${short(url)}" is not allowed: ${remote ? 'pictures from other sites would make the reader\'s browser leave this site; save it in content/media/ instead. ' : ''}${rule}`, { found: url });
    return;
  }
  const name = url.slice(media.prefix.length);
  if (!context.pictureExists(name)) refuse(`picture "${url}" not found: there is no file content/${media.folder}/${name}`, { found: url });
  if (!node.alt?.trim()) refuse(`picture "${url}" has no alternative text: write what it shows between the brackets, ![what it shows](${url})`);
}

function componentList(): string {
  return allowedElementNames.filter((n) => /^[A-Z]/.test(n)).join(', ');
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
