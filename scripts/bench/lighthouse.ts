/**
 * Lighthouse scores of a served site, with Debian's Chromium, for the benchmark report:
 * each page on a 390 px phone (Lighthouse's mobile throttling) and on a 1280 px desktop,
 * the median of three runs.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** The screens each page is scored on: a phone as the issue names it, and a laptop. */
const screens = {
  '390 px': {
    extends: 'lighthouse:default',
    settings: { formFactor: 'mobile', screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 3, disabled: false } },
  },
  '1280 px': desktopConfig,
} as const;

export async function lighthouseScores(baseUrl: string, pages: Record<string, string>): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      for (const [screen, config] of Object.entries(screens)) {
        // The phone's performance score moves by several points from one run to the next on
        // this shared machine, for the same build: each page is scored three times and the
        // run with the median performance kept, as Lighthouse's docs advise.
        const runs: LighthouseRow[] = [];
        for (let run = 0; run < 3; run++) {
          const result = await lighthouse(
            `${baseUrl}${path}`,
            { port: chrome.port, output: 'json', logLevel: 'error' },
            config as Parameters<typeof lighthouse>[2],
          );
          const c = result?.lhr.categories;
          const score = (key: string) => Math.round((c?.[key]?.score ?? 0) * 100);
          runs.push({
            page: `${name} (${screen})`,
            performance: score('performance'),
            accessibility: score('accessibility'),
            bestPractices: score('best-practices'),
            seo: score('seo'),
          });
        }
        rows.push(runs.sort((a, b) => a.performance - b.performance)[1]!);
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
