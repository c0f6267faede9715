import { z } from 'astro/zod';
import { partialDate, type RefFactory } from './common.ts';
import { trailChannels, trailKinds, trailScopes, trailStages } from './enums.ts';
import { citation } from './source.ts';

/**
 * The ends of a trail, each as precise as the source is: a case when the source names the
 * practice, else a project, else only a region; the check requires at least one. The
 * receiving end may name several cases: one idea can feed several pilots.
 */
export const fromEnd = (ref: RefFactory) =>
  z
    .object({
      region: ref('regions').optional().describe('Region the practice comes from, when no case or project places it'),
      project: ref('projects').optional().describe('Project where the practice comes from'),
      case: ref('cases').optional().describe('Case study of the practice that travels'),
    })
    .strict();

export const toEnd = (ref: RefFactory) =>
  z
    .object({
      region: ref('regions').optional().describe('Region that takes the practice up'),
      project: ref('projects').optional().describe('Project that takes it up, when there is one'),
      cases: z.array(ref('cases')).min(1).optional().describe('Case studies of the practices that take it up, when there are any'),
    })
    .strict();

/** What travels along a trail: the same shape on a trail and on a tour's decision. */
export const trailWhat = z
  .object({
    kind: z.enum(trailKinds).describe('What kind of thing travels'),
    label: z.string().min(3).max(120).describe('What travels, in a few words'),
  })
  .strict();

/** trails/<id>.yaml: how a practice travels from one place to another, and how far it got. */
export const trailSchema = (ref: RefFactory) => {
  const stage = z
    .object({
      stage: z.enum(trailStages).describe('How far it got: interest, planned, piloted, adopted or discontinued'),
      date: partialDate
        .optional()
        .describe('When, as precise as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD); left out when it gives none'),
      citation: citation(ref).describe('The passage reporting this stage; adopted and discontinued need its excerpt'),
      adapted: z.string().min(5).optional().describe('What was changed on the way, where a source says so'),
      obstacles: z.string().min(5).optional().describe('What got in the way, where a source says so'),
    })
    .strict();

  return z
    .object({
      title: z.string().min(3).max(120).describe('Title: what travelled, from where to where'),
      summary: z.string().min(20).max(400).describe('One or two sentences, as the sources state it'),
      what: trailWhat.describe('What travels'),
      domains: z
        .array(ref('domains'))
        .min(1)
        .optional()
        .describe('Domains the practice belongs to, for counts by domain; left out when no source says'),
      from: fromEnd(ref).describe('Where it comes from: a case, or a project or region when the source is no more precise'),
      to: toEnd(ref).describe('Where it goes: a region, and the case or project taking it up when there is one'),
      through: z
        .object({
          channel: z.enum(trailChannels).describe('How it travelled: study-tour, exchange, network or project-partnership'),
          tour: ref('tours').optional().describe('The study tour, when the channel is study-tour'),
        })
        .strict()
        .optional()
        .describe('How it travelled; left out when no source says'),
      scope: z.enum(trailScopes).describe('interregional, or within-region for a continuation or spread inside one region'),
      stages: z.array(stage).min(1).describe('The stages a source reports, in order; a stage no source reports is absent'),
    })
    .strict();
};
