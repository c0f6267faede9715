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
  searchColdMs: 300,
  searchWarmMs: 50,
  languages: 5,
  allSeconds: 70,
  allPages: 7000,
  onePages: 1400,
  pagesPerSecondOne: 93.3,
  pagesPerSecondAll: 100,
  ...over,
});
const verdict = (rows: [string, string][], budget: string) => rows.find(([b]) => b.startsWith(budget))?.[1];

describe('the benchmark report', () => {
  it('judges each budget at its limit as met and just past it as missed', () => {
    const met = budgets([run({}), run({ size: 10000, allSeconds: 599, peakRssMb: 4095 })], []);
    expect(verdict(met, 'build at 1,000 cases, one language')).toBe('met (1.5 ×)');
    expect(verdict(met, 'build at 1,000 cases in 5 languages')).toBe('met (100 against 93.3 pages/s)');
    expect(verdict(met, 'search at 1,000 cases in any language, every page type indexed: cold')).toBe('met (slowest language 300 ms)');
    expect(verdict(met, '10,000 cases in 5 languages: peak memory')).toBe('met (4095 MiB)');
    expect(verdict(met, '10,000 cases in 5 languages build')).toBe('met (599 s)');
    const missed = budgets(
      [run({ buildRatio: 1.51, searchColdMs: 301, searchWarmMs: 51, casePageJsBytes: 1, pagesPerSecondAll: 93 }), run({ size: 10000, allSeconds: 600, peakRssMb: 4096 })],
      [],
    );
    for (const budget of [
      'build at 1,000 cases, one language',
      'build at 1,000 cases in 5 languages',
      'search at 1,000 cases in any language, every page type indexed: cold',
      'search at 1,000 cases in any language, every page type indexed: warm',
      '10,000 cases in 5 languages build',
      '10,000 cases in 5 languages: peak memory',
      'case page ≤ 30 KB gzipped, no JavaScript, in every language (1000',
    ]) {
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
    expect(text).toMatch(/^\| 100 \| 15 \| 10 \| 1\.5 \| 1400 \| 93\.3 \| 70 \| 5 \| 7000 \| 100 \|/m);
    expect(text).toMatch(/^\| 1000 \| 15 \| 10 \| 1\.5 \|/m);
    expect(text).toContain("baseline runs with Astro's and Node's defaults");
  });

  it('prints the spread of the search rounds beside their medians', () => {
    const text = benchmarkMarkdown([run({ searchColdRange: [210, 290], searchWarmRange: [22, 41] })], []);
    expect(text).toMatch(/\| 300 \(210–290\) \| 50 \(22–41\) \|$/m);
    expect(text).toContain('served as a static host serves it');
  });
});
