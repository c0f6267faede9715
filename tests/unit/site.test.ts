import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteConfig } from '../../src/lib/site.ts';
import { jsonLdText } from '../../src/lib/structured-data.ts';

describe('the site address, configured in one place', () => {
  it('is unset unless SITE_URL is given, and the base path is normalised', () => {
    expect(siteConfig({})).toEqual({ site: undefined, base: '/' });
    expect(siteConfig({ SITE_URL: 'https://atlas.example.net/', BASE_PATH: 'practice-atlas' })).toEqual({
      site: 'https://atlas.example.net',
      base: '/practice-atlas/',
    });
    expect(siteConfig({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
  });

  it('refuses what is not an origin, saying what to set', () => {
    expect(() => siteConfig({ SITE_URL: 'atlas.example.net' })).toThrow(/not a web address.*SITE_URL=https:/);
    expect(() => siteConfig({ SITE_URL: 'ftp://atlas.example.net' })).toThrow(/https/);
    expect(() => siteConfig({ SITE_URL: 'https://host.example/atlas/' })).toThrow(/BASE_PATH/);
  });

  it('gives full addresses with a site, and the path itself without one', () => {
    expect(absoluteUrl('/atlas/cases/a/', 'https://host.example')).toBe('https://host.example/atlas/cases/a/');
    expect(absoluteUrl('/cases/a/', undefined)).toBe('/cases/a/');
  });
});

describe('JSON-LD text', () => {
  it('cannot close its script element, and reads back as the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & \u2028' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
