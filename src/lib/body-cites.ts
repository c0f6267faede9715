/**
 * Citations written by hand in an MDX body: `<Cite source="id" at="locator" />`, with
 * optional `excerpt="…"` and `translation="…"`. Read from the tree of the parser that
 * writes the body (Sätteri, src/lib/body-html.ts), so the check, the notes and the export see exactly the
 * <Cite> elements that render: none inside code or comments, attribute values decoded
 * as the page shows them.
 */
import { mdxToMdast } from 'satteri';
import { checkBodyText, mdxFeatures } from './body-rules.ts';

export interface BodyCite {
  source?: string | undefined;
  at?: string | undefined;
  excerpt?: string | undefined;
  translation?: string | undefined;
  /** Language of the excerpt when it is not the source's. */
  lang?: string | undefined;
  /** Line in the body (1-based) and column where the element starts. */
  line: number;
  column: number;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

/**
 * Every <Cite> in `body`, in reading order; none when the body is past the text limits
 * that keep the parser fast, or does not parse (the body check reports both).
 */
export function bodyCites(body: string): BodyCite[] {
  // A build asks for a body's citations on its page, on its sources' pages and in the
  // export: one parse serves all three.
  let found = read.get(body);
  if (!found) read.set(body, (found = parseCites(body)));
  return found;
}

const read = new Map<string, BodyCite[]>();

function parseCites(body: string): BodyCite[] {
  if (checkBodyText(body).length > 0) return [];
  let root: Node;
  try {
    root = mdxToMdast(body, { features: mdxFeatures, position: true }) as Node;
  } catch {
    return [];
  }
  const found: BodyCite[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Cite') {
      const attributes: Record<string, string> = {};
      for (const a of node.attributes ?? []) if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') attributes[a.name] = a.value;
      found.push({
        source: attributes['source'],
        at: attributes['at'],
        excerpt: attributes['excerpt'],
        translation: attributes['translation'],
        lang: attributes['lang'],
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
      });
    }
    for (let i = (node.children ?? []).length - 1; i >= 0; i--) stack.push(node.children![i]!);
  }
  return found;
}
