import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageLastmod } from '../../src/integrations/sitemap.ts';

describe('sitemap dates', () => {
  const dir = '/content';
  const dates = new Map([
    [join(dir, 'cases', 'a.mdx'), '2026-01-02'],
    [join(dir, 'organisations', 'o.yaml'), '2025-05-05'],
  ]);

  it('date a page by the last change of its content file', () => {
    expect(pageLastmod('cases/a/', dates, dir)).toBe('2026-01-02');
    expect(pageLastmod('organisations/o/', dates, dir)).toBe('2025-05-05');
  });

  it('leave undated what no single file describes, or what git does not know', () => {
    expect(pageLastmod('cases/', dates, dir)).toBeUndefined();
    expect(pageLastmod('regions/r/', dates, dir)).toBeUndefined();
    expect(pageLastmod('cases/b/', dates, dir)).toBeUndefined();
    expect(pageLastmod('cases/a/citation.ris', dates, dir)).toBeUndefined();
  });
});
