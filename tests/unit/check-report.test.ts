import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, type Problem } from '../../scripts/check/report.ts';
import { baseContent, makeCase, mdx, writeContent } from '../helpers/factories.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const file = resolve('content/cases/foo.mdx');
const region: Problem = {
  file,
  line: 7,
  column: 3,
  field: 'regions[1]',
  message: 'unknown region "piedmont"',
  found: '"piedmont"',
  allowed: ['catalonia', 'piemonte'],
  suggestion: 'piemonte',
};

describe('text report', () => {
  it('writes path:line:column, field, message, allowed values and the suggestion on one line', () => {
    expect(formatReport([region], 'text')).toBe(
      'content/cases/foo.mdx:7:3: regions[1]: unknown region "piedmont". Allowed: catalonia, piemonte. Did you mean "piemonte"?\n1 problem in 1 file\n',
    );
  });

  it('sorts by file and position and counts problems and files', () => {
    const other: Problem = { file: resolve('content/regions.yaml'), line: 2, column: 5, field: '[0].kind', message: '"town" is not an allowed value' };
    const earlier: Problem = { file, line: 2, column: 1, field: 'lead', message: 'required field is missing' };
    expect(formatReport([region, other, earlier], 'text').split('\n')).toEqual([
      'content/cases/foo.mdx:2:1: lead: required field is missing',
      expect.stringMatching(/^content\/cases\/foo.mdx:7:3: regions\[1\]/),
      'content/regions.yaml:2:5: [0].kind: "town" is not an allowed value',
      '3 problems in 2 files',
      '',
    ]);
  });

  it('leaves out what is not known, and shortens long lists of allowed values', () => {
    const allowed = Array.from({ length: 20 }, (_, i) => `org-${i}`);
    const report = formatReport([{ file, message: 'no frontmatter' }, { file, line: 3, column: 1, field: 'lead', message: 'unknown organisation "x"', allowed }], 'text');
    expect(report).toContain('content/cases/foo.mdx: no frontmatter\n');
    expect(report).toContain('Allowed: org-0, org-1, org-2, org-3, org-4, org-5, org-6, org-7, org-8, org-9, org-10, org-11, org-12, org-13, org-14, … (5 more)\n');
  });

  it('shows paths outside the working directory in full', () => {
    expect(formatReport([{ ...region, file: '/elsewhere/content/cases/foo.mdx' }], 'text')).toMatch(/^\/elsewhere\/content\/cases\/foo.mdx:7:3: /);
  });

  it('says what was checked when there is nothing to fix', () => {
    expect(formatReport([], 'text', { cases: 5, tours: 1, organisations: 4, projects: 1, regions: 3, domains: 3 })).toBe(
      'Content OK: 5 cases, 1 tour, 4 organisations, 1 project, 3 regions, 3 domains\n',
    );
  });
});

describe('GitHub report', () => {
  it('writes one workflow annotation per problem, escaped, then the summary', () => {
    expect(formatReport([region], 'github')).toBe(
      '::error file=content/cases/foo.mdx,line=7,col=3,title=Content%3A regions[1]::regions[1]: unknown region "piedmont". Allowed: catalonia, piemonte. Did you mean "piemonte"?\n1 problem in 1 file\n',
    );
  });

  it('escapes newlines and percent signs in messages and commas in file names', () => {
    const odd: Problem = { file: join(process.cwd(), 'content/cases/a,b.mdx'), message: '100% wrong\nreally' };
    expect(formatReport([odd], 'github').split('\n')[0]).toBe('::error file=content/cases/a%2Cb.mdx,title=Content check::100%25 wrong%0Areally');
  });
});

describe('npm run check', () => {
  const cli = async (args: string[], files = baseContent()) => {
    const dir = writeContent(files);
    dirs.push(dir);
    try {
      const { stdout } = await promisify(execFile)(resolve('node_modules/.bin/node'), ['scripts/check.ts', ...args], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };

  it('prints annotations with --format github and exits 1', async () => {
    const { code, out } = await cli(['--format', 'github'], { ...baseContent(), 'cases/first.mdx': mdx(makeCase({ status: 'ongong' })) });
    expect(code).toBe(1);
    expect(out).toMatch(/^::error file=.*cases\/first\.mdx,line=\d+,col=9,title=Content%3A status::status: "ongong" is not an allowed value\. Allowed: planned, ongoing, ended, unknown\. Did you mean "ongoing"\?$/m);
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 problem in 1 file');
  });

  it('exits 0 with a summary on valid content, and 2 on an unknown format', async () => {
    expect(await cli([])).toEqual({ code: 0, out: 'Content OK: 1 case, 1 tour, 1 organisation, 1 project, 1 source, 2 regions, 2 domains\n' });
    expect((await cli(['--format', 'xml'])).code).toBe(2);
  });
});
