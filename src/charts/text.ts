/**
 * Text measured without a DOM: the build has no fonts to measure with, so widths are
 * estimated from an average glyph width of the system sans-serif stack. Generous on
 * purpose: a label given too much room looks fine, one given too little overlaps.
 */
/** Smallest size, in CSS pixels, a chart's text may render at on any screen. */
export const minChartText = 11;

export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.58;

/**
 * Words wrapped into lines no wider than maxWidth. A hyphenated name too long for a line
 * ("Auvergne-Rhône-Alpes") breaks after a hyphen; a word with none stands alone.
 */
export function wrap(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const parts = textWidth(word, fontSize) > maxWidth ? word.split(/(?<=-)/) : [word];
    parts.forEach((part, i) => {
      const glue = line === '' || i > 0 ? '' : ' ';
      const next = line + glue + part;
      if (line && textWidth(next, fontSize) > maxWidth) {
        lines.push(line);
        line = part;
      } else line = next;
    });
  }
  if (line) lines.push(line);
  return lines;
}

/** Cut to fit, with an ellipsis; the full text stays in the data table and tooltip. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  const max = Math.floor(maxWidth / (fontSize * 0.58));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
