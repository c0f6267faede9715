import { z } from 'astro/zod';
import type { RefFactory } from './common.ts';
import { citationFields, perRef } from './source.ts';

/**
 * A figure a source states; never an estimate of ours. Its citation (source and at) is
 * checked by the content check, which names the figure when one is missing.
 */
export const outcome = perRef((ref: RefFactory) => {
  const cite = citationFields(ref);
  return z
    .object({
      indicator: z.string().min(3).describe('What was counted, e.g. "people supported"'),
      value: z.number().describe('The figure as the source states it'),
      unit: z.string().min(1).describe('Unit of the figure, e.g. "people"'),
      year: z.number().int().min(1900).max(2100).optional().describe('Year the figure refers to, if stated'),
      source: cite.source.optional().describe('Id of the source stating the figure'),
      at: cite.at.optional().describe('Where in the source the figure is stated'),
      excerpt: cite.excerpt,
      translation: cite.translation,
      lang: cite.lang,
    })
    .strict();
});

export type Outcome = z.output<ReturnType<typeof outcome>>;
