/** The closed vocabularies of CONTENT-MODEL.md, in the order the site lists them. */
export const regionKinds = ['region', 'province', 'metropolitan-area', 'city'] as const;

export const organisationTypes = [
  'local-authority',
  'regional-authority',
  'national-authority',
  'ngo',
  'migrant-association',
  'social-cooperative',
  'network',
  'training-provider',
  'research',
  'health-provider',
  'eu-network',
  'other',
] as const;

export const practiceTypes = ['service', 'training', 'network', 'research-action', 'policy', 'cultural', 'programme'] as const;

export const governanceModes = ['public-led', 'ngo-led', 'migrant-led', 'partnership'] as const;

export const targetGroups = [
  'migrants',
  'newcomers',
  'refugees-asylum-seekers',
  'women',
  'mothers-children',
  'young-people',
  'job-seekers',
  'workers',
  'migrant-associations',
  'practitioners',
  'policy-makers',
] as const;

export const caseStatuses = ['planned', 'pilot', 'ongoing', 'ended'] as const;

export const evidenceLevels = ['described', 'monitored', 'evaluated', 'externally-evaluated'] as const;

export const reviewStatuses = ['draft', 'reviewed', 'validated'] as const;

export const tourStatuses = ['planned', 'completed'] as const;
