/**
 * /tours/<id>.ics (and /it/tours/<id>.ics…): the calendar of every tour with dates. Tours without dates get no
 * file, and their brief no link (the brief checks the same `dates` field).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../lib/load.ts';
import { localePaths } from '../../../lib/paths.ts';
import { eachLocale } from '../../../i18n/routes.ts';
import { isLocale, defaultLocale } from '../../../i18n/config.ts';
import { tourCalendar } from '../../../lib/tour-calendar.ts';
import { absoluteUrl, hasSiteAddress } from '../../../lib/site.ts';

// One calendar per language: its events are worded in the language of the brief that links it.
export const getStaticPaths = (() =>
  eachLocale(async (locale) => {
    const atlas = await getAtlas(locale);
    return atlas.tours.filter((t) => t.data.dates).map((t) => ({ params: { id: t.id } }));
  })) satisfies GetStaticPaths;

// One stamp for the whole build: DTSTAMP says when this file was written (RFC 5545 3.8.7.2).
const built = new Date();

export const GET: APIRoute = async ({ params, site }) => {
  const locale = isLocale(params.lang) ? params.lang : defaultLocale;
  const atlas = await getAtlas(locale);
  const tour = atlas.tourById.get(params.id!)!;
  const body = tourCalendar(atlas, tour, {
    // A calendar's URL must be a full address: without a site address there is none to give.
    briefUrl: hasSiteAddress() ? absoluteUrl(localePaths(locale).tour(tour.id)) : undefined,
    uidDomain: site?.hostname ?? 'localhost',
    stamp: built,
    locale,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
