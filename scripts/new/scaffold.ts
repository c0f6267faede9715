/**
 * File text for a new case, organisation or tour. Every required field is present and
 * valid; what the contributor must still write or confirm says "TODO:" (a value, a body
 * section, or a comment above a field the contributor did not choose), and `npm run
 * check` refuses the file until none is left (scripts/check/placeholders.ts). The case
 * stays a draft until reviewed.
 */
import { Document, isMap, isScalar } from 'yaml';

export const caseSections = ['Context', 'What was done', 'Results', 'Difficulties', 'Transferability', 'Visiting'] as const;

/** YAML text with a "TODO" comment on each key the contributor should still fill in. */
function yamlWithTodos(data: Record<string, unknown>, todos: Record<string, string>): string {
  const doc = new Document(data);
  for (const [key, note] of Object.entries(todos)) {
    // The comment goes on the line above the key, where it reads as an instruction.
    if (!isMap(doc.contents)) continue;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = ` TODO: ${note}`;
  }
  return doc.toString({ lineWidth: 0 });
}

export interface CaseAnswers {
  title: string;
  regions: string[];
  domains: string[];
  lead: string;
  practiceType: string;
  governance: string;
  targetGroups: string[];
  status: string;
  /** Id of the source the facts come from (a file in sources/). */
  source: string;
  author: string;
  /** Fields filled with a default rather than by the contributor. */
  defaulted: string[];
}

export function caseFile(a: CaseAnswers): string {
  const data = {
    title: a.title,
    summary: 'TODO: a 40 to 400 character English abstract of the practice, shown in lists and search results.',
    lang: 'en',
    regions: a.regions,
    domains: a.domains,
    lead: a.lead,
    practiceType: a.practiceType,
    governance: a.governance,
    targetGroups: a.targetGroups,
    status: a.status,
    evidence: { level: 'described' },
    transferability: 'TODO: what another region would need to adopt this practice.',
    sources: [a.source],
    citations: {
      ...(a.status === 'unknown' ? {} : { status: { source: a.source, at: 'TODO: the passage reporting the status', asOf: 'undated' } }),
      lead: [{ source: a.source, at: 'TODO: the passage naming the lead' }],
    },
    authors: [{ name: a.author }],
    review: { status: 'draft' },
  };
  const todos: Record<string, string> = {
    summary: 'write the abstract',
    evidence: 'raise only if a source shows monitoring or evaluation',
    sources: 'list every source you took a fact from, by id (files in content/sources/)',
    citations:
      'for each status, role, date and funding line, the source and where in it (at); asOf is the date the source reports the status at, or undated; add excerpt (one sentence in the source language) and translation where they help',
  };
  for (const field of a.defaulted) todos[field] = 'default value, check it';
  const cite = `<Cite source="${a.source}" at="TODO: where in the source" />`;
  const body = caseSections
    .map((s) => `## ${s}\n\nTODO: ${sectionHint[s]}${s === 'Context' ? ` Cite each fact after its sentence: ${cite}` : ''}\n`)
    .join('\n');
  return `---\n${yamlWithTodos(data, todos)}---\n\n${body}`;
}

const sectionHint: Record<(typeof caseSections)[number], string> = {
  Context: 'the situation the practice answers, as the sources describe it.',
  'What was done': 'who did what, for whom, how.',
  Results: 'what the sources report; leave out what they do not.',
  Difficulties: 'obstacles the sources mention.',
  Transferability: 'what it would take elsewhere.',
  Visiting: 'whether and how a study tour can visit.',
};

export interface OrganisationAnswers {
  name: string;
  type: string;
  country: string;
  region?: string | undefined;
  url?: string | undefined;
}

export function organisationFile(a: OrganisationAnswers): string {
  const data: Record<string, unknown> = { name: a.name, type: a.type, country: a.country };
  if (a.region) data['region'] = a.region;
  if (a.url) data['url'] = a.url;
  return yamlWithTodos(data, {});
}

export interface TourAnswers {
  title: string;
  host: string;
  organisation: string;
  topic: string;
  source: string;
  author: string;
}

export function tourFile(a: TourAnswers): string {
  const data = {
    title: a.title,
    summary: 'TODO: one or two sentences on the tour.',
    host: a.host,
    status: 'planned',
    objectives: ['TODO: what participants go to learn'],
    stops: [
      { organisation: a.organisation, topic: a.topic, cite: [{ source: a.source, at: 'TODO: where the programme lists this stop' }] },
    ],
    sources: [a.source],
    citations: { status: { source: a.source, at: 'TODO: the passage reporting the tour as planned', asOf: 'undated' } },
    authors: [{ name: a.author }],
    review: { status: 'draft' },
  };
  const text = yamlWithTodos(data, {
    objectives: 'one line per objective',
    stops:
      'only stops a source reports, each with its cite; add day, time, address and the cases seen. Organisations no source puts on the programme go under suggestions, with why',
    citations: 'status completed needs a source or debrief that reports the tour took place',
  });
  return `---\n${text}---\n\n## Programme\n\nTODO: the programme narrative.\n`;
}

export interface TrailAnswers {
  title: string;
  kind: string;
  from: { case?: string | undefined; project?: string | undefined; region?: string | undefined };
  to: { region?: string | undefined; project?: string | undefined; cases?: string[] | undefined };
  domains: string[];
  channel?: string | undefined;
  tour?: string | undefined;
  scope: string;
  stage: string;
  source: string;
  /** Fields filled with a default rather than by the contributor. */
  defaulted: string[];
}

/** Stages whose citation must quote its passage (scripts/check/trails.ts). */
const quotedStages = new Set(['adopted', 'discontinued']);

export function trailFile(a: TrailAnswers): string {
  const defined = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  const data: Record<string, unknown> = {
    title: a.title,
    summary: 'TODO: one or two sentences on what travelled and how far it got, as the sources state it.',
    what: { kind: a.kind, label: 'TODO: what travels, in a few words' },
    ...(a.domains.length > 0 ? { domains: a.domains } : {}),
    from: defined(a.from),
    to: defined(a.to),
    ...(a.channel ? { through: defined({ channel: a.channel, tour: a.tour }) } : {}),
    scope: a.scope,
    stages: [
      {
        stage: a.stage,
        citation: {
          source: a.source,
          at: 'TODO: the passage reporting this stage',
          ...(quotedStages.has(a.stage) ? { excerpt: 'TODO: quote the passage that states it' } : {}),
        },
      },
    ],
  };
  const todos: Record<string, string> = {
    what: 'kind is method, tool, organisational-model or service',
    stages:
      'only the stages a source reports, in order, each with its citation and its date as precise as the source gives it (leave date out when it gives none); adapted and obstacles where a source says so',
  };
  for (const field of a.defaulted) todos[field] = todos[field] ? `default value, check it; ${todos[field]}` : 'default value, check it';
  return yamlWithTodos(data, todos);
}
