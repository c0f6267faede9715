import type { APIRoute } from 'astro';
import { atlasDataPackage } from '../../lib/data-tables.ts';

/** /data/datapackage.json: the Frictionless Data Package describing every CSV (src/lib/datapackage.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await atlasDataPackage(), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
