import type { APIRoute } from 'astro';
import { getAtlas } from '../../../../lib/load.ts';
import { sideBySideData } from '../../../../lib/compare.ts';
import { localeRoutes } from '../../../../i18n/routes.ts';
import { i18n } from '../../../../i18n/context.ts';

export const getStaticPaths = localeRoutes;

/**
 * What the side-by-side island loads, once per language (/compare/cases/data.json,
 * /it/compare/cases/data.json…): every case's compared fields as display text in that
 * language, its title as that language's reader sees it, and links to that language's pages.
 */
export const GET: APIRoute = async (context) => {
  const loc = i18n(context);
  return new Response(JSON.stringify(sideBySideData(await getAtlas(loc.locale), loc.paths.case)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
