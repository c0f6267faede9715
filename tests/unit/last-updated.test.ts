import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitDates, editUrl, lastCommitDates } from '../../src/lib/provenance.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function git(cwd: string, date: string, ...args: string[]) {
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'T',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 'T',
    GIT_COMMITTER_EMAIL: 't@example.org',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}

/** A repository where a.mdx was last changed on 2024-03-02 and b.mdx on 2025-01-15. */
function history(): string {
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'atlas-dates-')));
  dirs.push(top);
  const cases = join(top, 'content', 'cases');
  mkdirSync(cases, { recursive: true });
  git(top, '2024-01-01T12:00:00Z', 'init', '-q', '-b', 'main');
  writeFileSync(join(cases, 'a.mdx'), 'one');
  writeFileSync(join(cases, 'b.mdx'), 'one');
  git(top, '2024-01-01T12:00:00Z', 'add', '.');
  git(top, '2024-01-01T12:00:00Z', 'commit', '-q', '-m', 'first');
  writeFileSync(join(cases, 'a.mdx'), 'two');
  git(top, '2024-03-02T12:00:00Z', 'commit', '-q', '-am', 'edit a');
  writeFileSync(join(cases, 'b.mdx'), 'two');
  git(top, '2025-01-15T12:00:00Z', 'commit', '-q', '-am', 'edit b');
  return top;
}

describe('last updated, from git', () => {
  it('is the date of the last commit that touched each file', () => {
    const top = history();
    const dates = lastCommitDates(join(top, 'content'));
    expect(dates.get(join(top, 'content/cases/a.mdx'))).toBe('2024-03-02');
    expect(dates.get(join(top, 'content/cases/b.mdx'))).toBe('2025-01-15');
  });

  it('knows when each file was added: the date of the first commit that touched it', () => {
    const top = history();
    const { first } = commitDates(join(top, 'content'));
    expect(first.get(join(top, 'content/cases/a.mdx'))).toMatch(/^2024-01-01T12:00:00/);
    expect(first.get(join(top, 'content/cases/b.mdx'))).toMatch(/^2024-01-01T12:00:00/);
  });

  it('is unknown in a shallow clone, where every file would look changed on the day of the clone', () => {
    const top = history();
    const clone = join(top, 'clone');
    git(top, '2025-02-01T00:00:00Z', 'clone', '-q', '--depth', '1', `file://${top}`, clone);
    expect(lastCommitDates(join(clone, 'content')).size).toBe(0);
  });

  it('is unknown outside git', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-nogit-'));
    dirs.push(dir);
    expect(lastCommitDates(dir).size).toBe(0);
  });
});

describe('edit links', () => {
  it('open the file on the repository’s main branch', () => {
    expect(editUrl('./content/cases/a.mdx')).toMatch(/\/edit\/main\/content\/cases\/a\.mdx$/);
  });
});
