import type { APIRoute } from 'astro';
import { getOriginalAtlas } from '../../lib/load.ts';
import { collectionNames, exportRecords, type CollectionName } from '../../lib/export.ts';

export const getStaticPaths = () => collectionNames.map((collection) => ({ params: { collection } }));

/** /data/<collection>.json: every entry, references as ids. */
export const GET: APIRoute = async ({ params }) => {
  const records = exportRecords(await getOriginalAtlas(), params.collection as CollectionName);
  return new Response(JSON.stringify(records, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
