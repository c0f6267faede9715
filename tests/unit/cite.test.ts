import { describe, expect, it } from 'vitest';
import { apa, bibtex, cslJson, datasetApa, datasetBibtex, ris } from '../../src/lib/cite.ts';
import { readCitationCff } from '../../src/lib/citation-cff.ts';

const input = {
  id: 'alcorcon',
  title: 'Employment protocol in Alcorcón & 100% partners_',
  authors: ['Ana Pérez', 'Luca Bianchi'],
  url: 'https://atlas.example/cases/alcorcon/',
  siteName: 'Practice Atlas',
  accessed: '2026-11-22',
};

describe('citations', () => {
  it('formats APA with authors, year, title, site and URL', () => {
    expect(apa({ ...input, date: '2025-03-01' })).toBe(
      'Ana Pérez, Luca Bianchi. (2025). Employment protocol in Alcorcón & 100% partners_. Practice Atlas. Retrieved 2026-11-22, from https://atlas.example/cases/alcorcon/',
    );
    expect(apa(input)).toContain('(n.d.)');
  });

  it('formats BibTeX with escaped specials, authors joined by "and", and no year when unknown', () => {
    const entry = bibtex(input);
    expect(entry).toMatch(/^@misc\{atlas-alcorcon,/);
    expect(entry).toContain('title = {{Employment protocol in Alcorcón \\& 100\\% partners\\_}}');
    expect(entry).toContain('author = {Ana Pérez and Luca Bianchi}');
    expect(entry).not.toContain('year');
    expect(bibtex({ ...input, date: '2024' })).toContain('year = {2024}');
  });
});

describe('RIS and CSL-JSON', () => {
  const full = { ...input, date: '2025-03-01', abstract: 'Two\nlines.', lang: 'es' };

  it('writes a RIS web-page record reference managers import: one tag per line, ER last', () => {
    const lines = ris(full).split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain('TI  - Employment protocol in Alcorcón & 100% partners_');
    expect(lines.filter((l) => l.startsWith('AU  - '))).toEqual(['AU  - Ana Pérez', 'AU  - Luca Bianchi']);
    expect(lines).toContain('PY  - 2025');
    expect(lines).toContain('UR  - https://atlas.example/cases/alcorcon/');
    expect(lines).toContain('Y2  - 2026/11/22');
    // A line break in a value would end the field: it becomes a space.
    expect(lines).toContain('AB  - Two lines.');
    expect(lines.at(-2)).toBe('ER  - ');
    expect(ris(input)).not.toMatch(/^PY/m);
  });

  it('writes a CSL-JSON list with one webpage item, dates as date-parts', () => {
    const [item] = JSON.parse(cslJson(full)) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: 'atlas-alcorcon',
      type: 'webpage',
      title: input.title,
      author: [{ literal: 'Ana Pérez' }, { literal: 'Luca Bianchi' }],
      issued: { 'date-parts': [[2025, 3, 1]] },
      accessed: { 'date-parts': [[2026, 11, 22]] },
      URL: input.url,
      'container-title': 'Practice Atlas',
      language: 'es',
    });
    expect(JSON.parse(cslJson(input))[0]).not.toHaveProperty('issued');
  });
});

describe('the dataset citation', () => {
  it('follows CITATION.cff: title, authors, version, release year, licence', () => {
    const d = readCitationCff('.');
    expect(d.title).toMatch(/^Practice Atlas/);
    expect(d.authors).toEqual(['Practice Atlas contributors']);
    expect(d.license).toBe('CC-BY-4.0');
    const reference = datasetApa(d);
    expect(reference).toContain(`(${d.released!.slice(0, 4)})`);
    expect(reference).toContain(`(Version ${d.version}) [Data set]`);
    expect(datasetBibtex(d)).toMatch(/^@misc\{practice-atlas,/);
    expect(datasetBibtex(d)).toContain(`version = {${d.version}}`);
  });
});
