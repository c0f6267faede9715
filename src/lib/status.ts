import type { Atlas } from './atlas.ts';
import type { StatusCitation } from '../schemas/source.ts';
import { strings, type Locale } from '../i18n/index.ts';

/**
 * A status as what a source reported at a date: "Planned (as of 2017, as the project
 * page reports it)". A status with no citation is only ever "not reported".
 */
export function statusAsOf(atlas: Atlas, label: string, cite: StatusCitation | undefined, locale?: Locale): string {
  const s = locale ? strings(locale) : atlas.i18n.s;
  if (!cite) return `${s.labels.status.unknown} (${s.sources.noSource})`;
  const source = atlas.sourceById.get(cite.source.id)?.data;
  const kind = s.labels.sourceKind[source?.kind ?? 'other'];
  return `${label} (${cite.asOf === 'undated' ? s.sources.asOfUndated(kind) : s.sources.asOf(atlas.i18n.date(cite.asOf), kind)})`;
}
