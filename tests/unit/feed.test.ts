import { describe, expect, it } from 'vitest';
import { creators, feedItems, feedLength } from '../../src/lib/feed.ts';
import { makeAtlas } from '../helpers/atlas.ts';

describe('feed items', () => {
  const atlas = makeAtlas({
    cases: {
      old: { title: 'Old', review: { status: 'reviewed', date: '2020-01-01' } },
      recent: { title: 'Recent', review: { status: 'reviewed', date: '2025-06-01' } },
      undated: { title: 'Undated' },
    },
    tours: { visit: { dates: { start: '2024-03-01' }, stops: [{ organisation: 'o1', topic: 'A visit' }] } },
  });

  it('lists cases and tours newest first (last change, else review date or first day), undated last', () => {
    const items = feedItems(atlas, () => undefined);
    expect(items.map((i) => [i.title, i.date])).toEqual([
      ['Recent', '2025-06-01'],
      ['Tour visit', '2024-03-01'],
      ['Old', '2020-01-01'],
      ['Undated', undefined],
    ]);
    expect(items[0]).toMatchObject({ link: '/cases/recent/', authors: ['Test author'] });
  });

  it('prefers the date of the last commit', () => {
    const items = feedItems(atlas, () => '2026-02-02');
    expect(items.every((i) => i.date === '2026-02-02')).toBe(true);
  });

  it(`keeps the ${feedLength} newest`, () => {
    const many = makeAtlas({ cases: Object.fromEntries(Array.from({ length: feedLength + 5 }, (_, i) => [`c${i}`, {}])) });
    expect(feedItems(many, () => undefined)).toHaveLength(feedLength);
  });

  it('names authors as Dublin Core creators, escaped', () => {
    expect(creators(['A & B', '<C>'])).toBe('<dc:creator>A &amp; B</dc:creator><dc:creator>&lt;C&gt;</dc:creator>');
  });
});
