import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/site-files.ts';

const dist = inject('fixtureDist');
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

describe('external quality gates on the built site', () => {
  it('every page passes the Nu HTML Checker with no error', () => {
    let report = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', dist], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      // vnu exits non-zero when it finds errors and prints them on stderr.
      const e = error as { stderr?: string; message: string };
      report = e.stderr || e.message;
    }
    expect(report.replaceAll(`file:${dist}`, '')).toBe('');
  });

  it('has no broken internal link or anchor', () => {
    const pages = new Map(htmlFiles(dist).map((f) => [f, parse(readFileSync(join(dist, f), 'utf8'))]));
    const ids = (file: string) => new Set(pages.get(file)?.querySelectorAll('[id]').map((el) => el.id) ?? []);
    const broken: string[] = [];
    for (const [file, doc] of pages) {
      const here = '/' + posix.dirname(file.split('\\').join('/')) + '/';
      for (const a of doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // another origin, mailto:, …
        const url = new URL(href, `http://site${here}`);
        let target = decodeURIComponent(url.pathname).replace(/^\//, '');
        if (target === '' || target.endsWith('/')) target += 'index.html';
        if (!existsSync(join(dist, target))) {
          broken.push(`${file}: ${href} (no ${target})`);
          continue;
        }
        if (url.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) {
          broken.push(`${file}: ${href} (no anchor ${url.hash})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
