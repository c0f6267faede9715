import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readListFile } from '../../scripts/check/list-files.ts';
import { listTranslationProblems } from '../../scripts/check/translations.ts';
import { overlay } from '../../src/lib/localize.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-terms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const translation = `
  translation: { by: Practice Atlas editors, method: machine, reviewed: false }`;

async function domainProblems(original: string, translated: string) {
  writeFileSync(join(dir, 'domains.yaml'), original);
  writeFileSync(join(dir, 'domains.it.yaml'), translated);
  const it = await readListFile(dir, 'domains', 'it');
  expect(it.problems).toEqual([]);
  return listTranslationProblems(it, await readListFile(dir, 'domains'));
}

describe('search terms, a translation’s own list', () => {
  it('may have any length, and exist where the original has none', async () => {
    const withTerms = '- id: housing\n  name: Housing\n  searchTerms: [home]\n  description: Access to housing and keeping it.\n';
    const without = '- id: housing\n  name: Housing\n  description: Access to housing and keeping it.\n';
    const italian = `- id: housing${translation}\n  name: Abitazione\n  searchTerms: [alloggio, casa, affitto]\n`;
    expect(await domainProblems(withTerms, italian)).toEqual([]);
    expect(await domainProblems(without, italian)).toEqual([]);
  });

  it('leaves every other list item for item: a translation with a city more than the original is refused', async () => {
    writeFileSync(join(dir, 'regions.yaml'), '- id: piemonte\n  name: Piedmont\n  cities: [Turin]\n');
    writeFileSync(join(dir, 'regions.it.yaml'), `- id: piemonte${translation}\n  name: Piemonte\n  cities: [Torino, Moncalieri]\n`);
    const found = listTranslationProblems(await readListFile(dir, 'regions', 'it'), await readListFile(dir, 'regions'));
    expect(found.map((p) => p.field)).toEqual(['[0].cities']);
  });

  it("replaces the original's terms on the translated entry, rather than translating them item by item", () => {
    const original = { id: 'housing', name: 'Housing', searchTerms: ['home'] };
    expect(overlay(original, { name: 'Abitazione', searchTerms: ['alloggio', 'casa'] })).toEqual({
      id: 'housing',
      name: 'Abitazione',
      searchTerms: ['alloggio', 'casa'],
    });
    expect(overlay({ id: 'housing', name: 'Housing' }, { searchTerms: ['alloggio'] })).toEqual({
      id: 'housing',
      name: 'Housing',
      searchTerms: ['alloggio'],
    });
  });
});
