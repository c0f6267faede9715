import { z } from 'astro/zod';
import { langTag, webUrl, type RefFactory } from './common.ts';
import { funding } from './funding.ts';
import { period } from './period.ts';
import { citations } from './source.ts';

/** projects/<id>.yaml: a funded project or programme. */
export const projectSchema = (ref: RefFactory) =>
  z
    .object({
      name: z.string().min(2).describe('Short name, e.g. "D.I.S.CO.R.S.I. Migranti"'),
      fullName: z.string().optional().describe('Official title'),
      lang: langTag.default('en').describe('Language its text is written in (translations sit beside it as <id>.<lang> files); en when left out'),
      lead: ref('organisations').optional().describe('Lead partner, when a source names one'),
      partners: z.array(ref('organisations')).optional().describe('Other partners'),
      regions: z.array(ref('regions')).min(1).describe('Regions it covers'),
      funding: z.array(funding).optional().describe('Funding lines'),
      period: period.optional().describe('When it ran'),
      url: webUrl.optional().describe('Project site'),
      description: z.string().optional().describe('One or two sentences on what it set out to do'),
      sources: z.array(ref('sources')).min(1).describe('Ids of the sources (files in sources/) that state these facts'),
      citations: z
        .object({
          lead: citations(ref).optional().describe('The passages naming the lead'),
          partners: citations(ref).optional().describe('The passages naming the partners'),
          period: citations(ref).optional().describe('The passages giving the dates'),
          funding: citations(ref).optional().describe('The passages naming the funding'),
        })
        .strict()
        .optional()
        .describe('Where each role, date and funding line is stated'),
    })
    .strict();
