/**
 * Split an .mdx file into frontmatter and body, keeping whole lines so that a line
 * in either part maps to the file by adding an offset; columns stay as they are.
 */
export interface MdxParts {
  /** YAML between the `---` lines, or undefined when the file has no frontmatter. */
  frontmatter?: string;
  /** Lines before the frontmatter's first line (the opening `---` and any blank lines). */
  frontmatterOffset: number;
  /** Set when the opening `---` is never closed. */
  unclosed?: { line: number };
  body: string;
  /** Lines before the body's first line. */
  bodyOffset: number;
}

// Astro's own pattern also accepts blank lines and a byte-order mark before the opening ---.
export function splitMdx(source: string): MdxParts {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  if (lines[open]?.trimEnd() !== '---') return { frontmatterOffset: 0, body: lines.join('\n'), bodyOffset: 0 };
  const close = lines.findIndex((line, i) => i > open && line.trimEnd() === '---');
  if (close < 0) return { frontmatterOffset: open + 1, unclosed: { line: open + 1 }, body: '', bodyOffset: lines.length };
  return {
    frontmatter: lines.slice(open + 1, close).join('\n'),
    frontmatterOffset: open + 1,
    body: lines.slice(close + 1).join('\n'),
    bodyOffset: close + 1,
  };
}
