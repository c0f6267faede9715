import type { APIRoute } from 'astro';
import { getLabelRows } from '../../lib/data-tables.ts';
import { labelsJson } from '../../lib/labels.ts';

/** /data/labels.json: labels.csv as field → id → language → label (src/lib/labels.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(labelsJson(await getLabelRows()), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
