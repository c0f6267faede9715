/**
 * The values a flag of `npm run new` may take: each an id with its label and any other
 * names (a region's local name, an organisation's short name), so a contributor can
 * write the name the site shows ("--region piedmont") and get the id (piemonte).
 */
import { didYouMean, toKebab } from '../check/suggest.ts';

/** [id, label, other names it may be given by] */
export type Choice = [string, string, ...string[]];

/** The id a value names: the id itself, or a name or other name written any way ("Piedmont", "piedmont"). */
export function idFor(value: string, choices: readonly Choice[]): string | undefined {
  const key = toKebab(value);
  return choices.find(([id]) => id === value)?.[0] ?? choices.find((c) => c.some((name) => toKebab(name) === key))?.[0];
}

/** ": did you mean piemonte (Piedmont)?" for the id or name nearest a value, when one is near enough. */
export function closest(value: string, choices: readonly Choice[]): string {
  const names = choices.flatMap(([id, ...others]) => [id, ...others]);
  const near = didYouMean(value, names);
  const id = near === undefined ? undefined : idFor(near, choices);
  const label = choices.find(([c]) => c === id)?.[1];
  return id ? `: did you mean ${id}${label && label !== id ? ` (${label})` : ''}?` : '';
}
