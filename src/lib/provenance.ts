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
 * Dates of the last and of the first commit that touched each file under `dir`
 * (absolute path → YYYY-MM-DD for the last; the first keeps its time, YYYY-MM-DDTHH:MM:SS±HH:MM,
 * so files added on one day still come in the order they came): when it was last
 * updated and when it was added. Read
 * from one `git log` for the whole folder rather than one call per page. A shallow
 * clone knows only its newest commit, which would date every file to the clone, so
 * there (and outside git) the maps are empty and pages fall back to the review date.
 */
export function commitDates(dir: string): { last: Map<string, string>; first: Map<string, string> } {
  const last = new Map<string, string>();
  const first = new Map<string, string>();
  try {
    if (git(['rev-parse', '--is-shallow-repository'], dir).trim() !== 'false') return { last, first };
    const top = git(['rev-parse', '--show-toplevel'], dir).trim();
    let date = '';
    // Along main's own line, newest first, each merge showing what it brought in: a page
    // changed on a branch is dated from when the change reached main (git log lists no
    // files for merges otherwise). The first date seen is the last change, the final one
    // the addition.
    for (const line of git(['log', '--first-parent', '--diff-merges=first-parent', '--format=%x00%cI', '--name-only', '--', '.'], dir).split('\n')) {
      if (line.startsWith('\0')) date = line.slice(1);
      else if (line !== '') {
        const file = resolve(top, line);
        if (!last.has(file)) last.set(file, date.slice(0, 10));
        first.set(file, date);
      }
    }
  } catch {
    // Not a git checkout, or git missing: no dates, pages use the fallback.
  }
  return { last, first };
}

/** Date of the last commit that touched each file under `dir`; see commitDates. */
export const lastCommitDates = (dir: string): Map<string, string> => commitDates(dir).last;
