/**
 * Citations written by hand in an MDX body: `<Cite source="id" at="locator" />`, with
 * optional `excerpt="…"` and `translation="…"`. Attribute values are plain quoted text,
 * so a simple scan finds them; the content check and the site both read them here.
 */
export interface BodyCite {
  source?: string | undefined;
  at?: string | undefined;
  excerpt?: string | undefined;
  translation?: string | undefined;
  /** Line in the body (1-based) and column where the element starts. */
  line: number;
  column: number;
}

const CITE = /<Cite\b((?:[^>"']|"[^"]*"|'[^']*')*)\/?>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every <Cite> in `body`, in reading order. */
export function bodyCites(body: string): BodyCite[] {
  const found: BodyCite[] = [];
  for (const match of body.matchAll(CITE)) {
    const attributes: Record<string, string> = {};
    for (const a of match[1]!.matchAll(ATTRIBUTE)) attributes[a[1]!] = a[2] ?? a[3] ?? '';
    const before = body.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    found.push({
      source: attributes['source'],
      at: attributes['at'],
      excerpt: attributes['excerpt'],
      translation: attributes['translation'],
      line,
      column,
    });
  }
  return found;
}
