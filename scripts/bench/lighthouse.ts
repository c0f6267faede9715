/**
 * Lighthouse scores of a served site, with Debian's Chromium, for the benchmark report.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export async function lighthouseScores(baseUrl: string, pages: Record<string, string>): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      const c = result?.lhr.categories;
      const score = (key: string) => Math.round((c?.[key]?.score ?? 0) * 100);
      rows.push({ page: name, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
