/**
 * /cases/<id>/citation.ris and /cases/<id>/citation.json (CSL-JSON): the page's reference
 * as a file a reference manager imports, the same data as "Cite this page" shows.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOriginalAtlas, lastUpdated } from '../../../lib/load.ts';
import { caseCitation, cslJson, ris } from '../../../lib/cite.ts';
import { paths } from '../../../lib/paths.ts';
import { absoluteUrl } from '../../../lib/site.ts';
import { strings } from '../../../i18n/index.ts';

export const getStaticPaths = (async () => {
  const atlas = await getOriginalAtlas();
  return atlas.cases.flatMap((c) => (['ris', 'json'] as const).map((ext) => ({ params: { id: c.id, ext } })));
}) satisfies GetStaticPaths;

const accessed = new Date().toISOString().slice(0, 10);

export const GET: APIRoute = async ({ params }) => {
  const entry = (await getOriginalAtlas()).caseById.get(params.id!)!;
  const c = caseCitation(entry, {
    updated: lastUpdated(entry.filePath),
    url: absoluteUrl(paths.case(entry.id)),
    siteName: strings().siteName,
    accessed,
  });
  return params.ext === 'ris'
    ? new Response(ris(c), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } })
    : new Response(cslJson(c), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
