import type { Atlas } from './atlas.ts';
import { caseFacets, facetLabel, type FilterKey } from './facets.ts';
import type { SearchKind } from './search-kinds.ts';
import { localeConfig, type Locale } from '../i18n/config.ts';

/**
 * The languages whose names every page carries: all the atlas has, built or not
 * (ATLAS_LANGUAGES=en builds English alone, whose readers still type "Wohnen" or "Torino").
 */
export const nameLanguages: readonly Locale[] = localeConfig.map((l) => l.code);

/**
 * What an entry is about, as ids: the filters whose names a reader may type to find it.
 * A case by its regions, domains, countries, practice type and target groups; every other
 * kind by where it is (and a tour by its domains too).
 */
function about(atlas: Atlas, kind: SearchKind, id: string): Partial<Record<FilterKey, string[]>> {
  const countriesOf = (regions: string[]) => [
    ...new Set(regions.map((r) => atlas.regionById.get(r)?.data.country).filter((c) => c !== undefined)),
  ];
  switch (kind) {
    case 'case': {
      const c = atlas.caseById.get(id);
      if (!c) return {};
      const f = caseFacets(atlas, c);
      return { region: f.region, domain: f.domain, country: f.country, practiceType: f.practiceType, targetGroup: f.targetGroup };
    }
    case 'tour': {
      const t = atlas.tourById.get(id);
      if (!t) return {};
      const domains = (t.data.stops ?? []).flatMap((s) =>
        (s.cases ?? []).flatMap((c) => atlas.caseById.get(c.id)?.data.domains.map((d) => d.id) ?? []),
      );
      return { region: [t.data.host.id], country: countriesOf([t.data.host.id]), domain: [...new Set(domains)] };
    }
    case 'region':
      return { region: [id], country: countriesOf([id]) };
    case 'organisation': {
      const o = atlas.organisationById.get(id);
      return o ? { region: o.data.region ? [o.data.region.id] : [], country: [o.data.country] } : {};
    }
    case 'project': {
      const regions = atlas.projectById.get(id)?.data.regions.map((r) => r.id) ?? [];
      return { region: regions, country: countriesOf(regions) };
    }
    case 'source':
      return {};
  }
}

/** Every name a value goes by in one language: its label, and for a region its local name and cities, for a domain its search terms. */
function namesIn(atlas: Atlas, key: FilterKey, value: string): string[] {
  const names = [facetLabel(atlas, key, value)];
  if (key === 'region') {
    const r = atlas.regionById.get(value)?.data;
    if (r) names.push(r.localName ?? '', ...(r.cities ?? []));
  }
  if (key === 'domain') names.push(...(atlas.domainById.get(value)?.data.searchTerms ?? []));
  return names;
}

/**
 * The names, in every interface language, of the regions, cities, countries, domains,
 * practice type and target groups an entry is about, for its page to carry where Pagefind
 * indexes them and nobody sees or hears them (src/layouts/Base.astro). Each language's
 * index then finds the entry by a name in any language, whatever language its page is
 * written in: "Turin", "Torino" and "Turín" all find the cases in Piemonte. `atlases` holds
 * the atlas in every language (getAtlas of each locale); the first is the page's.
 */
export function searchNames(atlases: readonly Atlas[], kind: SearchKind, id: string): string {
  // The same names for an entry's page in every language: made once, not once per language.
  const key = `${kind}:${id}`;
  const done = made.get(key);
  if (done !== undefined) return done;
  const names = collect(atlases, kind, id);
  made.set(key, names);
  return names;
}

const made = new Map<string, string>();

function collect(atlases: readonly Atlas[], kind: SearchKind, id: string): string {
  const ids = about(atlases[0]!, kind, id);
  const seen = new Map<string, string>();
  for (const atlas of atlases)
    for (const [key, values] of Object.entries(ids) as [FilterKey, string[]][])
      for (const value of values)
        for (const name of namesIn(atlas, key, value)) {
          const folded = name.trim().toLocaleLowerCase();
          if (folded && !seen.has(folded)) seen.set(folded, name.trim());
        }
  return [...seen.values()].join(', ');
}
