import { z } from 'astro/zod';
import { webUrl, type RefFactory } from './common.ts';
import { funding } from './funding.ts';
import { period } from './period.ts';
import { source } from './source.ts';

/** projects/<id>.yaml: a funded project or programme. */
export const projectSchema = (ref: RefFactory) =>
  z
    .object({
      name: z.string().min(2).describe('Short name, e.g. "D.I.S.CO.R.S.I. Migranti"'),
      fullName: z.string().optional().describe('Official title'),
      lead: ref('organisations').describe('Lead partner'),
      partners: z.array(ref('organisations')).optional().describe('Other partners'),
      regions: z.array(ref('regions')).min(1).describe('Regions it covers'),
      funding: z.array(funding).optional().describe('Funding lines'),
      period: period.optional().describe('When it ran'),
      url: webUrl.optional().describe('Project site'),
      description: z.string().optional().describe('One or two sentences on what it set out to do'),
      sources: z.array(source).min(1).describe('Documents that state these facts'),
    })
    .strict();
