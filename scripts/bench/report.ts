/** The benchmark report: the figures, the machine, and each budget met or missed. */
import { cpus, totalmem } from 'node:os';
import type { LighthouseRow } from './lighthouse.ts';

export interface Run {
  size: number;
  buildSeconds: number;
  baselineSeconds: number;
  buildRatio: number;
  peakRssMb: number;
  /** The baseline's peak, to tell the atlas's own memory from Astro's. */
  baselinePeakRssMb: number;
  distMb: number;
  casePageGzipBytes: number;
  casePageJsBytes: number;
  indexBytes: number;
  /** Medians over fresh-browser rounds. */
  searchColdMs: number;
  searchWarmMs: number;
  /** Fastest and slowest round, so a reader sees how far one run can be from the median. */
  searchColdRange?: [number, number] | undefined;
  searchWarmRange?: [number, number] | undefined;
  /** How many fresh-browser rounds the medians are of. */
  searchRounds?: number | undefined;
}

const range = (r?: [number, number]) => (r ? ` (${r[0]}–${r[1]})` : '');

const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

/** Each budget of the performance issue, judged on the runs that measure it. */
export function budgets(runs: Run[], lighthouse: LighthouseRow[]): [string, string][] {
  const at = (n: number) => runs.find((r) => r.size === n);
  const rows: [string, string][] = [];
  const r1k = at(1000);
  if (r1k) {
    rows.push(['build at 1,000 cases ≤ 1.5 × baseline', `${mark(r1k.buildRatio <= 1.5)} (${r1k.buildRatio} ×)`]);
    rows.push(['search at 1,000 cases, every page type indexed: cold ≤ 250 ms', `${mark(r1k.searchColdMs <= 250)} (${r1k.searchColdMs} ms)`]);
    rows.push(['search at 1,000 cases, every page type indexed: warm ≤ 30 ms', `${mark(r1k.searchWarmMs <= 30)} (${r1k.searchWarmMs} ms)`]);
  }
  const r10k = at(10000);
  if (r10k) {
    rows.push(['10,000 cases build in < 10 min', `${mark(r10k.buildSeconds < 600)} (${r10k.buildSeconds} s)`]);
    rows.push(['10,000 cases peak memory < 4 GiB', `${mark(r10k.peakRssMb < 4096)} (${r10k.peakRssMb} MiB)`]);
  }
  for (const r of runs) {
    rows.push([`case page ≤ 30 KB gzipped, no JavaScript (${r.size} cases)`, `${mark(r.casePageGzipBytes <= 30 * 1024 && r.casePageJsBytes === 0)} (${r.casePageGzipBytes} B, ${r.casePageJsBytes} B JS)`]);
  }
  for (const l of lighthouse) {
    const ok = l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100 && l.performance === 100;
    rows.push([`Lighthouse ${l.page}: 100 in all four categories`, ok ? mark(ok) : `${mark(ok)} (${l.performance}, ${l.accessibility}, ${l.bestPractices}, ${l.seo})`]);
  }
  return rows;
}

export function benchmarkMarkdown(runs: Run[], lighthouse: LighthouseRow[]): string {
  const cpu = cpus();
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench/run.ts); do not edit by hand. Synthetic, seeded',
    'corpora; the baseline is a bare Astro 7 + MDX site with one page per case from the same bodies',
    'and the same Markdown processor. Build times are the fastest of repeated builds (atlas and',
    'baseline alternately; 10,000 cases once), peaks the highest; search times are medians of',
    'fresh-browser rounds in headless Chromium, with the fastest and slowest round in brackets, against',
    'the site served as a static host serves it (compressed, hashed files cached, the rest revalidated),',
    'run as the search page runs it (its Pagefind options, its filter counts, its first results), with',
    'words each held by about one case in eight.',
    'The atlas is built as `npm run build` builds it: the content check in a child process before Astro loads content, Astro rendering',
    'four pages at a time with a 32 MB young generation, then Pagefind (docs/performance.md). The',
    'baseline runs with Astro\'s and Node\'s defaults. Memory is in MiB (the JSON\'s `peakRssMb`).',
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}, ${process.platform}. Run ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| cases | atlas build s | baseline s | ratio | peak RSS MiB | baseline peak MiB | dist MiB | case page gzip B | case page JS B | index B | search cold ms | search warm ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) =>
        `| ${r.size} | ${r.buildSeconds} | ${r.baselineSeconds} | ${r.buildRatio} | ${r.peakRssMb} | ${r.baselinePeakRssMb} | ${r.distMb} | ${r.casePageGzipBytes} | ${r.casePageJsBytes} | ${r.indexBytes} | ${r.searchColdMs}${range(r.searchColdRange)} | ${r.searchWarmMs}${range(r.searchWarmRange)} |`,
    ),
    '',
  ];
  if (lighthouse.length > 0) {
    lines.push('## Lighthouse (real corpus)', '', '| page | performance | accessibility | best practices | SEO |', '| --- | ---: | ---: | ---: | ---: |');
    lines.push(...lighthouse.map((l) => `| ${l.page} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`), '');
  }
  lines.push('## Budgets', '', '| budget | result |', '| --- | --- |', ...budgets(runs, lighthouse).map(([b, r]) => `| ${b} | ${r} |`), '');
  return lines.join('\n');
}
