import { z } from 'astro/zod';
import { fullDate, langTag, sourceDate, webUrl, type RefFactory } from './common.ts';
import { sourceKinds } from './enums.ts';

/** sources/<id>.yaml: one document the atlas takes facts from. */
export const sourceSchema = z
  .object({
    title: z.string().min(3).describe('Title as the document presents it; a descriptive title only where it has none'),
    descriptiveTitle: z.boolean().optional().describe('true when the document carries no title and the atlas describes it instead'),
    publisher: z.string().optional().describe('Who published it, or the site it appears on, as the document names them'),
    lang: langTag.describe("The document's own language"),
    date: sourceDate.describe('Date as precise as the document gives it (YYYY, YYYY-MM or YYYY-MM-DD), or "undated"'),
    url: webUrl.optional().describe('Where the document can be read; only an address the document or a reviewer confirms'),
    kind: z.enum(sourceKinds).describe('What kind of document it is'),
    covers: z.string().min(10).describe('What the document covers, in a sentence or two'),
    copy: z.string().optional().describe('File name of the copy the editors worked from'),
    accessed: fullDate.optional().describe('When it was consulted, YYYY-MM-DD'),
  })
  .strict();

export type SourceData = z.infer<typeof sourceSchema>;

/**
 * True when `text` holds at most one sentence: no sentence end followed by a capital.
 * A full stop after a lone capital is an initial or an acronym ("D.I.S.CO.R.S.I. Migranti").
 */
export const oneSentence = (text: string): boolean => !/(?<!\b\p{Lu})[.!?…]["»”]?\s+["«“]?\p{Lu}/u.test(text.trim());

/**
 * A claim's citation: which source, where in it, and, where it helps, a short excerpt in
 * the source's own language with the editors' translation.
 */
export const citationFields = (ref: RefFactory) => ({
  source: ref('sources').describe('Id of the source, a file in sources/'),
  at: z.string().min(2).describe("Where the passage is: a heading, a numbered phase, a paragraph's first words"),
  excerpt: z
    .string()
    .min(2)
    .max(300)
    .refine(oneSentence, 'must be one sentence at most: quote the shortest passage that states the fact')
    .optional()
    .describe("The passage in the source's own language, one sentence at most"),
  translation: z.string().optional().describe("The editors' English translation of the excerpt"),
  lang: langTag
    .optional()
    .describe("Language of the excerpt when it is not the source's, e.g. en for an English passage quoted in a French news item"),
});

/**
 * One schema per reference factory, so the documentation generator sees the same object
 * wherever a citation is used and documents it once as a shared shape.
 */
export function perRef<T>(build: (ref: RefFactory) => T): (ref: RefFactory) => T {
  const made = new WeakMap<RefFactory, T>();
  return (ref) => {
    let schema = made.get(ref);
    if (!schema) made.set(ref, (schema = build(ref)));
    return schema;
  };
}

export const citation = perRef((ref) => z.object(citationFields(ref)).strict());

/** A status is what a source reported at a date: the citation says as of when. */
export const statusCitation = perRef((ref) =>
  z
    .object({
      ...citationFields(ref),
      asOf: sourceDate.describe(
        'The date the source reports the status at (YYYY, YYYY-MM or YYYY-MM-DD), or "undated" when the source gives none',
      ),
    })
    .strict(),
);

/** Citations of a field: one or more passages that state it. */
export const citations = (ref: RefFactory) => z.array(citation(ref)).min(1);

export type Citation = z.output<ReturnType<typeof citation>>;
export type StatusCitation = z.output<ReturnType<typeof statusCitation>>;
