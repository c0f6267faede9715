/**
 * YAML with positions. Values are read by js-yaml, the parser Astro itself uses, so the
 * check sees exactly what the build will (an unquoted 2024-05-01 is a date, not text).
 * Positions come from the `yaml` package's document model, which keeps every node's
 * offset so a zod issue path maps back to a line; it costs three times the plain parse
 * (770 ms of the check's 2.1 s at 1,000 cases), so it is built only for a file that has
 * a problem to point at, or that may hold an alias.
 */
import { load, YAMLException } from 'js-yaml';
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
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const positioned = withPositions(text, lineOffset);
    if (positioned.errors.length > 0) return positioned;
    // Astro would refuse what the document model accepts (an alias with no anchor, an
    // unknown tag): report js-yaml's own words, at its position.
    const { line, column } = error.mark ?? { line: 0, column: 0 };
    return { ...positioned, errors: [{ message: error.reason, position: { line: line + 1 + lineOffset, column: column + 1 } }] };
  }
  // An alias (*name) can expand a few lines into billions of values, which js-yaml hands
  // over as they are and the schema check would then walk. The document model counts
  // expansions and refuses past 100, so text that may hold an alias gets that count.
  let positioned = text.includes('*') ? withPositions(text, lineOffset, true) : undefined;
  if (positioned && positioned.errors.length > 0) return positioned;
  const located = () => (positioned ??= withPositions(text, lineOffset));
  return { data, errors: [], locate: (path) => located().locate(path), locateKey: (path, key) => located().locateKey(path, key) };
}

/** Positions of every node in `text`; with `countAliases`, also its errors past 100 alias expansions. */
function withPositions(text: string, lineOffset: number, countAliases = false): YamlSource {
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

  if (countAliases && errors.length === 0) {
    try {
      doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.push({ message: error instanceof Error ? error.message : String(error), position: at(rootStart) });
    }
  }
  // Values always come from js-yaml (parseYamlSource); this model only places them.
  return { data: undefined, errors, locate, locateKey };
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
