import { describe, expect, it } from 'vitest';
import { apa, bibtex } from '../../src/lib/cite.ts';

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
