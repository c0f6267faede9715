/**
 * A case's or tour's body, ready for a page: its HTML (pictures in place), its headings and
 * its components, which the page writes in its own language (src/components/BodyText.astro).
 */
import { getEntry, render } from 'astro:content';
import type { BodyParts } from './body-html.ts';

export async function loadBody(ref: { collection: string; id: string }) {
  // getEntry wants a collection name Astro knows; the atlas's text references name one.
  const entry = await getEntry(ref.collection as 'cases', ref.id);
  if (!entry) throw new Error(`No entry "${ref.id}" in ${ref.collection}`);
  // A body the rules refuse is left unwritten when the content loads: never shown empty.
  const parts = (entry.rendered?.metadata as { parts?: BodyParts } | undefined)?.parts;
  if (!entry.rendered || !parts)
    throw new Error(`${entry.filePath ?? ref.id}: the body was refused when the content loaded (run npm run check)`);
  const { Content, headings } = await render(entry);
  return { Content, headings, parts };
}
