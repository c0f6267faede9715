/**
 * `npm run check -- --changed`: report only what a branch is responsible for.
 *
 * The whole corpus is still read, since references need every id that exists. What is
 * reported: every problem in a content file the branch changed (committed, staged,
 * edited or new), plus every problem in an untouched file that the main branch did not
 * have. The second part is what a change causes elsewhere: a deleted organisation that
 * cases still name, a region taken out of regions.yaml, a renamed file. It is found by
 * checking main's copy of the content the same way and comparing, so it holds for any
 * rule that looks across files, present or future.
 *
 * A change to the rules themselves (schemas, the checker, the components a body may
 * use) can break any file, so then every problem is reported.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Problem } from './report.ts';
import { inspectContent, type CheckResult } from './run.ts';

/** A problem the user can fix by changing their setup, not their content: printed as is. */
export class ChangedError extends Error {}

/** Paths (from the repository root) whose change alters what the checker accepts. */
// src/lib/body-cites.ts reads the <Cite> elements of a body for the check as for the site.
export const RULE_PATHS: readonly string[] = [
  'src/schemas/',
  'src/lib/body-cites.ts',
  'scripts/check/',
  'scripts/check.ts',
];

/** The branch compared against when no --base is given, in order of preference. */
export const DEFAULT_BASES: readonly string[] = ['main', 'origin/main'];

const checkerRoot = realpathSync(resolve(import.meta.dirname, '..', '..'));

export interface ChangeSet {
  /** The repository's root folder. */
  top: string;
  /** The branch or ref compared against, as named ("main", "origin/main"). */
  baseRef: string;
  /** The commit the branch started from: `git merge-base HEAD <baseRef>`. */
  mergeBase: string;
  /** Absolute paths of changed content files: modified, added, deleted or untracked. */
  files: Set<string>;
  /** Changed rule files (see RULE_PATHS), from the repository root. */
  rules: string[];
}

function git(args: string[], cwd: string): { ok: boolean; out: string; err: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new ChangedError(`--changed needs git, which could not be run: ${r.error.message}`);
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim() };
}

const nulList = (out: string) => out.split('\0').filter(Boolean);

/** The root of the git repository holding `dir`, or undefined outside git. */
export function repositoryRoot(dir: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const r = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return r.status === 0 ? resolve(r.stdout.trim()) : undefined;
}

/** What changed in the content folder `dir` since the branch left `base` (default: main, else origin/main). */
export function changedSince(dir: string, base?: string): ChangeSet {
  if (!existsSync(dir)) throw new ChangedError(`content folder not found: ${dir}. Create it, or point CONTENT_DIR at one.`);
  const topResult = git(['rev-parse', '--show-toplevel'], dir);
  if (!topResult.ok)
    throw new ChangedError(
      `--changed compares with git history, but ${dir} is not in a git repository. Run npm run check without --changed.`,
    );
  const top = resolve(topResult.out.trim());

  const candidates = base ? [base] : DEFAULT_BASES;
  const baseRef = candidates.find((ref) => git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top).ok);
  if (!baseRef) {
    throw new ChangedError(
      base
        ? `--changed: "${base}" (given with --base) is not a branch or commit in this repository.`
        : '--changed compares with the main branch, but neither "main" nor "origin/main" exists in this clone. ' +
            'Fetch it (git fetch origin main; in CI check out with fetch-depth: 0) or name the branch to compare with: --base <branch>.',
    );
  }
  const mb = git(['merge-base', 'HEAD', baseRef], top);
  if (!mb.ok) {
    throw new ChangedError(
      `--changed: this branch and "${baseRef}" have no commit in common${mb.err ? ` (${mb.err})` : ''}. ` +
        'In a shallow clone, fetch the full history (git fetch --unshallow; in CI, fetch-depth: 0).',
    );
  }
  const mergeBase = mb.out.trim();

  // Against the working tree, so edits not yet committed count; --no-renames lists a
  // renamed file's old path too, since its old id is gone.
  const diff = git(['diff', '--name-only', '--no-renames', '-z', mergeBase, '--'], top);
  if (!diff.ok) throw new ChangedError(`--changed: git diff failed: ${diff.err}`);
  // git answers with real paths; problems carry `dir` as given, which may pass through a symlink.
  const realDir = realpathSync(dir);
  const contentRel = relative(top, realDir).split('\\').join('/');
  const rulesApply = checkerRoot === top;
  const untracked = git(
    ['ls-files', '--others', '--exclude-standard', '-z', '--', contentRel || '.', ...(rulesApply ? RULE_PATHS : [])],
    top,
  );
  const paths = [...nulList(diff.out), ...(untracked.ok ? nulList(untracked.out) : [])];

  const files = new Set<string>();
  const rules = new Set<string>();
  for (const path of paths) {
    const inContent = relative(realDir, resolve(top, path));
    if (!inContent.startsWith('..') && !isAbsolute(inContent)) files.add(join(dir, inContent));
    if (rulesApply && RULE_PATHS.some((rule) => (rule.endsWith('/') ? path.startsWith(rule) : path === rule))) rules.add(path);
  }
  return { top, baseRef, mergeBase, files, rules: [...rules].sort() };
}

/** Identity of a problem across two copies of the content folder. */
const problemKey = (p: Problem, root: string) => [relative(root, p.file), p.line, p.column, p.field, p.message].join('\u0000');

/**
 * The problems a change is responsible for: all of those in `changed` files, and those
 * elsewhere that `before` (the same check on the base's copy, rooted at `beforeRoot`)
 * did not have.
 */
export function problemsOfChange(now: Problem[], nowRoot: string, before: Problem[], beforeRoot: string, changed: Set<string>): Problem[] {
  const existing = new Set(before.map((p) => problemKey(p, beforeRoot)));
  return now.filter((p) => changed.has(p.file) || !existing.has(problemKey(p, nowRoot)));
}

/** The base commit's copy of the content folder, in a temporary folder. */
function extractBase(change: ChangeSet, dir: string, into: string): string {
  const rel = relative(change.top, realpathSync(dir)).split('\\').join('/');
  const archive = spawnSync('git', ['archive', '--format=tar', change.mergeBase, '--', rel || '.'], {
    cwd: change.top,
    maxBuffer: 1024 * 1024 * 1024,
  });
  const baseDir = join(into, rel);
  // The folder did not exist yet on the base: an empty copy, so every problem is new.
  if (archive.status !== 0) {
    mkdirSync(baseDir, { recursive: true });
    return baseDir;
  }
  const tar = spawnSync('tar', ['-x', '-f', '-', '-C', into], { input: archive.stdout });
  if (tar.status !== 0)
    throw new ChangedError(
      `--changed: could not unpack the base's content with tar: ${tar.stderr?.toString().trim() || tar.error?.message}`,
    );
  if (!existsSync(baseDir)) mkdirSync(baseDir, { recursive: true });
  return baseDir;
}

export interface ChangedResult extends CheckResult {
  change: ChangeSet;
  /** Problems left out because they were already there on the base. */
  hidden: number;
  /** True when rule files changed and so every problem is reported. */
  all: boolean;
}

/** inspectContent, narrowed to what the current branch changed since `base`. */
export async function inspectChanged(dir: string, base?: string): Promise<ChangedResult> {
  const change = changedSince(dir, base);
  const current = await inspectContent(dir);
  if (change.rules.length > 0) return { ...current, change, hidden: 0, all: true };
  if (change.files.size === 0) return { ...current, problems: [], warnings: [], change, hidden: current.problems.length, all: false };

  const tmp = mkdtempSync(join(tmpdir(), 'atlas-check-base-'));
  try {
    const baseDir = extractBase(change, dir, tmp);
    const before = await inspectContent(baseDir);
    const problems = problemsOfChange(current.problems, dir, before.problems, baseDir, change.files);
    const warnings = problemsOfChange(current.warnings, dir, before.warnings, baseDir, change.files);
    return { ...current, problems, warnings, change, hidden: current.problems.length - problems.length, all: false };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The lines saying what --changed compared, for the terminal (stderr). */
export function describeChange(result: ChangedResult): string {
  const { change } = result;
  const since = `since ${change.baseRef} (merge base ${change.mergeBase.slice(0, 7)})`;
  const n = change.files.size;
  const lines: string[] = [];
  if (result.all) {
    const shown =
      change.rules.length > 3 ? `${change.rules.slice(0, 3).join(', ')} and ${change.rules.length - 3} more` : change.rules.join(', ');
    lines.push(`This change edits the content rules (${shown}), so every content file is checked.`);
  } else if (n === 0) {
    lines.push(`No content file changed ${since}.`);
  } else {
    lines.push(
      `Checking ${n} changed content ${n === 1 ? 'file' : 'files'} ${since}, with references resolved against the whole content folder.`,
    );
  }
  if (result.hidden > 0) {
    lines.push(
      `${result.hidden} ${result.hidden === 1 ? 'problem' : 'problems'} in files this change does not touch, already there on ${change.baseRef}, not shown: npm run check lists everything.`,
    );
  }
  return `${lines.join('\n')}\n`;
}
