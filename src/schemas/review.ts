import { z } from 'astro/zod';
import { fullDate } from './common.ts';
import { reviewStatuses } from './enums.ts';

export const author = z
  .object({
    name: z.string().min(2).describe('Author name'),
    affiliation: z.string().optional().describe('Institution'),
    orcid: z
      .string()
      .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'must be an ORCID iD like 0000-0002-1825-0097')
      .optional()
      .describe('ORCID iD'),
  })
  .strict();

/** Review state; the content check requires `by` (not an author) and `date` once reviewed. */
export const review = z
  .object({
    status: z.enum(reviewStatuses).describe('draft, reviewed or validated'),
    by: z.string().optional().describe('Who reviewed it: someone other than the authors'),
    date: fullDate.optional().describe('When, YYYY-MM-DD'),
  })
  .strict();
