/** Trails in the open data: JSON records with plain ids, and tidy tables (one per list) with their keys. */
import { describe, expect, it } from 'vitest';
import { exportRecords } from '../../src/lib/export.ts';
import { tidyTables } from '../../src/lib/tidy.ts';
import { makeAtlas } from '../helpers/atlas.ts';

const atlas = makeAtlas({
  trails: {
    't-one': {
      stages: [
        { stage: 'interest', date: '2017', citation: { source: 's1', at: 'Phase 1' } },
        { stage: 'planned', date: '2017-05', citation: { source: 's1', at: 'Phase 3', excerpt: 'Sperimentazione in Piemonte' } },
      ],
    },
  },
});

describe('trail export', () => {
  it('writes each trail as a record with ids in place of references', () => {
    const [record] = exportRecords(atlas, 'trails');
    expect(record).toMatchObject({ id: 't-one', from: { region: 'r2' }, to: { region: 'r1' }, domains: ['health'] });
    expect((record!['stages'] as { citation: { source: string } }[])[1]!.citation.source).toBe('s1');
  });

  it('splits stages into a table of their own, in order, keyed by trail and position', () => {
    const tables = tidyTables('trails', exportRecords(atlas, 'trails'), (id) => `/transfers/#trail-${id}`);
    const main = tables.find((t) => t.name === 'trails')!;
    const cols = main.fields.map((f) => f.name);
    expect(cols).toEqual(expect.arrayContaining(['id', 'from.region', 'to.region', 'scope', 'what.kind']));
    const stages = tables.find((t) => t.name === 'trails-stages')!;
    const names = stages.fields.map((f) => f.name);
    const stageCol = names.indexOf('stage');
    expect(stages.rows.map((r) => r[stageCol])).toEqual(['interest', 'planned']);
    expect(names).toEqual(expect.arrayContaining(['citation.source', 'citation.at', 'date']));
  });
});
