import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemaFiles } from '../../scripts/schema/files.ts';

const generated = generateSchemaFiles();

describe('schema/ (JSON Schemas for editors)', () => {
  it('is what the zod schemas generate: run `npm run schema` after changing src/schemas/', () => {
    expect(readdirSync('schema').sort()).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) {
      expect(readFileSync(`schema/${name}`, 'utf8'), `schema/${name}`).toBe(text);
    }
  });

  it('describes files as written: references as ids, list files as lists, unknown fields refused', () => {
    const organisation = JSON.parse(generated['organisation.json']!);
    expect(organisation.required).toEqual(expect.arrayContaining(['name', 'type', 'country']));
    expect(organisation.additionalProperties).toBe(false);
    expect(organisation.properties.region).toMatchObject({ type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' });
    const regions = JSON.parse(generated['regions.json']!);
    expect(regions).toMatchObject({ type: 'array', items: { type: 'object', required: expect.arrayContaining(['id', 'name']) } });
    expect(regions.items.title).toBeUndefined();
    const kase = JSON.parse(generated['case.json']!);
    expect(kase.properties.lead).toMatchObject({ type: 'string', description: 'Who runs the practice, when a source names it' });
    expect(kase.properties.sources).toMatchObject({ type: 'array', items: { type: 'string' } });
  });

  it('is wired to the YAML content files in .vscode/settings.json', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']).toEqual({
      './schema/organisation.json': ['content/organisations/*.yaml'],
      './schema/project.json': ['content/projects/*.yaml'],
      './schema/source.json': ['content/sources/*.yaml'],
      './schema/trail.json': ['content/trails/*.yaml'],
      './schema/regions.json': ['content/regions.yaml'],
      './schema/domains.json': ['content/domains.yaml'],
    });
    for (const path of Object.keys(settings['yaml.schemas'])) expect(Object.keys(generated)).toContain(path.replace('./schema/', ''));
  });
});
