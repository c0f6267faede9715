/**
 * /robots.txt: everything may be crawled; the sitemap is named when the site has an address
 * (the Sitemap line must be a full address). Crawlers read robots.txt only at the root of a
 * host, so a site under BASE_PATH relies on the sitemap being submitted instead.
 */
import type { APIRoute } from 'astro';
import { sitemapFile } from '../integrations/sitemap.ts';
import { href } from '../lib/paths.ts';
import { absoluteUrl, hasSiteAddress } from '../lib/site.ts';

export const GET: APIRoute = () => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (hasSiteAddress()) lines.push('', `Sitemap: ${absoluteUrl(href(`/${sitemapFile}`))}`);
  else lines.push('', '# No sitemap: this build has no site address (SITE_URL).');
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
