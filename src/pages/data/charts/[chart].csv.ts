import type { APIRoute } from 'astro';
import { getOriginalAtlas } from '../../../lib/load.ts';
import { chartCsv, chartTables } from '../../../charts/csv.ts';

export async function getStaticPaths() {
  const atlas = await getOriginalAtlas();
  return chartTables(atlas).map((chart) => ({ params: { chart: chart.name }, props: { chart } }));
}

/** /data/charts/<chart>.csv: the figures a chart draws. */
export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv((props as { chart: ReturnType<typeof chartTables>[number] }).chart.table()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
