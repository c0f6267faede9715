import { z } from 'astro/zod';
import { fullDate, langTag, type RefFactory } from './common.ts';
import { caseStatuses, evidenceLevels, governanceModes, practiceTypes, reviewStatuses, targetGroups } from './enums.ts';
import { funding } from './funding.ts';
import { outcome } from './outcome.ts';
import { period } from './period.ts';
import { source } from './source.ts';

const author = z
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

const review = z
  .object({
    status: z.enum(reviewStatuses).describe('draft, reviewed or validated'),
    by: z.string().optional().describe('Who reviewed it'),
    date: fullDate.optional().describe('When, YYYY-MM-DD'),
  })
  .strict();

/** cases/<id>.mdx frontmatter: one case study of a practice. */
export const caseSchema = (ref: RefFactory) =>
  z
    .object({
      title: z.string().min(3).max(120).describe('Title, at most 120 characters'),
      summary: z.string().min(40).max(400).describe('English abstract of 40 to 400 characters, shown in lists and search'),
      lang: langTag.describe('Language of the body'),
      regions: z.array(ref('regions')).min(1).describe('Regions where the practice runs'),
      domains: z.array(ref('domains')).min(1).describe('Domains it belongs to'),
      project: ref('projects').optional().describe('Project it belongs to'),
      lead: ref('organisations').describe('Who runs the practice'),
      partners: z.array(ref('organisations')).optional().describe('Who runs it with the lead'),
      practiceType: z.enum(practiceTypes).describe('What kind of practice it is'),
      governance: z.enum(governanceModes).describe('Who steers it'),
      targetGroups: z.array(z.enum(targetGroups)).min(1).describe('Whom it serves'),
      status: z.enum(caseStatuses).describe('Where it stands now'),
      period: period.optional().describe('When it ran; leave out what no source states'),
      funding: z.array(funding).optional().describe('Funding lines'),
      outcomes: z.array(outcome).optional().describe('Figures a source states'),
      evidence: z
        .object({
          level: z.enum(evidenceLevels).describe('How far results are known'),
          note: z.string().optional().describe('What the evidence consists of'),
        })
        .strict()
        .describe('Strength of the evidence'),
      transferability: z.string().min(20).describe('What another region would need to adopt it'),
      difficulties: z.string().optional().describe('Obstacles met'),
      resources: z.string().optional().describe('Staff, money and partners it takes'),
      visit: z
        .object({
          open: z.boolean().describe('Whether a study tour can visit'),
          languages: z.array(langTag).optional().describe('Languages a visit can be held in'),
          contact: ref('organisations').optional().describe('Organisation to contact for a visit'),
          notes: z.string().optional().describe('Practical notes for visitors'),
        })
        .strict()
        .optional()
        .describe('Whether and how a study tour can visit'),
      questions: z.array(z.string().min(5)).optional().describe('Questions worth asking on a visit'),
      sources: z.array(source).min(1).describe('Documents that state the facts on the page'),
      authors: z.array(author).min(1).describe('Who wrote this case study'),
      review: review.describe('Review state'),
      related: z.array(ref('cases')).optional().describe('Related case studies'),
    })
    .strict();
