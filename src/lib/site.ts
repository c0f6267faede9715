/**
 * The site's public address: the one place it is configured. A deployment sets SITE_URL
 * (https://host) and, for a site under a subpath, BASE_PATH (/practice-atlas/);
 * astro.config.mjs reads them here, and pages get them back from Astro
 * (import.meta.env.SITE and BASE_URL), so nothing else reads the environment.
 *
 * Without SITE_URL the atlas has no address it could truthfully print: canonical links,
 * citations and exports then carry the page's path, and the sitemap and feed (whose
 * formats require full addresses) are not written.
 */
export interface SiteConfig {
  /** Origin and path of the public site, e.g. https://atlas.example.net, or undefined. */
  site: string | undefined;
  /** Path the site is served under, always with a leading and trailing slash. */
  base: string;
}

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const raw = env['SITE_URL']?.trim();
  let site: string | undefined;
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`SITE_URL is not a web address: "${raw}". Set it like SITE_URL=https://atlas.example.net`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must start with https:// (found "${raw}")`);
    if (url.pathname !== '/' || url.search || url.hash)
      throw new Error(`SITE_URL is the origin only (found "${raw}"): put a subpath in BASE_PATH`);
    site = url.origin;
  }
  const base = `/${(env['BASE_PATH'] ?? '').trim().replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return { site, base };
}

/** The one line `npm run build` prints when no address is set. */
export const siteAddressHint =
  'Site address not set: links and citations use paths, and no sitemap or feed is written. To publish, set SITE_URL=https://your.host (and BASE_PATH=/subpath/ if the site is not at the root); see README, "Continuous integration and publishing".';

/** The address Astro was built with, if any (Astro exposes its `site` option here). */
const builtSite = (): string | undefined => (import.meta.env?.SITE as string | undefined) || undefined;

/**
 * A site path (already under the base path, as `paths` gives it) as the full address a
 * reader can follow from elsewhere, or the path itself when the site has no address.
 */
export function absoluteUrl(path: string, site: string | undefined = builtSite()): string {
  return site ? new URL(path, site).href : path;
}

/** Whether this build knows its public address (sitemap, feed and robots.txt depend on it). */
export const hasSiteAddress = (): boolean => builtSite() !== undefined;
