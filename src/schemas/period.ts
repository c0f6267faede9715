import { z } from 'astro/zod';
import { partialDate } from './common.ts';

/** When a practice or project ran; only what a source states. */
export const period = z
  .object({
    start: partialDate.describe('When it started: YYYY, YYYY-MM or YYYY-MM-DD'),
    end: partialDate.optional().describe('When it ended, if a source says so'),
  })
  .strict()
  .refine((p) => !p.end || p.end.localeCompare(p.start) >= 0, { message: 'end is before start', path: ['end'] });

export type Period = z.infer<typeof period>;
