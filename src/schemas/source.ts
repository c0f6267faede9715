import { z } from 'astro/zod';
import { fullDate, langTag, webUrl } from './common.ts';

/** A document that states the facts on a page. */
export const source = z
  .object({
    title: z.string().min(3).describe('Title as the document presents itself'),
    url: webUrl.optional().describe('Where the document can be read'),
    publisher: z.string().optional().describe('Who published it'),
    lang: langTag.describe("The document's own language"),
    accessed: fullDate.optional().describe('When it was consulted, YYYY-MM-DD'),
  })
  .strict();

export type Source = z.infer<typeof source>;
