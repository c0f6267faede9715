import { describe, expect, it } from 'vitest';
import { genuineMatch } from '../../src/scripts/search-match.ts';

/** A page's text and the positions of the given words in it, as Pagefind reports them. */
function result(content: string, matched: string[]) {
  const words = content.split(/\s+/);
  return { content, locations: words.flatMap((w, i) => (matched.includes(w) ? [i] : [])) };
}

describe('genuineMatch', () => {
  it('refuses the shorter prefix Pagefind falls back to for a word it does not know', () => {
    expect(genuineMatch('Torino', result('a protocol to access work', ['to']))).toBe(false);
    expect(genuineMatch('Lyonnais', result('the City of Lyon', ['Lyon']))).toBe(false);
  });

  it('accepts the word itself, a longer word and a stemmed form', () => {
    expect(genuineMatch('Lyon', result('the City of Lyon,', ['Lyon,']))).toBe(true);
    expect(genuineMatch('migrant', result('recent migrants arrived', ['migrants']))).toBe(true);
    expect(genuineMatch('studies', result('a study centre', ['study']))).toBe(true);
    expect(genuineMatch('policies', result('a housing policy', ['policy']))).toBe(true);
  });

  it('folds accents and case, and finds a part of a hyphenated name', () => {
    expect(genuineMatch('rhone', result('in Auvergne-Rhône-Alpes today', ['Auvergne-Rhône-Alpes']))).toBe(true);
    expect(genuineMatch('RHÔNE alpes', result('in Auvergne-Rhône-Alpes today', ['Auvergne-Rhône-Alpes']))).toBe(true);
  });

  it('needs every word of the query', () => {
    expect(genuineMatch('Lyon Torino', result('to the City of Lyon', ['Lyon', 'to']))).toBe(false);
  });
});
