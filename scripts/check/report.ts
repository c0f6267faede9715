/**
 * Problems and how they are printed. One problem is one line, `path:line:column: …`,
 * the form editors, terminals and CI annotations all turn into a clickable location.
 */
import { isAbsolute, relative } from 'node:path';

export interface Problem {
  /** Absolute path of the content file. */
  file: string;
  line?: number;
  column?: number;
  /** Where in the data, e.g. `regions[1]` or `stops[0].organisation`. */
  field?: string;
  /** What is wrong, in words a researcher uses; includes the value found. */
  message: string;
  found?: string;
  /** The values the field accepts, for enums and references. */
  allowed?: string[];
  /** The nearest allowed value: "did you mean …". */
  suggestion?: string;
}

export type ReportFormat = 'text' | 'github';

/** Counts of the entries read, for the "Content OK" line. */
export type ContentCounts = Record<string, number>;

// A long list of organisations would bury the message; the suggestion matters more.
const MAX_ALLOWED_SHOWN = 15;

/** Relative to `from` (the working directory) when inside it; absolute when relative would climb out. */
export function displayPath(file: string, from = process.cwd()): string {
  const rel = relative(from, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split('\\').join('/');
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** The explanation after the location: field, message, allowed values, suggestion. */
export function describeProblem(p: Problem): string {
  let text = p.field ? `${p.field}: ${p.message}` : p.message;
  if (p.allowed && p.allowed.length > 0) {
    const shown = p.allowed.slice(0, MAX_ALLOWED_SHOWN).join(', ');
    const more = p.allowed.length > MAX_ALLOWED_SHOWN ? `, … (${p.allowed.length - MAX_ALLOWED_SHOWN} more)` : '';
    text = `${sentence(text)} Allowed: ${shown}${more}`;
  }
  if (p.suggestion !== undefined) text = `${sentence(text)} Did you mean "${p.suggestion}"?`;
  return text;
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function location(p: Problem): string {
  const path = displayPath(p.file);
  if (p.line === undefined) return path;
  return p.column === undefined ? `${path}:${p.line}` : `${path}:${p.line}:${p.column}`;
}

// GitHub workflow commands: data escapes %, CR, LF; properties also , and :.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

// GitHub resolves an annotation's file against the repository root, wherever the command ran.
function githubLine(p: Problem, root: string, level: 'error' | 'warning' = 'error'): string {
  const props = [`file=${escapeProperty(displayPath(p.file, root))}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.column !== undefined) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(p.field ? `Content: ${p.field}` : 'Content check')}`);
  return `::${level} ${props.join(',')}::${escapeData(describeProblem(p))}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 problems in 2 files", or "Content OK: 5 cases, 1 tour, …" when there are none. */
export function summary(problems: Problem[], counts?: ContentCounts, warnings: readonly Problem[] = []): string {
  const warned = warnings.length > 0 ? ` (${plural(warnings.length, 'warning')})` : '';
  if (problems.length === 0) {
    const parts = Object.entries(counts ?? {}).map(([name, n]) => `${n} ${n === 1 ? singular(name) : name}`);
    return (parts.length ? `Content OK: ${parts.join(', ')}` : 'Content OK') + warned;
  }
  const files = new Set(problems.map((p) => p.file)).size;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}${warned}`;
}

function singular(name: string): string {
  return name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '');
}

/**
 * The whole report: one line per problem, sorted by position, then the summary line.
 * Annotation paths are relative to `repositoryRoot` (default: the working directory).
 */
export function formatReport(
  problems: Problem[],
  format: ReportFormat,
  counts?: ContentCounts,
  options: { repositoryRoot?: string; warnings?: readonly Problem[] } = {},
): string {
  const sorted = [...problems].sort(compareProblems);
  const warnings = [...(options.warnings ?? [])].sort(compareProblems);
  const root = options.repositoryRoot ?? process.cwd();
  const lines = sorted.map((p) => (format === 'github' ? githubLine(p, root) : `${location(p)}: ${describeProblem(p)}`));
  // Warnings after the problems, marked as such: they do not fail the check.
  lines.push(...warnings.map((p) => (format === 'github' ? githubLine(p, root, 'warning') : `${location(p)}: warning: ${describeProblem(p)}`)));
  lines.push(summary(problems, counts, warnings));
  return `${lines.join('\n')}\n`;
}
