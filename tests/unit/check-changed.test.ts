import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectChanged, problemsOfChange } from '../../scripts/check/changed.ts';
import type { Problem } from '../../scripts/check/report.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const repos: string[] = [];
afterAll(() => repos.forEach((d) => rmSync(d, { recursive: true, force: true })));

// A fixed identity and no user or system config, so the test runs the same on any machine.
const gitEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
};

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const BAD_ON_MAIN = 'cases/broken-on-main.mdx';

/**
 * A repository whose main branch holds the fixture content plus one case with a problem
 * (committed before the branch existed), and a branch "feature" checked out from it.
 */
function repoWithBranch(mainBranch = 'main'): { top: string; content: string } {
  const top = mkdtempSync(join(tmpdir(), 'atlas-changed-'));
  repos.push(top);
  const content = join(top, 'content');
  cpSync(fixtureContent, content, { recursive: true });
  const broken = readFileSync(join(content, 'cases/gamma-housing-mentoring.mdx'), 'utf8').replace(
    /^practiceType: .*$/m,
    'practiceType: servise',
  );
  writeFileSync(join(content, BAD_ON_MAIN), broken);
  git(top, 'init', '-q', '-b', mainBranch);
  git(top, 'add', '.');
  git(top, 'commit', '-q', '-m', 'content on main');
  git(top, 'switch', '-q', '-c', 'feature');
  return { top, content };
}

/** Replace a field's line in a content file. */
function edit(content: string, file: string, pattern: RegExp, replacement: string) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toMatch(pattern);
  writeFileSync(path, text.replace(pattern, replacement));
}

const rel = (content: string, problems: Problem[]) =>
  problems.map((p) => `${p.file.slice(content.length + 1)}: ${p.field ?? ''}: ${p.message}`);

function runCheck(content: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/check.ts', ...args], { env: { ...gitEnv, CONTENT_DIR: content }, encoding: 'utf8' });
}

describe('npm run check -- --changed', () => {
  it('reports the changed file and not the bad file already committed on main', async () => {
    const { top, content } = repoWithBranch();
    edit(content, 'cases/alpha-health-mediation.mdx', /^regions: .*$/m, 'regions: [alpha-regoin]');
    git(top, 'commit', '-q', '-am', 'typo');

    const result = await inspectChanged(content);
    expect(rel(content, result.problems)).toEqual(['cases/alpha-health-mediation.mdx: regions[0]: unknown region "alpha-regoin"']);
    expect(result.hidden).toBe(1);
    expect(result.change.baseRef).toBe('main');
    expect([...result.change.files]).toEqual([join(content, 'cases/alpha-health-mediation.mdx')]);

    // The whole check still sees both.
    const full = runCheck(content);
    expect(full.stdout).toContain('broken-on-main.mdx');
    expect(full.stdout).toContain('alpha-health-mediation.mdx');
  });

  it('counts uncommitted edits and new untracked files as changed', async () => {
    const { content } = repoWithBranch();
    edit(content, 'cases/beta-skills-recognition.mdx', /^status: .*$/m, 'status: finished');
    const fresh = readFileSync(join(content, 'cases/alpha-health-mediation.mdx'), 'utf8').replace(/^lead: .*$/m, 'lead: nobody-we-know');
    writeFileSync(join(content, 'cases/new-untracked-case.mdx'), fresh);

    const result = await inspectChanged(content);
    expect(rel(content, result.problems)).toEqual([
      'cases/beta-skills-recognition.mdx: status: "finished" is not an allowed value',
      'cases/new-untracked-case.mdx: lead: unknown organisation "nobody-we-know"',
    ]);
  });

  it('also reports problems a deletion causes in files the branch did not touch', async () => {
    const { top, content } = repoWithBranch();
    git(top, 'rm', '-q', 'content/organisations/beta-city-council.yaml');
    git(top, 'commit', '-q', '-m', 'remove an organisation still referenced');

    const result = await inspectChanged(content);
    const lines = rel(content, result.problems);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines).toContain('cases/alpha-beta-housing-desk.mdx: lead: unknown organisation "beta-city-council"');
    for (const line of lines) expect(line).toMatch(/: unknown organisation "beta-city-council"$/);
    expect(lines.join('\n')).not.toContain('broken-on-main');
  });

  it('reports references to a region taken out of regions.yaml', async () => {
    const { content } = repoWithBranch();
    const path = join(content, 'regions.yaml');
    const regions = readFileSync(path, 'utf8');
    // Rename gamma-city: every file naming it now points at nothing.
    writeFileSync(path, regions.replace('- id: gamma-city', '- id: gamma-town'));

    const lines = rel(content, (await inspectChanged(content)).problems);
    expect(lines).toContain('cases/gamma-housing-mentoring.mdx: regions[0]: unknown region "gamma-city"');
    for (const line of lines) expect(line).toMatch(/: unknown region "gamma-city"$/);
  });

  it('reports nothing, and says so, when the branch changed no content', () => {
    const { content } = repoWithBranch();
    const result = runCheck(content, '--changed');
    expect(result.stdout).toMatch(/^Content OK/);
    expect(result.stderr).toContain('No content file changed since main');
    expect(result.stderr).toContain('1 problem in files this change does not touch, already there on main, not shown');
    expect(result.status).toBe(0);
  });

  it('falls back to origin/main, and takes another branch with --base', async () => {
    const { top, content } = repoWithBranch('trunk');
    edit(content, 'cases/alpha-health-mediation.mdx', /^regions: .*$/m, 'regions: [alpha-regoin]');
    git(top, 'update-ref', 'refs/remotes/origin/main', 'trunk');
    expect((await inspectChanged(content)).change.baseRef).toBe('origin/main');
    git(top, 'update-ref', '-d', 'refs/remotes/origin/main');
    expect((await inspectChanged(content, 'trunk')).problems).toHaveLength(1);
  });

  it('says clearly when there is no main branch to compare with', () => {
    const { content } = repoWithBranch('trunk');
    const result = runCheck(content, '--changed');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('neither "main" nor "origin/main" exists in this clone');
    expect(result.stderr).toContain('--base <branch>');
  });

  it('writes GitHub annotations with paths from the repository root, wherever it runs', () => {
    const { top, content } = repoWithBranch();
    edit(content, 'cases/alpha-health-mediation.mdx', /^status: .*$/m, 'status: 50% done');
    git(top, 'commit', '-q', '-am', 'status');
    const result = runCheck(content, '--changed', '--format', 'github');
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      expect.stringMatching(
        /^::error file=content\/cases\/alpha-health-mediation\.mdx,line=\d+,col=\d+,title=Content%3A status::status: "50%25 done" is not an allowed value\. Allowed: /,
      ),
      '1 problem in 1 file',
      '',
    ]);
  });
});

describe('problemsOfChange', () => {
  const p = (file: string, message: string, line = 1): Problem => ({ file, line, column: 1, message });

  it('keeps problems in changed files, and new problems elsewhere, comparing files by their place in the folder', () => {
    const now = [
      p('/new/cases/a.mdx', 'old problem'),
      p('/new/cases/b.mdx', 'old problem'),
      p('/new/cases/c.mdx', 'unknown organisation "x"'),
    ];
    const before = [p('/base/cases/a.mdx', 'old problem'), p('/base/cases/b.mdx', 'old problem')];
    expect(problemsOfChange(now, '/new', before, '/base', new Set(['/new/cases/a.mdx']))).toEqual([now[0], now[2]]);
  });
});
