/** "Did you mean …": the nearest allowed value, when it is near enough to be a typo. */
import { closest, distance } from 'fastest-levenshtein';

/**
 * The allowed value closest to `found`, compared case-insensitively, or undefined when
 * even the closest is too far off to be a slip of the keyboard (then a guess would
 * mislead more than help).
 */
export function didYouMean(found: unknown, allowed: readonly string[]): string | undefined {
  if (typeof found !== 'string' && typeof found !== 'number') return undefined;
  const value = String(found).trim().toLowerCase();
  if (value === '' || allowed.length === 0) return undefined;
  const lowered = allowed.map((a) => a.toLowerCase());
  const exact = lowered.indexOf(value);
  if (exact >= 0) return allowed[exact] === String(found) ? undefined : allowed[exact];
  // A prefix is a strong hint ("piemonte" for "piemonte-region"), whatever the length difference.
  const prefixed = allowed.filter((a) => a.toLowerCase().startsWith(value) || value.startsWith(a.toLowerCase()));
  if (prefixed.length === 1 && Math.min(value.length, prefixed[0]!.length) >= 3) return prefixed[0];
  const best = closest(value, lowered);
  const limit = Math.max(2, Math.ceil(value.length * 0.4));
  return distance(value, best) <= limit ? allowed[lowered.indexOf(best)] : undefined;
}

export { toKebab } from '../../src/lib/kebab.ts';
