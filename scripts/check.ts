/**
 * npm run check: validate every content file and report every problem in one run.
 *
 *   node scripts/check.ts [--format text|github] [--changed [--base <branch>]]
 *
 * Reads the folder CONTENT_DIR points at (default ./content). Exit code 1 when there
 * is any problem, 2 on a usage error. `--format github` prints workflow annotations,
 * so CI marks each problem on the line of the pull request's diff. `--changed` reports
 * only the problems the current branch is responsible for since it left main (or
 * `--base`): see check/changed.ts.
 */
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';
import { ChangedError, describeChange, inspectChanged, repositoryRoot } from './check/changed.ts';
import { formatReport, type ReportFormat } from './check/report.ts';
import { inspectContent } from './check/run.ts';

const FORMATS: readonly ReportFormat[] = ['text', 'github'];

let format: ReportFormat;
let changed: boolean;
let base: string | undefined;
try {
  const { values } = parseArgs({
    options: { format: { type: 'string', default: 'text' }, changed: { type: 'boolean', default: false }, base: { type: 'string' } },
  });
  if (!FORMATS.includes(values.format as ReportFormat)) throw new Error(`unknown format "${values.format}"; use text or github`);
  if (values.base !== undefined && !values.changed) throw new Error('--base only goes with --changed');
  format = values.format as ReportFormat;
  changed = values.changed;
  base = values.base;
} catch (error) {
  process.stderr.write(
    `${error instanceof Error ? error.message : String(error)}\nUsage: node scripts/check.ts [--format text|github] [--changed [--base <branch>]]\n`,
  );
  process.exit(2);
}

const dir = contentDir();
let result: Awaited<ReturnType<typeof inspectContent>>;
try {
  if (changed) {
    const narrowed = await inspectChanged(dir, base);
    process.stderr.write(describeChange(narrowed));
    result = narrowed;
  } else {
    result = await inspectContent(dir);
  }
} catch (error) {
  if (!(error instanceof ChangedError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}
const { problems, warnings, counts } = result;
// Inside a build (src/integrations/content-check.ts) the report goes to stderr, beside Astro's own messages.
const report = process.env.ATLAS_CHECK_REPORT === 'stderr' ? process.stderr : process.stdout;
report.write(formatReport(problems, format, counts, { repositoryRoot: repositoryRoot(dir), warnings }));
process.exitCode = problems.length > 0 ? 1 : 0;
