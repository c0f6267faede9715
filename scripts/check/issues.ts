/**
 * zod issues → problems a researcher can act on: the field, what was found, what is
 * allowed, the nearest allowed value, and where in the file it is written.
 */
import type { z } from 'astro/zod';
import type { Problem } from './report.ts';
import { didYouMean } from './suggest.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';
import { fieldsAt } from './zod-walk.ts';

type Issue = z.core.$ZodIssue;

/** `regions[1]`, `stops[0].organisation`, `[2].country` for an entry of a list file. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A value as a researcher would recognise it in their file. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  tuple: 'a list',
  object: 'a group of fields (name: value)',
  date: 'a date',
};

/**
 * YAML surprises: an unquoted date or year is not text, and text with ": " in it
 * becomes a field. Quoting fixes all of them.
 */
function quoteHint(expected: string, value: unknown): string {
  if (expected !== 'string') return '';
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    return '. A colon followed by a space makes YAML read text as a field: put the whole text in quotes';
  }
  if (value instanceof Date) return `; write it in quotes: "${value.toISOString().slice(0, 10)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return `; write it in quotes: "${value}"`;
  return '';
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>, value: unknown): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  if (issue.origin === 'string' && typeof value === 'string') {
    return `${small ? 'too short' : 'too long'}: ${value.length} characters, ${small ? 'at least' : 'at most'} ${limit} needed`;
  }
  if (issue.origin === 'array' && Array.isArray(value)) {
    const entries = `${limit} ${limit === 1 ? 'entry' : 'entries'}`;
    return `${small ? 'needs at least' : 'allows at most'} ${entries}, found ${value.length}`;
  }
  return `must be ${small ? 'at least' : 'at most'} ${limit}, found ${show(value)}`;
}

export interface IssueContext {
  file: string;
  /** The whole file's data, where values are looked up by their full path. */
  data: unknown;
  yaml: YamlSource;
  /** The schema that raised the issue, for the fields an object accepts. */
  schema: z.core.$ZodType;
  /** Path of the validated value in the file: [index] for an entry of a list file. */
  prefix: PathKey[];
}

/** Turn one zod issue into problems (several for several unknown fields). */
export function issueToProblems(issue: Issue, { file, data, yaml, schema, prefix }: IssueContext): Problem[] {
  const path = [...prefix, ...(issue.path as PathKey[])];
  const value = valueAt(data, path);
  const where = yaml.locate(path);
  const base = { file, line: where.line, column: where.column, field: fieldPath(path) || undefined };

  // A missing enum field fails as invalid_value, a missing text as invalid_type: both are "missing".
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const allowed = issue.code === 'invalid_value' ? issue.values.map(String) : undefined;
    return [{ ...base, message: 'required field is missing', allowed }];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsAt(schema, issue.path);
      return issue.keys.map((key) => {
        const at = yaml.locateKey(path, key);
        return { ...base, ...at, field: fieldPath([...path, key]), message: `unknown field "${key}"`, found: key, allowed, suggestion: didYouMean(key, allowed) };
      });
    }
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return [{ ...base, message: `expected ${expected}, found ${show(value)}${quoteHint(issue.expected, value)}`, found: show(value) }];
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return [{ ...base, message: `${show(value)} is not an allowed value`, found: show(value), allowed, suggestion: didYouMean(value, allowed) }];
    }
    case 'too_small':
    case 'too_big':
      return [{ ...base, message: sizeMessage(issue, value), found: show(value) }];
    case 'invalid_format':
      return [{ ...base, message: `${show(value)} ${issue.message}`, found: show(value) }];
    case 'custom': {
      // References carry their allowed ids (see references.ts); other refinements name the rule.
      const allowed = issue.params?.allowed as string[] | undefined;
      if (allowed) return [{ ...base, message: issue.message, found: show(value), allowed, suggestion: didYouMean(value, allowed) }];
      return [{ ...base, message: `${issue.message} (found ${show(value)})`, found: show(value) }];
    }
    default:
      return [{ ...base, message: `${issue.message}, found ${show(value)}`, found: show(value) }];
  }
}
