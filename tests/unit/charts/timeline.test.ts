import { describe, expect, it } from 'vitest';
import { decimalYear, timelineData, timelineTable } from '../../../src/charts/timeline/data.ts';
import { timelineLayout } from '../../../src/charts/timeline/layout.ts';
import { makeAtlas } from '../../helpers/atlas.ts';

const atlas = makeAtlas({
  cases: {
    late: { title: 'Late', period: { start: '2022-09' }, status: 'unknown' },
    early: { title: 'Early', period: { start: '2019-03', end: '2021-06' }, status: 'ended' },
    undated: { title: 'Undated' },
  },
});

describe('timeline data', () => {
  it('reads partial dates as whole units: a stated year or month is covered entirely', () => {
    expect(decimalYear('2019', 'start')).toBe(2019);
    expect(decimalYear('2019', 'end')).toBe(2020);
    expect(decimalYear('2019-03', 'start')).toBeCloseTo(2019 + 2 / 12);
    expect(decimalYear('2019-03', 'end')).toBeCloseTo(2019 + 3 / 12);
    expect(decimalYear('2019-01-01', 'start')).toBe(2019);
    expect(decimalYear('2019-12-31', 'end')).toBeCloseTo(2020);
  });

  it('draws dated cases by start and lists the others as period not stated, never inventing dates', () => {
    const data = timelineData(atlas);
    expect(data.dated.map((c) => c.id)).toEqual(['early', 'late']);
    expect(data.dated[1]!.to).toBeUndefined();
    expect(data.undated.map((c) => c.id)).toEqual(['undated']);
  });

  it('keeps every case in the CSV, undated ones with empty dates', () => {
    const table = timelineTable(
      timelineData(atlas),
      { case: 'Case', kind: 'Kind', project: 'Project', id: 'Id', start: 'Start', end: 'End', status: 'Status' },
      { unknown: 'Not reported', ended: 'Ended', ongoing: 'Ongoing' },
    );
    expect(table.rows.map((r) => [r['case'], r['start'], r['end']])).toEqual([
      ['early', '2019-03', '2021-06'],
      ['late', '2022-09', ''],
      ['undated', '', ''],
    ]);
  });
});

describe('timeline layout', () => {
  const layout = timelineLayout(timelineData(atlas), (r) => r.start, 720);

  it('runs an open period to the right edge and a closed one to its end', () => {
    const [early, late] = layout.rows;
    expect(early!.open).toBe(false);
    expect(late!.open).toBe(true);
    expect(late!.x1).toBeGreaterThan(early!.x1);
    expect(early!.x1).toBeGreaterThan(early!.x0);
  });

  it('has a tick for whole years only, inside the drawing', () => {
    expect(layout.ticks.map((t) => t.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    for (const t of layout.ticks) expect(t.x).toBeLessThanOrEqual(layout.width);
  });

  it('cuts a title too long for its line with an ellipsis and keeps it whole for the tooltip', () => {
    const long = 'Alcorcón: Kooperationsprotokoll von NGO und Stadtverwaltung zum Arbeitsmarktzugang von Migrantinnen und Migranten';
    const rows = timelineLayout(
      timelineData(makeAtlas({ cases: { de: { title: long, period: { start: '2019' } }, short: { title: 'Short', period: { start: '2020' } } } })),
      (r) => r.start,
      320,
    ).rows;
    expect(rows[0]!.title).toBe(long);
    expect(rows[0]!.shownTitle).toMatch(/^Alcorcón: Kooperations.*…$/);
    expect(rows[0]!.shownTitle.length).toBeLessThan(long.length);
    expect(rows[1]!.shownTitle).toBe('Short');
  });

  it('draws nothing when no case states a period', () => {
    const empty = timelineLayout(timelineData(makeAtlas({ cases: { a: {} } })), (r) => r.start);
    expect(empty.rows).toEqual([]);
    expect(empty.ticks).toEqual([]);
  });
});
