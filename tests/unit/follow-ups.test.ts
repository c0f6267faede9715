/** Follow-up dates after a tour, and when one is due, at a fixed day so the answer never depends on the clock. */
import { describe, expect, it } from 'vitest';
import { addMonths, followUpDue, followUps } from '../../src/lib/follow-ups.ts';
import { decisionTrails } from '../../src/lib/trails.ts';
import { makeAtlas } from '../helpers/atlas.ts';

const cite = { source: 's1', at: 'Closing remarks' };

describe('follow-up dates', () => {
  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-05-12', 6)).toBe('2026-11-12');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-12-15', 12)).toBe('2028-12-15');
  });

  it('puts them six and twelve months after the last day, due once the day has come and nothing is reported', () => {
    const atlas = makeAtlas({ tours: { t: { dates: { start: '2026-05-11', end: '2026-05-12' } } } });
    const tour = atlas.tourById.get('t')!;
    expect(followUps(tour, '2026-11-11')).toEqual([
      { after: '6-months', date: '2026-11-12', state: 'upcoming', reported: undefined },
      { after: '12-months', date: '2027-05-12', state: 'upcoming', reported: undefined },
    ]);
    expect(followUps(tour, '2026-11-12').map((f) => f.state)).toEqual(['due', 'upcoming']);
    expect(followUpDue(tour, '2026-11-11')).toBe(false);
    expect(followUpDue(tour, '2026-11-12')).toBe(true);
  });

  it('is not due once reported, and there is none for a tour without dates', () => {
    const atlas = makeAtlas({
      tours: {
        t: { dates: { start: '2025-01-10' }, followUps: [{ after: '6-months', reported: '2025-07-20', citation: cite }] },
        undated: {},
      },
    });
    expect(followUps(atlas.tourById.get('t')!, '2025-12-01').map((f) => f.state)).toEqual(['reported', 'upcoming']);
    expect(followUps(atlas.tourById.get('undated')!, '2030-01-01')).toEqual([]);
  });
});

describe('decisions of a debrief', () => {
  it('become trails at their first stage, through the tour, from its host region unless said otherwise', () => {
    const atlas = makeAtlas({
      tours: {
        visit: {
          host: 'r2',
          decisions: [
            { what: { kind: 'tool', label: 'Intake form' }, to: { region: 'r1' }, stage: 'planned', citation: cite },
            { what: { kind: 'method', label: 'Peer visits' }, to: { region: 'r2' }, stage: 'interest', date: '2025-03', citation: cite },
            { what: { kind: 'method', label: 'Carried on' }, to: { region: 'r1' }, stage: 'interest', citation: cite, trail: 'elsewhere' },
          ],
        },
      },
    });
    const trails = decisionTrails(atlas.tours, atlas, { title: (l, t) => `${l} / ${t}`, summary: (t) => `After ${t}` });
    expect(trails.map((t) => [t.id, t.data.scope, t.data.from, t.data.stages.map((s) => s.stage)])).toEqual([
      ['visit-decision-1', 'interregional', { region: { collection: 'regions', id: 'r2' } }, ['planned']],
      ['visit-decision-2', 'within-region', { region: { collection: 'regions', id: 'r2' } }, ['interest']],
    ]);
    expect(trails[0]!.data.through).toEqual({ channel: 'study-tour', tour: { collection: 'tours', id: 'visit' } });
    // The atlas lists them with the trail files, on the same indexes.
    expect(
      atlas.trailsByTour
        .get('visit')
        ?.map((t) => t.id)
        .sort(),
    ).toEqual(['visit-decision-1', 'visit-decision-2']);
    expect(atlas.trailsToRegion.get('r1')?.map((t) => t.id)).toContain('visit-decision-1');
  });
});
