import { z } from 'astro/zod';
import { fullDate, langTag, partialDate, type RefFactory } from './common.ts';
import { decisionStages, followUpAfter, tourStatuses } from './enums.ts';
import { fromEnd, toEnd, trailWhat } from './trail.ts';
import { author, review } from './review.ts';
import { citation, citations, statusCitation } from './source.ts';

/** The longest study tour the atlas records. */
export const maxTourDays = 31;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time as HH:MM, 24-hour');

/** tours/<id>.mdx frontmatter: a study tour and its brief. */
export const tourSchema = (ref: RefFactory) => {
  const stop = z
    .object({
      organisation: ref('organisations').describe('Whom the group meets'),
      cases: z.array(ref('cases')).optional().describe('Case studies seen there'),
      topic: z.string().min(3).optional().describe('What the stop is about, as the source gives it'),
      day: fullDate.optional().describe('Date of the stop, YYYY-MM-DD'),
      time: time.optional().describe('Start time, HH:MM'),
      address: z.string().optional().describe('Where to go'),
      cite: citations(ref).optional().describe('The passages that put this stop on the programme'),
    })
    .strict();

  // Organisations worth meeting that no source places on the programme: the editors' suggestion.
  const suggestion = z
    .object({
      organisation: ref('organisations').describe('Whom the editors suggest meeting'),
      cases: z.array(ref('cases')).optional().describe('Case studies to see there'),
      why: z.string().min(10).describe('Why the editors suggest it, and from which source'),
    })
    .strict();

  // What participants decided to try, as a debrief reports it: the atlas lists each as a
  // trail at its first stage, through this tour, until a trail file carries it on.
  const decision = z
    .object({
      what: trailWhat.describe('What they decided to try'),
      domains: z.array(ref('domains')).min(1).optional().describe('Domains it belongs to'),
      from: fromEnd(ref).optional().describe("Where it comes from; the tour's host region when left out"),
      to: toEnd(ref).describe('Where it is to be tried: a region, and the case or project when there is one'),
      stage: z.enum(decisionStages).describe('interest or planned: the first stage; a later stage belongs in a trail file'),
      date: partialDate.optional().describe('When it was decided, as precise as the debrief gives it'),
      citation: citation(ref).describe('The passage of the debrief that reports the decision'),
      trail: ref('trails').optional().describe('The trail file that carries this decision on, once there is one'),
    })
    .strict();

  const followUp = z
    .object({
      after: z.enum(followUpAfter).describe('Which follow-up: 6-months or 12-months after the last day of the tour'),
      reported: fullDate.describe('When the follow-up was reported, YYYY-MM-DD'),
      citation: citation(ref).describe('The passage (a debrief or later source) reporting what came of the decisions'),
    })
    .strict();

  return z
    .object({
      title: z.string().min(3).max(120).describe('Title'),
      summary: z.string().min(20).max(400).describe('One or two sentences'),
      lang: langTag.default('en').describe('Language its text is written in (translations sit beside it as <id>.<lang> files); en when left out'),
      host: ref('regions').describe('Region visited'),
      project: ref('projects').optional().describe('Project that organised it'),
      organiser: ref('organisations').optional().describe('Organisation that organised it'),
      status: z.enum(tourStatuses).describe('planned, completed (only when a source or debrief reports it) or unknown'),
      dates: z
        .object({
          start: fullDate.describe('First day, YYYY-MM-DD'),
          end: fullDate.optional().describe('Last day, YYYY-MM-DD'),
        })
        .strict()
        .refine((d) => !d.end || d.end >= d.start, { message: 'end is before start', path: ['end'] })
        // A study tour lasts days, not years; its calendar has one event a day.
        .refine((d) => !d.end || Date.parse(d.end) - Date.parse(d.start) <= maxTourDays * 86_400_000, { message: `a study tour may last at most ${maxTourDays} days`, path: ['end'] })
        .optional()
        .describe('When it takes place'),
      objectives: z.array(z.string().min(5)).min(1).describe('What participants go to learn'),
      stops: z.array(stop).optional().describe('Visits a source reports, in programme order'),
      suggestions: z
        .array(suggestion)
        .optional()
        .describe("Organisations worth meeting that no source places on the programme: the editors' suggestions"),
      reading: z.array(ref('cases')).optional().describe('Cases to read before leaving; defaults to the cases of the stops'),
      questions: z.array(z.string().min(5)).optional().describe('Questions added to those of the cases visited'),
      logistics: z
        .object({
          languages: z.array(langTag).optional().describe('Working languages'),
          interpretation: z.boolean().optional().describe('Whether interpretation is provided'),
          notes: z.string().optional().describe('Travel, meeting points, what to bring'),
        })
        .strict()
        .optional()
        .describe('Practical arrangements'),
      decisions: z
        .array(decision)
        .optional()
        .describe('What participants decided to try, as the debrief reports it; each is listed as a trail at its first stage'),
      followUps: z
        .array(followUp)
        .optional()
        .describe('Follow-ups reported six and twelve months after the tour; one not yet reported is shown as due'),
      sources: z.array(ref('sources')).min(1).describe('Ids of the sources (files in sources/) that state these facts'),
      citations: z
        .object({
          status: statusCitation(ref)
            .optional()
            .describe('The passage (or debrief) reporting the status, and the date it reports it as of'),
          dates: citations(ref).optional().describe('The passages giving the dates'),
          organiser: citations(ref).optional().describe('The passages naming the organiser'),
        })
        .strict()
        .optional()
        .describe('Where the status, dates and organiser are stated'),
      authors: z.array(author).min(1).describe('Who wrote this brief'),
      review: review.describe('Review state'),
    })
    .strict();
};
