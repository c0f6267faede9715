import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** Where the atlas's source lives, for "Edit this page" links. */
export const repository = {
  url: (process.env.REPO_URL || 'https://github.com/practice-atlas/practice-atlas').replace(/\/$/, ''),
  branch: process.env.REPO_BRANCH || 'main',
};

/** Link to edit a content file on the repository's web interface. */
export function editUrl(filePath: string): string {
  return `${repository.url}/edit/${repository.branch}/${filePath.replace(/^\.\//, '')}`;
}

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });

/**
 * Date of the last commit that touched each file under `dir` (absolute path → YYYY-MM-DD),
 * read from one `git log` for the whole folder rather than one call per page. A shallow
 * clone knows only its newest commit, which would date every file to the clone, so
 * there (and outside git) the map is empty and pages fall back to the review date.
 */
export function lastCommitDates(dir: string): Map<string, string> {
  return commitDates(dir, []);
}

/**
 * Date of the commit that added each file under `dir`: when a page was first published.
 * The newest addition wins, so a file deleted and added again dates from its return.
 */
export function firstCommitDates(dir: string): Map<string, string> {
  return commitDates(dir, ['--diff-filter=A']);
}

function commitDates(dir: string, filter: string[]): Map<string, string> {
  const dates = new Map<string, string>();
  try {
    if (git(['rev-parse', '--is-shallow-repository'], dir).trim() !== 'false') return dates;
    const top = git(['rev-parse', '--show-toplevel'], dir).trim();
    let date = '';
    // Along main's own line, with each merge showing what it brought in: a page changed on
    // a branch is dated from when the change reached main (git log skips merges' files otherwise).
    for (const line of git(['log', '--first-parent', '--diff-merges=first-parent', ...filter, '--format=%x00%cs', '--name-only', '--', '.'], dir).split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line !== '') {
        const file = resolve(top, line);
        if (!dates.has(file)) dates.set(file, date);
      }
    }
  } catch {
    // Not a git checkout, or git missing: no dates, pages use the fallback.
  }
  return dates;
}
