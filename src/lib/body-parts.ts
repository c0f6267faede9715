/**
 * The components a body may use (<Cite>, <Inference>, <Note>, <Quote>), written into the
 * body's HTML by the page that shows it, in the page's language. The content loader left a
 * numbered placeholder for each (src/lib/body-html.ts) and kept its attributes apart as
 * plain text; here each becomes the HTML that opens it and the HTML that closes it, every
 * attribute escaped. A name not listed here is refused.
 */
import type { I18n } from '../i18n/context.ts';
import type { BodyParts } from './body-html.ts';
import { escapeHtml as esc } from './html.ts';
import type { NoteList } from './notes.ts';

export interface PartContext {
  loc: I18n;
  /** The page's numbered notes; without them a citation links to its source. */
  notes?: NoteList | undefined;
}

type Render = (props: Record<string, string>, context: PartContext) => { open: string; close: string };

/** The components and how each is written; the check's allowlist (src/schemas/body.ts) names the same. */
export const bodyPartRenderers: Record<string, Render> = {
  // A numbered mark linking to the page's note, which links to the source.
  Cite: ({ source = '', at = '', excerpt, translation, lang }, { loc, notes }) => {
    const mark = notes?.mark({ source, at, excerpt, translation, lang });
    const link = mark
      ? `<a href="${esc(mark.href)}" id="${esc(mark.id)}" aria-label="${esc(loc.s.sources.note(mark.n))}">[${mark.n}]</a>`
      : `<a href="${esc(loc.paths.source(source))}">[${esc(loc.s.sources.title)}]</a>`;
    return { open: `<sup class="cite-mark">${link}</sup>`, close: '' };
  },
  // What no source states, shown as the editors' own words.
  Inference: (_props, { loc }) => ({
    open: `<span class="inference" data-inference><strong class="inference-label">${esc(`${loc.s.sources.inference} (${loc.s.sources.inferenceHint})${loc.s.punctuation.colon}`)}</strong> `,
    close: '</span>',
  }),
  Note: ({ title }) => ({
    open: `<aside class="note">${title ? `<p class="note-title">${esc(title)}</p>` : ''}`,
    close: '</aside>',
  }),
  // In the source's own language, so a screen reader pronounces it right.
  Quote: ({ lang = '', source }) => ({
    open: `<q lang="${esc(lang)}" class="quote"${source ? ` title="${esc(source)}"` : ''}>`,
    close: '</q>',
  }),
};

/** `html` with each part's placeholder replaced by its HTML, in reading order (citations number in order). */
export function fillParts(html: string, parts: BodyParts, context: PartContext): string {
  // The key is hex, drawn when the body was written (src/lib/body-html.ts).
  if (!/^[0-9a-f]{16,}$/.test(parts.key)) throw new Error('A body was written without a placeholder key');
  const placeholder = new RegExp(`<(/?)atlas-${parts.key}-(\\d+)>`, 'g');
  const closing = new Map<number, string>();
  return html.replace(placeholder, (_, slash: string, digits: string) => {
    const index = Number(digits);
    if (slash) return closing.get(index) ?? '';
    const part = parts.list[index];
    const render = part && Object.hasOwn(bodyPartRenderers, part.name) ? bodyPartRenderers[part.name] : undefined;
    if (!part || !render) throw new Error(`A body names a component the site does not have: ${part?.name ?? `part ${index}`}`);
    const { open, close } = render(part.props, context);
    closing.set(index, close);
    return open;
  });
}
