import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const dist = inject('fixtureDist');
const content = readContent(fixtureContent);
const meta = (doc: ReturnType<typeof page>, key: string) =>
  doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
  doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

describe('head tags for search engines and link previews', () => {
  it('give every page a title, description, canonical link, Open Graph and Twitter card drawn from its content', () => {
    for (const file of htmlFiles(dist)) {
      const doc = page(dist, file);
      const title = doc.querySelector('title')?.text ?? '';
      expect(title, file).toMatch(/Practice Atlas/);
      expect(doc.querySelectorAll('link[rel="canonical"]'), file).toHaveLength(1);
      const description = meta(doc, 'description');
      expect(description?.length, file).toBeGreaterThan(10);
      for (const key of [
        'og:site_name',
        'og:type',
        'og:title',
        'og:description',
        'og:url',
        'og:image',
        'og:image:alt',
        'twitter:card',
        'twitter:title',
        'twitter:description',
        'twitter:image',
      ])
        expect(meta(doc, key), `${file} ${key}`).toBeTruthy();
      expect(title.startsWith(meta(doc, 'og:title')!), file).toBe(true);
      expect(meta(doc, 'twitter:card'), file).toBe('summary_large_image');
    }
  });

  it('make a case card say region, domain and summary', () => {
    const regions = new Map(content.regions.map((r) => [r.id, String(r.data['name'])]));
    const domains = new Map(content.domains.map((d) => [d.id, String(d.data['name'])]));
    for (const c of content.cases) {
      const doc = page(dist, `/cases/${c.id}/`);
      const regionNames = (c.data['regions'] as string[]).map((r) => regions.get(r)!);
      const domainNames = (c.data['domains'] as string[]).map((d) => domains.get(d)!);
      const card = meta(doc, 'og:description')!;
      for (const name of [...regionNames, ...domainNames]) expect(card, c.id).toContain(name);
      expect(card.endsWith(String(c.data['summary'])), c.id).toBe(true);
      expect(meta(doc, 'og:title'), c.id).toBe(c.data['title']);
      expect(meta(doc, 'og:type'), c.id).toBe('article');
      expect(meta(doc, 'twitter:label1'), c.id).toBe('Region');
      expect(meta(doc, 'twitter:data1'), c.id).toContain(regionNames[0]);
      expect(meta(doc, 'twitter:label2'), c.id).toBe('Domain');
      expect(meta(doc, 'twitter:data2'), c.id).toContain(domainNames[0]);
      expect(meta(doc, 'description'), c.id).toBe(c.data['summary']);
    }
  });

  it('describe profiles and tours from their own content', () => {
    for (const o of content.organisations) {
      const doc = page(dist, `/organisations/${o.id}/`);
      expect(meta(doc, 'og:title')).toBe(o.data['name']);
      if (o.data['description']) expect(meta(doc, 'og:description')).toBe(o.data['description']);
    }
    for (const t of content.tours) {
      const doc = page(dist, `/tours/${t.id}/`);
      expect(meta(doc, 'og:title')).toBe(t.data['title']);
      expect(meta(doc, 'og:description')!.endsWith(String(t.data['summary']))).toBe(true);
    }
  });
});
