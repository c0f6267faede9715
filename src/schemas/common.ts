import { z } from 'astro/zod';

/** Lowercase kebab-case ASCII, the form every id in the atlas takes. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const kebabId = z
  .string()
  .regex(KEBAB_ID, 'must be lowercase kebab-case ASCII, like "auvergne-rhone-alpes"');

/** BCP 47 language tag, kept to the simple forms the atlas uses ("en", "ca", "pt-BR"). */
export const langTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag, like "en" or "ca"');

/** ISO 3166-1 alpha-2 country code. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 country code, like "IT"');

/**
 * YAML turns an unquoted 2017-05-15 into a date and 2017 into a number; researchers
 * should not have to know that, so both are read back as the text they typed.
 */
const asDateText = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value;

/**
 * Whether a date text names a real day, month or year between 1900 and 2100: the atlas
 * records recent practice, and a date such as 9999-12-31 or 2026-02-31 only breaks the
 * calendars and timelines built from it.
 */
export function realDate(text: string): boolean {
  if (text === 'undated') return true;
  const [year, month = 1, day = 1] = text.split('-').map(Number);
  if (year! < 1900 || year! > 2100) return false;
  const date = new Date(Date.UTC(year!, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
const realDateRule = { message: 'is not a real date between 1900 and 2100' };

/** A date as precise as the source states it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.preprocess(
  asDateText,
  z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(realDate, realDateRule),
);

/** A source's date: as precise as the document gives it, or "undated". */
export const sourceDate = z.preprocess(
  asDateText,
  z
    .string()
    .regex(
      /^(?:undated|\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)$/,
      'must be a date as YYYY, YYYY-MM or YYYY-MM-DD, or "undated" when the document gives none',
    )
    .refine(realDate, realDateRule),
);

/** A full calendar date, YYYY-MM-DD. */
export const fullDate = z.preprocess(
  asDateText,
  z
    .string()
    .regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD')
    .refine(realDate, realDateRule),
);

/** Web address; only http(s), so no `javascript:` can hide in a link. */
// (Zod trims the address it checks, so spaces around it never reach a page.)
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https:// or http://' });

/**
 * A reference to an entry of another collection. Astro passes its own `reference()`;
 * the content checker passes `idRef`, which yields the same `{ collection, id }` shape
 * so that library code sees one form whichever loaded the data.
 */
export type RefFactory = (collection: string) => z.ZodType<{ collection: string; id: string }, unknown>;

export const idRef: RefFactory = (collection) => kebabId.transform((id) => ({ collection, id }));

export type Ref = { collection: string; id: string };
