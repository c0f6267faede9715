import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n/index.ts';
import { i18nFor } from '../../src/i18n/context.ts';

describe('interface text', () => {
  it('counts case studies on the map in agreement with the number', () => {
    const count = (n: number) => i18nFor('en').plural(strings().charts.map.count, n);
    expect([0, 1, 2, 12].map(count)).toEqual(['no case study yet', '1 case study', '2 case studies', '12 case studies']);
  });
});
