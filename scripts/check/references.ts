/**
 * References between entries. Astro 7 only logs an invalid `reference()` and still
 * builds, so the checker validates them itself: its reference factory knows every id
 * that exists and adds an issue, at the exact path, for one that does not.
 */
import { z } from 'astro/zod';
import { idRef, type Ref, type RefFactory } from '../../src/schemas/index.ts';
import { collections, whereStored, type CollectionName } from '../../src/lib/collections.ts';

/** Ids present in the content folder, per collection (whether or not the entry is valid). */
export type KnownIds = Record<string, Set<string>>;

const noun = (collection: string) => (collection in collections ? collections[collection as CollectionName].noun : collection);
const where = (collection: string) => (collection in collections ? whereStored(collection as CollectionName) : collection);

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
        const one = noun(collection);
        const allowed = [...ids].sort();
        const message = allowed.length
          ? `unknown ${one} "${id}"`
          : `unknown ${one} "${id}": there is no ${one} yet in ${where(collection)}`;
        ctx.addIssue({ code: 'custom', message, input: id, params: { kind: 'reference', collection, allowed } });
      })
      // idRef is typed to take unknown input; here it always receives the string checked above.
      .pipe(idRef(collection) as z.ZodType<Ref, string>);
}
