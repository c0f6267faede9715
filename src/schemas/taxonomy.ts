import { z } from 'astro/zod';
import { countryCode, kebabId, langTag } from './common.ts';
import { regionKinds } from './enums.ts';

/** Words readers type for an entry beyond its name; a list of its own in each language, not item for item. */
export const searchTerms = z.array(z.string().min(2)).optional();

/** One entry of regions.yaml. */
export const region = z
  .object({
    id: kebabId.describe('Region id, e.g. "auvergne-rhone-alpes"'),
    name: z.string().min(2).describe('English display name'),
    localName: z.string().optional().describe('Name in the local language'),
    country: countryCode.describe('ISO 3166-1 alpha-2 country code'),
    kind: z.enum(regionKinds).describe('What kind of territory it is'),
    nuts: z.string().optional().describe('NUTS code, only where a source states it'),
    coordinates: z
      .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])
      .describe('A representative point as [longitude, latitude], for the map'),
    languages: z.array(langTag).min(1).describe('Official or working languages'),
    cities: z.array(z.string().min(2)).optional().describe('Its main cities, in English, so search finds the region by them'),
    description: z.string().optional().describe('Two or three sentences of context, as sources state it'),
    sources: z.array(kebabId).optional().describe('Ids of the sources (files in sources/) the description takes facts from'),
  })
  .strict();

/** One entry of domains.yaml. */
export const domain = z
  .object({
    id: kebabId.describe('Domain id, e.g. "health"'),
    name: z.string().min(2).describe('Display name'),
    searchTerms: searchTerms.describe(
      'Other words English readers search for it by ("home", "tenancy"): search finds its cases by them, in every language',
    ),
    description: z.string().min(10).describe('What the domain covers'),
  })
  .strict();

export type Region = z.infer<typeof region>;
export type Domain = z.infer<typeof domain>;
