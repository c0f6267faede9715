/**
 * A case or tour body as data, never as code. When the content loads, the body is
 * checked by the same rules as `npm run check` (scripts/check/mdx-body.ts), parsed by the
 * Markdown compiler Astro uses (Sätteri) and written out as HTML. The elements a body may
 * use (src/schemas/body.ts) are rebuilt from their allowed attributes only; the
 * components (<Cite>, <Note>…) become numbered placeholders whose attributes are kept
 * apart, and the page fills them in its own language (src/lib/body-parts.ts).
 *
 * Nothing of a body reaches the bundler: no module per body, so the build does not hold
 * thousands of syntax trees in memory (docs/performance.md), and no body can become code.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { splitMdx } from '../../scripts/check/frontmatter.ts';
import { checkBody, compiledText } from '../../scripts/check/mdx-body.ts';
import { KEBAB_ID } from '../schemas/common.ts';
import { bodyElements, limits, media } from '../schemas/body.ts';
import { addressProblem, alignmentClass, LANG_TAG, mdxFeatures, picturesIn } from './body-rules.ts';

/**
 * Bump when the HTML written for the same body changes: entries cached by an earlier
 * build are then written again (the content cache keeps a body's HTML while its file is
 * unchanged).
 */
export const BODY_HTML_VERSION = 'body-html-2';

/** A component in a body: its name and its attributes, all plain text. */
export interface BodyPart {
  name: string;
  props: Record<string, string>;
}

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** What Astro's content layer stores as an entry's `rendered`, with the body's components. */
export interface RenderedBody {
  html: string;
  metadata: {
    headings: BodyHeading[];
    /** Pictures, for Astro to optimise and put in place of the marker (as for Markdown). */
    imagePaths: string[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, never>;
    parts: BodyParts;
  };
}

/**
 * A body's components, and the key in their placeholders' names. The key is drawn at random
 * each time a body is written, so no body can write a placeholder: not as text (escaped),
 * and not inside an attribute value, where the HTML writer leaves "<" as it is.
 */
export interface BodyParts {
  key: string;
  list: BodyPart[];
}

/** The tag of the placeholder for part `index` of a body whose key is `key`. */
export const partTag = (key: string, index: number): string => `atlas-${key}-${index}`;

/**
 * Ids the case and tour pages give their own elements (notes and marks, footnotes, the
 * headings of their sections): a body heading that would take one gets another.
 */
const pageId = /^(?:main|top|footnote-label|(?:note|elsewhere|user-content)-.*|.*-heading)$/;

/** A comment in braces, the only expression a body may hold. */
const comment = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** A body the rules refuse; the message names the file, line and column of each problem. */
export class BodyRefused extends Error {}

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** The body of the .mdx file at `file` (absolute), checked and written as HTML. */
export function renderBodyFile(file: string, contentDir: string): RenderedBody {
  const source = readFileSync(file, 'utf8');
  // The check's own reading of the file: a frontmatter it refuses is refused here too.
  const { bodyOffset, unclosed, misread } = splitMdx(source);
  const problems = unclosed
    ? [{ line: unclosed.line, message: 'the frontmatter is never closed' }]
    : misread
      ? [{ line: misread.line, message: misread.message }]
      : checkBody(source, file, bodyOffset, picturesIn(contentDir));
  if (problems.length > 0) {
    const lines = problems.map((p) => `${file}:${p.line ?? 1}:${'column' in p ? (p.column ?? 1) : 1}: ${p.message}`);
    throw new BodyRefused(`This body holds what a body may not (run npm run check):\n${lines.join('\n')}`);
  }
  return renderBody(compiledText(source));
}

/**
 * `text` (a checked body; frontmatter blanked) as HTML with its parts, headings and pictures.
 * The writer holds to the allowlist on its own too: a node, element, attribute, value,
 * address or picture the check would refuse stops it, should it ever be given one.
 */
export function renderBody(text: string): RenderedBody {
  const tree = mdxToHast(text, { features: mdxFeatures, position: false }) as Node;
  const parts: BodyParts = { key: randomBytes(12).toString('hex'), list: [] };
  const headings: BodyHeading[] = [];
  const pictures: string[] = [];
  const slugger = new GithubSlugger();
  const pictureUses = new Map<string, number>();

  const convert = (node: Node): Node[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value ?? '' }];
      // Comments in braces, the only expressions a body may hold, show nothing.
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!comment.test(node.value ?? ''))
          throw new BodyRefused('a body may hold no expression in braces but a comment, {/* like this */}');
        return [];
      case 'element':
        return [element(node)];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return [jsxElement(node)];
      default:
        throw new BodyRefused(`a body may not hold a "${node.type}" node`);
    }
  };

  const element = (node: Node): Node => {
    const properties = { ...node.properties };
    const children = (node.children ?? []).flatMap(convert);
    const tag = node.tagName!;
    // GFM aligns table columns with style="text-align:…", which the Content-Security-Policy
    // refuses (no style attributes at all); a class says the same (src/styles/global.css).
    if (properties.style !== undefined) {
      const align = alignmentClass(properties.style);
      delete properties.style;
      if (align && (tag === 'th' || tag === 'td')) properties.className = [align];
    }
    if (/^h[1-6]$/.test(tag)) {
      // Ids as Astro's Markdown gives them (github-slugger over the heading's text); an id
      // already there is the footnotes' own heading (a body cannot set one).
      const text = textOf(node);
      let slug = typeof properties.id === 'string' ? properties.id : slugger.slug(text);
      if (typeof properties.id !== 'string' && pageId.test(slug)) slug = slugger.slug(`${text} section`);
      properties.id = slug;
      headings.push({ depth: Number(tag[1]), slug, text });
    }
    if (tag === 'a' && properties.href !== undefined) {
      const problem = addressProblem(String(properties.href));
      if (problem) throw new BodyRefused(`link to "${String(properties.href)}": ${problem}`);
    }
    if (tag === 'img') {
      // Only a picture in content/media/, as the check allows (src/lib/body-rules.ts).
      const src = String(properties.src ?? '');
      if (!src.startsWith(media.prefix) || !media.name.test(src.slice(media.prefix.length))) {
        throw new BodyRefused(`picture "${src}" is not a picture in content/${media.folder}/`);
      }
      // The marker Astro's content layer replaces with the optimised picture (as for Markdown).
      const index = pictureUses.get(src) ?? 0;
      pictureUses.set(src, index + 1);
      if (!pictures.includes(src)) pictures.push(src);
      const { src: _src, ...rest } = properties;
      return { type: 'element', tagName: 'img', properties: { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src, index }) }, children: [] };
    }
    return { type: 'element', tagName: tag, properties, children };
  };

  const jsxElement = (node: Node): Node => {
    const name = node.name ?? '';
    const rule = Object.hasOwn(bodyElements, name) ? bodyElements[name] : undefined;
    if (!rule) throw new BodyRefused(`a body may not use the element <${name}>`);
    const props: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      const attrName = attribute.name ?? '';
      const attrRule = Object.hasOwn(rule.attributes, attrName) ? rule.attributes[attrName] : undefined;
      const value = attribute.value;
      if (attribute.type !== 'mdxJsxAttribute' || !attrRule || typeof value !== 'string') {
        throw new BodyRefused(`<${name}> may not carry the attribute "${attrName || attribute.type}" written that way`);
      }
      const kindFits = attrRule.kind === 'lang' ? LANG_TAG.test(value) : attrRule.kind === 'id' ? KEBAB_ID.test(value) : true;
      if (!kindFits || value.length > limits.attributeLength)
        throw new BodyRefused(`<${name}>: ${attrName}="${value.slice(0, 60)}" is not a value it may take`);
      props[attrName] = value;
    }
    // Numbered before its children, so parts are listed in reading order.
    const index = /^[A-Z]/.test(name) ? parts.list.push({ name, props }) - 1 : undefined;
    const children = (node.children ?? []).flatMap(convert);
    if (index !== undefined) return { type: 'element', tagName: partTag(parts.key, index), properties: {}, children };
    return { type: 'element', tagName: name, properties: props, children };
  };

  const root: Node = { type: 'root', children: (tree.children ?? []).flatMap(convert) };
  // "&amp;", not "&#x26;": as the MDX compile wrote it.
  const html = toHtml(root as Parameters<typeof toHtml>[0], { characterReferences: { useNamedReferences: true } });
  return {
    html,
    metadata: { headings, imagePaths: pictures, localImagePaths: pictures, remoteImagePaths: [], frontmatter: {}, parts },
  };
}

/** The text of a node as a heading's id is made from it. */
function textOf(node: Node): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}
