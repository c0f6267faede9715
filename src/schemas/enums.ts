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

/** What a source reported at a date; `unknown` when no source says where it stands. */
export const caseStatuses = ['planned', 'ongoing', 'ended', 'unknown'] as const;

export const evidenceLevels = ['described', 'monitored', 'evaluated', 'externally-evaluated'] as const;

export const reviewStatuses = ['draft', 'reviewed', 'validated'] as const;

/** `completed` only when a source or a debrief reports that the tour took place. */
export const tourStatuses = ['planned', 'completed', 'unknown'] as const;

/** What kind of document a source is. */
export const sourceKinds = ['project-page', 'news-item', 'activity-page', 'report', 'debrief', 'other'] as const;

/** How far a practice got on its trail, in the order a trail moves through them. */
export const trailStages = ['interest', 'planned', 'piloted', 'adopted', 'discontinued'] as const;

/** The stages a tour's debrief may record a decision at: later stages need a trail file of their own. */
export const decisionStages = ['interest', 'planned'] as const;

/** Follow-ups after a tour, by how long after its last day they are due. */
export const followUpAfter = ['6-months', '12-months'] as const;

/** What kind of thing travels along a trail. */
export const trailKinds = ['method', 'tool', 'organisational-model', 'service'] as const;

/** How a practice travelled: the kind of contact that carried it. */
export const trailChannels = ['study-tour', 'exchange', 'network', 'project-partnership'] as const;

/** A trail between regions, or within one region (a continuation); kept apart in counts and charts. */
export const trailScopes = ['interregional', 'within-region'] as const;
