import { z } from 'astro/zod';

/** A funding line, as a source names it. */
export const funding = z
  .object({
    programme: z.string().min(2).describe('Funding programme, e.g. "AMIF (FAMI)"'),
    reference: z.string().optional().describe('Project number or grant reference'),
  })
  .strict();

export type Funding = z.infer<typeof funding>;
