import { describe, expect, it } from 'vitest';
import { benchmarkMarkdown, budgets, type Run } from '../../scripts/bench/report.ts';

const run = (over: Partial<Run>): Run => ({
  size: 1000,
  buildSeconds: 15,
  baselineSeconds: 10,
  buildRatio: 1.5,
  peakRssMb: 1200,
  baselinePeakRssMb: 1100,
  distMb: 25,
  casePageGzipBytes: 5300,
  casePageJsBytes: 0,
  indexBytes: 1_800_000,
  searchColdMs: 250,
  searchWarmMs: 30,
  ...over,
});
const verdict = (rows: [string, string][], budget: string) => rows.find(([b]) => b.startsWith(budget))?.[1];

describe('the benchmark report', () => {
  it('judges each budget at its limit as met and just past it as missed', () => {
    const met = budgets([run({}), run({ size: 10000, buildSeconds: 599, peakRssMb: 4095 })], []);
    expect(verdict(met, 'build at 1,000')).toBe('met (1.5 ×)');
    expect(verdict(met, 'search at 1,000 cases, every page type indexed: cold')).toBe('met (250 ms)');
    expect(verdict(met, '10,000 cases peak memory')).toBe('met (4095 MiB)');
    const missed = budgets([run({ buildRatio: 1.51, searchColdMs: 251, searchWarmMs: 31, casePageJsBytes: 1 }), run({ size: 10000, buildSeconds: 600, peakRssMb: 4096 })], []);
    for (const budget of ['build at 1,000', 'search at 1,000 cases, every page type indexed: cold', 'search at 1,000 cases, every page type indexed: warm', '10,000 cases build', '10,000 cases peak memory', 'case page ≤ 30 KB gzipped, no JavaScript (1000']) {
      expect(verdict(missed, budget), budget).toMatch(/^\*\*missed\*\*/);
    }
  });

  it('judges Lighthouse on all four scores', () => {
    const row = { page: 'home (390 px)', performance: 100, accessibility: 100, bestPractices: 100, seo: 100 };
    expect(verdict(budgets([], [row]), 'Lighthouse home')).toBe('met');
    expect(verdict(budgets([], [{ ...row, performance: 99 }]), 'Lighthouse home')).toBe('**missed** (99, 100, 100, 100)');
    expect(verdict(budgets([], [{ ...row, seo: 99 }]), 'Lighthouse home')).toBe('**missed** (100, 100, 100, 99)');
  });

  it('writes a table row per size and says how the two builds were run', () => {
    const text = benchmarkMarkdown([run({ size: 100 }), run({})], []);
    expect(text).toMatch(/^\| 100 \| 15 \| 10 \| 1\.5 \|/m);
    expect(text).toMatch(/^\| 1000 \| 15 \| 10 \| 1\.5 \|/m);
    expect(text).toContain("baseline runs with Astro's and Node's defaults");
  });

  it('prints the spread of the search rounds beside their medians', () => {
    const text = benchmarkMarkdown([run({ searchColdRange: [210, 290], searchWarmRange: [22, 41] })], []);
    expect(text).toMatch(/\| 250 \(210–290\) \| 30 \(22–41\) \|$/m);
    expect(text).toContain('served as a static host serves it');
  });
});
