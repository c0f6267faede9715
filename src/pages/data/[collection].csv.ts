import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/load.ts';
import { collectionCsv, collectionNames, type CollectionName } from '../../lib/export.ts';

export const getStaticPaths = () => collectionNames.map((collection) => ({ params: { collection } }));

/** /data/<collection>.csv: one row per entry, nested fields as dotted columns. */
export const GET: APIRoute = async ({ params }) =>
  new Response(collectionCsv(await getAtlas(), params.collection as CollectionName), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
