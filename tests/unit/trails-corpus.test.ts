/**
 * The seed corpus of trails: the four transfers the issue names, each at the stage its
 * source reports and no further, and every quoted passage found word for word in the
 * copy of its source (the seeds), so a stage cannot quote what its source does not say.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const content = join(import.meta.dirname, '../../content');
const seeds = process.env['SEEDS_DIR'] ?? '/work/shared/seeds';

type Stage = { stage: string; citation: { source: string; at: string; excerpt?: string } };
type Trail = {
  scope: string;
  from: Record<string, unknown>;
  to: Record<string, unknown>;
  through?: { channel: string; tour?: string };
  stages: Stage[];
};

const trails = Object.fromEntries(
  readdirSync(join(content, 'trails')).map((f) => [
    f.replace(/\.yaml$/, ''),
    parse(readFileSync(join(content, 'trails', f), 'utf8')) as Trail,
  ]),
);
const furthest = (t: Trail) => t.stages.at(-1)!.stage;
// The seeds wrap lines and mix curly and straight apostrophes; compare the words.
const words = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

describe('the seed trails', () => {
  it('records the four transfers the sources describe, at the stage they report', () => {
    expect(furthest(trails['discorsi-auvergne-rhone-alpes-to-piemonte']!)).toBe('planned');
    expect(trails['discorsi-auvergne-rhone-alpes-to-piemonte']!.through).toEqual({ channel: 'study-tour', tour: 'discorsi-lyon' });
    expect(furthest(trails['discorsi-catalonia-to-piemonte']!)).toBe('planned');
    expect(trails['discorsi-catalonia-to-piemonte']!.through).toEqual({ channel: 'study-tour', tour: 'discorsi-barcelona' });
    expect(trails['passi-to-impact-umbria']).toMatchObject({
      scope: 'within-region',
      from: { project: 'passi' },
      to: { project: 'impact-umbria' },
    });
    expect(trails['alcorcon-employment-protocol-madrid']).toMatchObject({
      from: { case: 'alcorcon-employment-protocol' },
      to: { region: 'madrid' },
    });
    expect(furthest(trails['alcorcon-employment-protocol-madrid']!)).toBe('interest');
    expect(furthest(trails['epic-job-shadowing']!)).toBe('planned');
  });

  it.skipIf(!existsSync(seeds))('quotes every excerpt word for word from its source copy', () => {
    let quoted = 0;
    for (const [id, trail] of Object.entries(trails)) {
      for (const { citation } of trail.stages) {
        if (!citation.excerpt) continue;
        const source = parse(readFileSync(join(content, 'sources', `${citation.source}.yaml`), 'utf8')) as { copy: string };
        const copy = words(readFileSync(join(seeds, source.copy), 'utf8'));
        expect(copy, `${id}: ${citation.excerpt}`).toContain(words(citation.excerpt));
        quoted++;
      }
    }
    expect(quoted).toBeGreaterThanOrEqual(5);
  });
});
