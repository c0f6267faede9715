import { z } from 'astro/zod';

/** A figure a source states; never an estimate of ours. */
export const outcome = z
  .object({
    indicator: z.string().min(3).describe('What was counted, e.g. "people supported"'),
    value: z.number().describe('The figure as the source states it'),
    unit: z.string().min(1).describe('Unit of the figure, e.g. "people"'),
    year: z.number().int().min(1900).max(2100).optional().describe('Year the figure refers to, if stated'),
    source: z.string().min(3).describe('URL or title of the source stating the figure'),
  })
  .strict();

export type Outcome = z.infer<typeof outcome>;
