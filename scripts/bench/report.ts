/** The benchmark report: the figures, the machine, and each budget met or missed. */
import { cpus, totalmem } from 'node:os';
import type { LighthouseRow } from './lighthouse.ts';

export interface Run {
  size: number;
  /** The atlas built in its default language only, against the baseline (same pages, same language). */
  buildSeconds: number;
  baselineSeconds: number;
  buildRatio: number;
  onePeakRssMb?: number | undefined;
  onePages?: number | undefined;
  /** The atlas in every interface language, as `npm run build` builds it. */
  languages?: number | undefined;
  allSeconds?: number | undefined;
  allPages?: number | undefined;
  pagesPerSecondOne?: number | undefined;
  pagesPerSecondAll?: number | undefined;
  /** Search medians on each language's own index. */
  searchByLanguage?: { lang: string; coldMs: number; warmMs: number }[] | undefined;
  /** Peak of the build in every language. */
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
    rows.push(['build at 1,000 cases, one language, ≤ 1.5 × baseline', `${mark(r1k.buildRatio <= 1.5)} (${r1k.buildRatio} ×)`]);
    if (r1k.pagesPerSecondAll !== undefined && r1k.pagesPerSecondOne !== undefined) {
      rows.push([
        `build at 1,000 cases in ${r1k.languages} languages renders at least as many pages per second as in one`,
        `${mark(r1k.pagesPerSecondAll >= r1k.pagesPerSecondOne)} (${r1k.pagesPerSecondAll} against ${r1k.pagesPerSecondOne} pages/s)`,
      ]);
    }
    rows.push(['search at 1,000 cases in any language, every page type indexed: cold ≤ 300 ms', `${mark(r1k.searchColdMs <= 300)} (slowest language ${r1k.searchColdMs} ms)`]);
    rows.push(['search at 1,000 cases in any language, every page type indexed: warm ≤ 50 ms', `${mark(r1k.searchWarmMs <= 50)} (slowest language ${r1k.searchWarmMs} ms)`]);
  }
  const r10k = at(10000);
  if (r10k) {
    const seconds = r10k.allSeconds ?? r10k.buildSeconds;
    rows.push([`10,000 cases in ${r10k.languages ?? 1} languages build in < 10 min`, `${mark(seconds < 600)} (${seconds} s)`]);
    rows.push([`10,000 cases in ${r10k.languages ?? 1} languages: peak memory < 4 GiB`, `${mark(r10k.peakRssMb < 4096)} (${r10k.peakRssMb} MiB)`]);
  }
  for (const r of runs) {
    rows.push([`case page ≤ 30 KB gzipped, no JavaScript, in every language (${r.size} cases)`, `${mark(r.casePageGzipBytes <= 30 * 1024 && r.casePageJsBytes === 0)} (heaviest ${r.casePageGzipBytes} B, ${r.casePageJsBytes} B JS)`]);
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
    'The atlas is built as `npm run build` builds it: the content check in a child process while Astro starts (no content is loaded',
    'before it passes), each body written as HTML while the content loads (the baseline compiles each as an MDX module), Astro',
    'rendering four pages at a time with a 32 MB young generation and a 3 GiB heap, then Pagefind (docs/performance.md). The',
    'baseline runs with Astro\'s and Node\'s defaults. Memory is in MiB (the JSON\'s `peakRssMb`).',
    '',
    `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}, ${process.platform}. Run ${new Date().toISOString().slice(0, 10)}.`,
    '',
    'The atlas is built twice per size: in its default language only (the pages the baseline has, in',
    'the same language: the build the 1.5 × budget was set on) and in every interface language, as',
    '`npm run build` builds it. Search is timed on each language\'s own index; the table gives the slowest',
    'language\'s medians, the second table each language.',
    '',
    '| cases | one-language build s | baseline s | ratio | pages | pages/s | all-language build s | languages | pages | pages/s | peak RSS MiB | baseline peak MiB | dist MiB | case page gzip B | case page JS B | index B | search cold ms | search warm ms |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) =>
        `| ${r.size} | ${r.buildSeconds} | ${r.baselineSeconds} | ${r.buildRatio} | ${r.onePages ?? ''} | ${r.pagesPerSecondOne ?? ''} | ${r.allSeconds ?? ''} | ${r.languages ?? ''} | ${r.allPages ?? ''} | ${r.pagesPerSecondAll ?? ''} | ${r.peakRssMb} | ${r.baselinePeakRssMb} | ${r.distMb} | ${r.casePageGzipBytes} | ${r.casePageJsBytes} | ${r.indexBytes} | ${r.searchColdMs}${range(r.searchColdRange)} | ${r.searchWarmMs}${range(r.searchWarmRange)} |`,
    ),
    '',
  ];
  const byLanguage = runs.filter((r) => r.searchByLanguage);
  if (byLanguage.length > 0) {
    lines.push('### Search by language (medians, ms)', '', '| cases | language | cold | warm |', '| ---: | --- | ---: | ---: |');
    for (const r of byLanguage) for (const l of r.searchByLanguage!) lines.push(`| ${r.size} | ${l.lang} | ${l.coldMs} | ${l.warmMs} |`);
    lines.push('');
  }
  if (lighthouse.length > 0) {
    lines.push(
      '## Lighthouse (real corpus)',
      '',
      'Each page and screen scored three times; the run with the median performance score is shown.',
      '',
      '| page | performance | accessibility | best practices | SEO |',
      '| --- | ---: | ---: | ---: | ---: |',
    );
    lines.push(...lighthouse.map((l) => `| ${l.page} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`), '');
  }
  lines.push('## Budgets', '', '| budget | result |', '| --- | --- |', ...budgets(runs, lighthouse).map(([b, r]) => `| ${b} | ${r} |`), '');
  return lines.join('\n');
}
