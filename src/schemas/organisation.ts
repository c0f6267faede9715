import { z } from 'astro/zod';
import { countryCode, langTag, webUrl, type RefFactory } from './common.ts';
import { organisationTypes } from './enums.ts';

/** organisations/<id>.yaml */
export const organisationSchema = (ref: RefFactory) =>
  z
    .object({
      name: z.string().min(2).describe('Full name in its own language'),
      shortName: z.string().optional().describe('Acronym, e.g. "CoP"'),
      lang: langTag.default('en').describe('Language its text is written in (translations sit beside it as <id>.<lang> files); en when left out'),
      type: z.enum(organisationTypes).describe('What kind of organisation it is'),
      country: countryCode.describe('ISO 3166-1 alpha-2 country code'),
      region: ref('regions').optional().describe('Where it is based, when that region is in the atlas'),
      url: webUrl.optional().describe('Official site'),
      description: z.string().optional().describe('One or two sentences, stating only what its sources say'),
      sources: z.array(ref('sources')).optional().describe('Ids of the sources (files in sources/) that state these facts'),
    })
    .strict();
