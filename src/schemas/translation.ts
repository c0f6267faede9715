import { z } from 'astro/zod';
import { kebabId } from './common.ts';

/**
 * Translations of an entry's text. A translation file holds only the text a reader reads
 * (titles, summaries, descriptions, questions, the body); every fact (ids, references,
 * dates, figures, statuses, citations) comes from the original, so a translation cannot
 * state a different fact. Lists have the original's length and order (the content check
 * compares them), so the n-th question translates the n-th question.
 */
export const translationInfo = z
  .object({
    by: z.string().min(2).describe('Who translated it: a person, or "Practice Atlas editors"'),
    method: z.enum(['human', 'machine']).describe('human, or machine when a translation system or language model produced it'),
    reviewed: z.boolean().describe('Whether someone reading both languages has checked it against the original'),
  })
  .strict()
  .describe('Who translated it, how, and whether it has been reviewed');

const text = z.string().min(1);
const longText = (what: string) => text.optional().describe(`The original's ${what}, translated`);
/** A list the original has, item for item; an item the original lacks stays empty. */
const items = <T extends z.ZodType>(item: T, what: string) => z.array(item).optional().describe(`The original's ${what}, in the same order and number`);

/** cases/<id>.<lang>.mdx frontmatter; the body, when there is one, translates the original's body. */
export const caseTranslation = z
  .object({
    translation: translationInfo,
    title: z.string().min(3).max(120).describe('Title, at most 120 characters'),
    summary: z.string().min(40).max(400).describe('Summary of 40 to 400 characters'),
    evidence: z.object({ note: longText('evidence note') }).strict().optional().describe('The evidence note'),
    transferability: longText('transferability'),
    difficulties: longText('difficulties'),
    resources: longText('resources'),
    visit: z.object({ notes: longText('visit notes') }).strict().optional().describe('The visit notes'),
    questions: items(z.string().min(5), 'questions'),
    outcomes: items(z.object({ indicator: text.optional(), unit: text.optional() }).strict(), 'outcome indicators and units'),
  })
  .strict();

/** tours/<id>.<lang>.mdx frontmatter. */
export const tourTranslation = z
  .object({
    translation: translationInfo,
    title: z.string().min(3).max(120).describe('Title'),
    summary: z.string().min(20).max(400).describe('One or two sentences'),
    objectives: items(z.string().min(5), 'objectives'),
    stops: items(z.object({ topic: text.optional() }).strict(), 'stop topics'),
    suggestions: items(z.object({ why: text.optional() }).strict(), 'reasons for each suggestion'),
    questions: items(z.string().min(5), 'questions'),
    logistics: z.object({ notes: longText('logistics notes') }).strict().optional().describe('The logistics notes'),
  })
  .strict();

/** organisations/<id>.<lang>.yaml */
export const organisationTranslation = z
  .object({
    translation: translationInfo,
    name: text.optional().describe('Only when the atlas names it by an English description ("City of Lyon"); a proper name stays'),
    description: longText('description'),
  })
  .strict();

/** projects/<id>.<lang>.yaml */
export const projectTranslation = z
  .object({
    translation: translationInfo,
    name: text.optional().describe('Rarely: a project keeps its own name'),
    fullName: longText('full name, when it is an English rendering'),
    description: longText('description'),
  })
  .strict();

/** One item of regions.<lang>.yaml. */
export const regionTranslation = z
  .object({
    id: kebabId.describe('The id of the region in regions.yaml'),
    translation: translationInfo,
    name: text.describe('The name as speakers of the language write it'),
    cities: items(text, 'cities'),
    description: longText('description'),
  })
  .strict();

/** One item of domains.<lang>.yaml. */
export const domainTranslation = z
  .object({
    id: kebabId.describe('The id of the domain in domains.yaml'),
    translation: translationInfo,
    name: text.describe('Display name'),
    description: longText('description'),
  })
  .strict();

export type TranslationInfo = z.output<typeof translationInfo>;
