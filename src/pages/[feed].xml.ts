/**
 * /feed.xml: an RSS 2.0 feed of case studies and study tours, newest first. RSS needs full
 * addresses, so the feed exists only when the site has one (src/lib/site.ts): the route
 * is dynamic only so that it can return no page otherwise.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOriginalAtlas, lastUpdated } from '../lib/load.ts';
import { feedItems, itemDublinCore } from '../lib/feed.ts';
import { paths } from '../lib/paths.ts';
import { absoluteUrl, hasSiteAddress } from '../lib/site.ts';
import { strings } from '../i18n/index.ts';

export const getStaticPaths = (() => (hasSiteAddress() ? [{ params: { feed: 'feed' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const s = strings();
  const items = feedItems(await getOriginalAtlas(), lastUpdated);
  return rss({
    title: s.feed.title,
    description: s.feed.description,
    site: absoluteUrl(paths.home()),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${absoluteUrl(paths.feed())}" rel="self" type="application/rss+xml"/>`,
    items: items.map((i) => ({
      title: i.title,
      link: absoluteUrl(i.link),
      description: i.description,
      ...(i.date ? { pubDate: new Date(`${i.date}T00:00:00Z`) } : {}),
      categories: i.categories,
      customData: itemDublinCore(i),
    })),
  });
};
