import type { APIRoute } from 'astro';
import { getDataTables } from '../../lib/data-tables.ts';
import { toCsv } from '../../lib/export.ts';

export const getStaticPaths = async () => (await getDataTables()).map((t) => ({ params: { table: t.name }, props: { table: t } }));

/**
 * /data/<table>.csv: one tidy table (src/lib/tidy.ts): a collection (one row per entry,
 * with its page address) or one of its lists (one row per item, joined by id).
 */
export const GET: APIRoute = ({ props }) => {
  const { table } = props as { table: Awaited<ReturnType<typeof getDataTables>>[number] };
  return new Response(
    toCsv(
      table.fields.map((f) => f.name),
      table.rows,
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
