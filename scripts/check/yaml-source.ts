/**
 * YAML with positions. Values are read the way Astro reads them (js-yaml's default
 * schema: YAML 1.2 core plus timestamps, so an unquoted 2024-05-01 is a date, not
 * text), and every node keeps its offset so a zod issue path maps back to a line.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';

export type PathKey = string | number;

export interface Position {
  line: number;
  column: number;
}

export interface YamlSource {
  /** The plain data, or undefined when the text has syntax errors. */
  data: unknown;
  /** Syntax errors, positioned in the file. */
  errors: { message: string; position: Position }[];
  /** Where the value at `path` is; for a missing value, where its parent is. */
  locate(path: readonly PathKey[]): Position;
  /** Where the key `key` of the mapping at `path` is written. */
  locateKey(path: readonly PathKey[], key: string): Position;
}

/** Parse `text`, which starts at line `lineOffset + 1` of its file (frontmatter follows `---`). */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const counter = new LineCounter();
  // merge keys (<<) and timestamps are what js-yaml, Astro's parser, also accepts.
  const doc = parseDocument(text, { lineCounter: counter, customTags: ['timestamp', 'merge'], prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors = doc.errors.map((e) => ({ message: e.message, position: at(e.pos[0]) }));
  const rootStart = doc.contents?.range[0] ?? 0;

  const locate = (path: readonly PathKey[]): Position => {
    const { node, pair, complete } = deepest(doc, path);
    // A value written out: point at it. A missing or empty one: point at the key that
    // holds it, or at its parent, the place where a researcher has to add it.
    const empty = isScalar(node) && node.value === null;
    if (complete && !empty && node?.range) return at(node.range[0]);
    const target = pair && isScalar(pair.key) ? pair.key : node;
    return at(target?.range?.[0] ?? rootStart);
  };

  const locateKey = (path: readonly PathKey[], key: string): Position => {
    const parent = path.length ? doc.getIn(path, true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) return at(pair.key.range[0]);
    }
    return locate(path);
  };

  return { data: errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }), errors, locate, locateKey };
}

function child(node: unknown, key: PathKey): { pair?: Pair; node?: Node } {
  if (isMap(node)) {
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
    return pair ? { pair, node: (pair.value ?? pair.key) as Node } : {};
  }
  if (isSeq(node) && typeof key === 'number') {
    const item = node.items[key];
    return item && !isPair(item) ? { node: item as Node } : {};
  }
  return {};
}

/** The deepest node along `path`, the mapping pair holding it (if any), and whether the whole path exists. */
function deepest(doc: Document, path: readonly PathKey[]): { node?: Node; pair?: Pair; complete: boolean } {
  let node = (doc.contents ?? undefined) as Node | undefined;
  let pair: Pair | undefined;
  for (const key of path) {
    const next = child(node, key);
    if (!next.node) return { node, pair, complete: false };
    node = next.node;
    pair = next.pair;
  }
  return { node, pair, complete: true };
}
