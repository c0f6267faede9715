import type { APIRoute } from 'astro';
import { collectionJsonSchema, collectionNames, type CollectionName } from '../../../lib/export.ts';
import { defaultLocale, strings } from '../../../i18n/index.ts';

export const getStaticPaths = () => collectionNames.map((collection) => ({ params: { collection } }));

/** /data/schema/<collection>.json, generated from the zod schema the build validates with. */
export const GET: APIRoute = ({ params }) => {
  const name = params.collection as CollectionName;
  // Data files have no page language: titled in the default one, as the exports are.
  const s = strings(defaultLocale);
  const schema = collectionJsonSchema(name, `${s.siteName}: ${s.data.names[name]}`);
  return new Response(JSON.stringify(schema, null, 2) + '\n', { headers: { 'Content-Type': 'application/schema+json' } });
};
