/**
 * The closed vocabularies (src/schemas/enums.ts), each under the name of its label group in
 * the strings (`labels.<name>` in src/i18n/strings/): one place says which labels word which
 * values. labels.csv lists every value of each (src/lib/labels.ts), and a field that takes
 * one names it (src/lib/case-fields.ts), so its labels come from here.
 */
import type { Strings } from '../i18n/index.ts';
import {
  caseStatuses,
  evidenceLevels,
  governanceModes,
  organisationTypes,
  practiceTypes,
  regionKinds,
  reviewStatuses,
  sourceKinds,
  targetGroups,
  tourStatuses,
  trailChannels,
  trailKinds,
  trailScopes,
  trailStages,
} from '../schemas/enums.ts';

/** In the order labels.csv lists them. */
export const vocabularies = {
  practiceType: practiceTypes,
  governance: governanceModes,
  targetGroups,
  status: caseStatuses,
  evidence: evidenceLevels,
  review: reviewStatuses,
  organisationType: organisationTypes,
  regionKind: regionKinds,
  tourStatus: tourStatuses,
  sourceKind: sourceKinds,
  trailStage: trailStages,
  trailKind: trailKinds,
  trailChannel: trailChannels,
  trailScope: trailScopes,
} as const satisfies Record<keyof Strings['labels'], readonly string[]>;

export type Vocabulary = keyof typeof vocabularies;

/** A value's label in a language's strings, or undefined when the strings lack it. */
export const vocabularyLabel = (s: Strings, vocabulary: Vocabulary, value: string): string | undefined =>
  (s.labels[vocabulary] as Readonly<Record<string, string>>)[value];
