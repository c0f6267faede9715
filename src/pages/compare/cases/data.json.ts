import type { APIRoute } from 'astro';
import { getAtlas } from '../../../lib/load.ts';
import { sideBySideData } from '../../../lib/compare.ts';
import { paths } from '../../../lib/paths.ts';

/** What the side-by-side island loads: every case's compared fields, already as display text. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(sideBySideData(await getAtlas(), paths.case)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
