import { describe, expect, it, vi } from 'vitest';
import {
  allCollections,
  collections,
  publishedCollections,
  translatableNames,
  translationCollection,
  type CollectionName,
} from '../../src/lib/collections.ts';
import { entryCollections, listFiles, listContentFiles, translatable } from '../../src/lib/content-files.ts';
import { collectionNames as exported, entrySchemas } from '../../src/lib/export.ts';
import { schemaFiles } from '../../scripts/schema/files.ts';
import { generatedPart } from '../../scripts/docs-content-model.ts';
import { searchKinds } from '../../src/lib/search-kinds.ts';
import { paths } from '../../src/lib/paths.ts';
import { pageLastmod } from '../../src/integrations/sitemap.ts';

// Astro's content module exists only inside Astro: the loaders' config is read with stand-ins.
vi.mock('astro:content', async () => ({
  defineCollection: <T>(c: T) => c,
  reference: (await import('../../src/schemas/common.ts')).idRef,
}));

const { collections: loaded } = await import('../../src/content.config.ts');

/** What a collection's files are called in the content folder and in the docs: "regions.yaml", "cases/<id>.mdx". */
const fileOf = (name: CollectionName, lang = '') => {
  const storage = collections[name].storage;
  return 'file' in storage ? storage.file.replace(/\.yaml$/, `${lang}.yaml`) : `${name}/<id>${lang}${storage.ext}`;
};

describe('the registry of collections (src/lib/collections.ts)', () => {
  it('holds the atlas’s collections, each described completely', () => {
    expect([...allCollections].sort()).toEqual(['cases', 'domains', 'organisations', 'projects', 'regions', 'sources', 'tours', 'trails']);
    for (const name of allCollections) {
      const c = collections[name];
      expect(c.noun, name).toMatch(/^[a-z]+$/);
      expect(c.docs.lead.length, name).toBeGreaterThan(10);
      if ('translation' in c) expect(c.docs.translation?.length, name).toBeGreaterThan(10);
      expect(c.page(paths)('some-id'), name).toContain('some-id');
    }
  });

  it.each(allCollections)('%s has a loader and a schema in content.config, and one for its translations if it has them', (name) => {
    const config = loaded as Record<string, { loader?: unknown; schema?: unknown }>;
    expect(config[name]?.loader, name).toBeDefined();
    expect(config[name]?.schema, name).toBeDefined();
    if ((translatableNames as readonly string[]).includes(name)) {
      const t = config[translationCollection(name as (typeof translatableNames)[number])];
      expect(t?.loader).toBeDefined();
      expect(t?.schema).toBe(collections[name as (typeof translatableNames)[number]].translation);
    }
  });

  it('content.config has no collection the registry does not name', () => {
    const expected = [...allCollections, ...translatableNames.map(translationCollection)].sort();
    expect(Object.keys(loaded).sort()).toEqual(expected);
  });

  it.each(allCollections)('%s is in the file set, the export, schema/ and the content model document', (name) => {
    // The file set: a folder of entry files, or a list file.
    const storage = collections[name].storage;
    if ('file' in storage) expect(listFiles[name as keyof typeof listFiles]).toBe(storage.file);
    else expect(entryCollections[name as keyof typeof entryCollections]).toBe(storage.ext);
    expect((translatable as readonly string[]).includes(name)).toBe('translation' in collections[name]);
    // The open data: a JSON file, CSV tables and a JSON Schema each.
    expect(exported).toContain(name);
    expect(entrySchemas[name]).toBeDefined();
    // Editors' JSON Schemas.
    expect(Object.values(schemaFiles).filter((f) => f.collection === name)).toHaveLength(1);
    // docs/content-model.md: a section for it, and one for its translations.
    const doc = generatedPart();
    expect(doc).toContain(`\n## \`${fileOf(name)}\`\n`);
    if ('translation' in collections[name]) expect(doc).toContain(`\n## Translations: \`${fileOf(name, '.<lang>')}\`\n`);
  });

  it('publishes every collection once, cases first', () => {
    expect([...publishedCollections].sort()).toEqual([...allCollections].sort());
    expect(exported).toEqual(publishedCollections);
    expect(exported[0]).toBe('cases');
  });

  it('search covers collections of the registry, in the folders their pages are built into', () => {
    for (const k of searchKinds) expect(allCollections.map((n) => collections[n].routes[0])).toContain(k.folder);
  });

  it('dates a page in the sitemap by its own file, for every collection with one file per entry and a page', () => {
    const dates = new Map(Object.entries(entryCollections).map(([name, ext]) => [`/content/${name}/x${ext}`, `date of ${name}`]));
    for (const name of Object.keys(entryCollections) as (keyof typeof entryCollections)[]) {
      const folder = collections[name].routes[0];
      if (folder) expect(pageLastmod(`${folder}/x/`, dates, '/content'), name).toBe(`date of ${name}`);
    }
  });

  it('the file set reads every collection’s files from the fixture content', () => {
    const found = new Set(listContentFiles('tests/fixtures/content').entries.map((e) => e.collection));
    expect([...found].sort()).toEqual(Object.keys(entryCollections).sort());
  });
});
