import type { Strings } from '../i18n/index.ts';
import type { Atlas } from './atlas.ts';
import type { SocialCard } from './social.ts';
import type { CaseEntry, TourEntry } from './types.ts';

/** A case's link preview: region and domain first, then the summary. */
export function caseCard(atlas: Atlas, entry: CaseEntry, updated: string | undefined, s: Strings): SocialCard {
  const d = entry.data;
  const list = atlas.i18n.list;
  const regions = list(d.regions.map((r) => atlas.regionById.get(r.id)?.data.name ?? r.id));
  const domains = list(d.domains.map((r) => atlas.domainById.get(r.id)?.data.name ?? r.id));
  return {
    type: 'article',
    description: `${regions} · ${domains} — ${d.summary}`,
    labels: [
      [s.social.region, regions],
      [s.social.domain, domains],
    ],
    modified: updated ?? d.review.date,
    authors: d.authors.map((a) => a.name),
    section: domains,
    tags: [...d.regions, ...d.domains].map((r) => atlas.regionById.get(r.id)?.data.name ?? atlas.domainById.get(r.id)?.data.name ?? r.id),
  };
}

/** A tour's link preview: where and when. */
export function tourCard(atlas: Atlas, entry: TourEntry, when: string | undefined, s: Strings): SocialCard {
  const d = entry.data;
  const host = atlas.regionById.get(d.host.id)?.data.name ?? d.host.id;
  return {
    type: 'article',
    description: `${s.social.tour} · ${host}${when ? ` · ${when}` : ''} — ${d.summary}`,
    labels: [[s.social.region, host], ...(when ? [[s.tours.dates, when] as const] : [])],
  };
}
