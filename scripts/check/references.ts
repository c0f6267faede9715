/**
 * References between entries. Astro 7 only logs an invalid `reference()` and still
 * builds, so the checker validates them itself: its reference factory knows every id
 * that exists and adds an issue, at the exact path, for one that does not.
 */
import { z } from 'astro/zod';
import { idRef, type Ref, type RefFactory } from '../../src/schemas/index.ts';

/** Ids present in the content folder, per collection (whether or not the entry is valid). */
export type KnownIds = Record<string, Set<string>>;

const NOUN: Record<string, string> = {
  regions: 'region',
  domains: 'domain',
  organisations: 'organisation',
  projects: 'project',
  cases: 'case',
  tours: 'tour',
  sources: 'source',
  trails: 'trail',
};

const WHERE: Record<string, string> = {
  regions: 'regions.yaml',
  domains: 'domains.yaml',
  organisations: 'organisations/',
  projects: 'projects/',
  cases: 'cases/',
  tours: 'tours/',
  sources: 'sources/',
  trails: 'trails/',
};

/**
 * A RefFactory that accepts only existing ids. The membership test runs before idRef,
 * so an unknown id gives one "unknown region" problem with a suggestion rather than
 * also a complaint about its spelling.
 */
export function checkingRef(known: KnownIds): RefFactory {
  return (collection) =>
    z
      .string()
      .superRefine((id, ctx) => {
        const ids = known[collection] ?? new Set<string>();
        if (ids.has(id)) return;
        const noun = NOUN[collection] ?? collection;
        const allowed = [...ids].sort();
        const message = allowed.length
          ? `unknown ${noun} "${id}"`
          : `unknown ${noun} "${id}": there is no ${noun} yet in ${WHERE[collection] ?? collection}`;
        ctx.addIssue({ code: 'custom', message, input: id, params: { kind: 'reference', collection, allowed } });
      })
      // idRef is typed to take unknown input; here it always receives the string checked above.
      .pipe(idRef(collection) as z.ZodType<Ref, string>);
}
