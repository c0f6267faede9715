/**
 * An SVG made comparable across machines, as Observable Plot's snapshot tests do:
 * numbers cut to 3 decimals (floating-point noise differs by platform), ids renamed in
 * order of appearance (so a renamed prefix is not a diff of every line), one tag a line.
 */
export function normaliseSvg(svg: string): string {
  const names = new Map<string, string>();
  const rename = (id: string) => {
    if (!names.has(id)) names.set(id, `id${names.size}`);
    return names.get(id)!;
  };
  let out = svg.replace(/\bid="([^"]+)"/g, (_m, id: string) => `id="${rename(id)}"`);
  for (const [id, name] of names) {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`#${escaped}\\b`, 'g'), `#${name}`)
      .replace(new RegExp(`(aria-(?:labelledby|describedby)="[^"]*)\\b${escaped}\\b`, 'g'), `$1${name}`);
  }
  return (
    out
      .replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => String(Number(Number(n).toFixed(3))))
      .replace(/>\s*</g, '>\n<')
      .trim() + '\n'
  );
}
