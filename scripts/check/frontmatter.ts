/**
 * Split an .mdx file into frontmatter and body, keeping whole lines so that a line
 * in either part maps to the file by adding an offset; columns stay as they are.
 *
 * The boundaries are found by Astro's own rule (the pattern below is the one in
 * @astrojs/internal-helpers/frontmatter, and a unit test holds them equal): the
 * frontmatter ends at the first line that starts with "---" or "+++", even inside a
 * quoted string. Whatever Astro would read differently from a plain "---" block is
 * refused here, so the check and the build never see two different files.
 */
export interface MdxParts {
  /** YAML between the `---` lines, or undefined when the file has no frontmatter. */
  frontmatter?: string;
  /** Lines before the frontmatter's first line (the opening `---` and any blank lines). */
  frontmatterOffset: number;
  /** Set when the opening `---` is never closed. */
  unclosed?: { line: number };
  /** Set when Astro would cut or read the frontmatter differently from its `---` lines. */
  misread?: { line: number; message: string };
  body: string;
  /** Lines before the body's first line. */
  bodyOffset: number;
}

/** Astro's frontmatter pattern, verbatim. */
export const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function splitMdx(source: string): MdxParts {
  const match = ASTRO_FRONTMATTER.exec(source);
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  const opening = lines[open] ?? '';
  if (!match) {
    if (opening.trimEnd() === '---') return { frontmatterOffset: open + 1, unclosed: { line: open + 1 }, body: '', bodyOffset: lines.length };
    return { frontmatterOffset: 0, body: lines.join('\n'), bodyOffset: 0 };
  }
  // 1-based line of the closing delimiter, the last three characters of the match.
  const closeLine = lineOf(source, match.index + match[0].length - 3);
  const closing = lines[closeLine - 1] ?? '';
  const parts = {
    frontmatter: lines.slice(open + 1, closeLine - 1).join('\n'),
    frontmatterOffset: open + 1,
    body: lines.slice(closeLine).join('\n'),
    bodyOffset: closeLine,
  };
  if (opening.trimEnd() !== '---') {
    const toml = opening.startsWith('+++');
    return { ...parts, misread: { line: open + 1, message: toml ? 'frontmatter must be YAML between two "---" lines; "+++" (TOML) is not read' : `the first line must be exactly "---", found "${opening.slice(0, 40)}"` } };
  }
  if (closing.trimEnd() !== '---') {
    return {
      ...parts,
      misread: {
        line: closeLine,
        message: `a line starting with "${closing.slice(0, 3)}" ends the frontmatter here, as Astro reads it, though the YAML goes on; indent the line or reword it so it does not start with "---" or "+++"`,
      },
    };
  }
  return parts;
}
