import { z } from 'astro/zod';
import { langTag, type RefFactory } from './common.ts';
import { caseStatuses, evidenceLevels, governanceModes, practiceTypes, targetGroups } from './enums.ts';
import { funding } from './funding.ts';
import { outcome } from './outcome.ts';
import { period } from './period.ts';
import { author, review } from './review.ts';
import { citations, statusCitation } from './source.ts';

/**
 * Citations of a case's claims, by field: every status, role, date and funding line the
 * page shows carries the passage that states it (the content check requires them).
 */
const caseCitations = (ref: RefFactory) =>
  z
    .object({
      status: statusCitation(ref).optional().describe('The passage reporting the status, and the date it reports it as of'),
      lead: citations(ref).optional().describe('The passages naming the lead'),
      partners: citations(ref).optional().describe('The passages naming the partners'),
      period: citations(ref).optional().describe('The passages giving the dates'),
      funding: citations(ref).optional().describe('The passages naming the funding'),
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
      lead: ref('organisations').optional().describe('Who runs the practice, when a source names it'),
      partners: z.array(ref('organisations')).optional().describe('Who runs it with the lead'),
      practiceType: z.enum(practiceTypes).describe('What kind of practice it is'),
      governance: z.enum(governanceModes).describe('Who steers it'),
      targetGroups: z.array(z.enum(targetGroups)).min(1).describe('Whom it serves'),
      status: z.enum(caseStatuses).describe('Where it stood as a source reported it; unknown when no source says'),
      period: period.optional().describe('When it ran; leave out what no source states'),
      funding: z.array(funding).optional().describe('Funding lines'),
      outcomes: z.array(outcome(ref)).optional().describe('Figures a source states'),
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
      sources: z.array(ref('sources')).min(1).describe('Ids of the sources (files in sources/) the page takes facts from'),
      citations: caseCitations(ref).optional().describe('Where each status, role, date and funding line is stated'),
      authors: z.array(author).min(1).describe('Who wrote this case study'),
      review: review.describe('Review state'),
      related: z.array(ref('cases')).optional().describe('Related case studies'),
    })
    .strict();
