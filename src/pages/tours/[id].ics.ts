/**
 * /tours/<id>.ics: the calendar of every tour with dates. Tours without dates get no
 * file, and their brief no link (the brief checks the same `dates` field).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../lib/load.ts';
import { paths } from '../../lib/paths.ts';
import { tourCalendar } from '../../lib/tour-calendar.ts';
import { absoluteUrl, hasSiteAddress } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return atlas.tours.filter((t) => t.data.dates).map((t) => ({ params: { id: t.id } }));
}) satisfies GetStaticPaths;

// One stamp for the whole build: DTSTAMP says when this file was written (RFC 5545 3.8.7.2).
const built = new Date();

export const GET: APIRoute = async ({ params, site }) => {
  const atlas = await getAtlas();
  const tour = atlas.tourById.get(params.id!)!;
  const body = tourCalendar(atlas, tour, {
    // A calendar's URL must be a full address: without a site address there is none to give.
    briefUrl: hasSiteAddress() ? absoluteUrl(paths.tour(tour.id)) : undefined,
    uidDomain: site?.hostname ?? 'localhost',
    stamp: built,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
