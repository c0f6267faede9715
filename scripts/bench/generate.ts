/**
 * Writes a synthetic, seeded corpus for benchmarks: N case studies with regions,
 * organisations, projects and tours in proportion. Every title says "Synthetic" so
 * nobody mistakes it for research. The same seed always gives the same files.
 */
import { randomLcg } from 'd3';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { governanceModes, practiceTypes, targetGroups } from '../../src/schemas/enums.ts';

const countries = ['IT', 'FR', 'ES', 'DE', 'BE', 'NL', 'PT', 'AT'];
const domains = ['health', 'housing', 'skills'];
const pad = (n: number) => String(n).padStart(5, '0');
// Words spread over the bodies so that, as in real prose, a query matches some cases, not all.
const vocabulary = [
  'mediation', 'tenancy', 'apprenticeship', 'midwife', 'interpreter', 'cooperative', 'mentoring', 'literacy',
  'childcare', 'vocational', 'shelter', 'clinic', 'volunteers', 'diaspora', 'caseworker', 'accreditation',
  'landlord', 'vaccination', 'internship', 'helpdesk', 'ombudsman', 'curriculum', 'rental', 'paediatric',
];

export interface CorpusSize {
  cases: number;
  regions: number;
  organisations: number;
  projects: number;
  tours: number;
}

export function corpusSize(cases: number): CorpusSize {
  return {
    cases,
    regions: Math.max(3, Math.min(40, Math.round(cases / 25))),
    organisations: Math.max(3, Math.round(cases / 5)),
    projects: Math.max(1, Math.round(cases / 20)),
    tours: Math.max(1, Math.round(cases / 50)),
  };
}

function body(i: number, words: string[]): string {
  return `## Context

Synthetic case ${i} exists to measure how the atlas builds at scale. It describes no real practice.
Its generated keywords: ${words.join(', ')}.

## What was done

| Step | Who | When |
| --- | --- | --- |
| Survey | Synthetic partner A | Phase 1 |
| Pilot | Synthetic partner B | Phase 2 |

- [x] first task done
- [ ] second task open

Some ~~struck~~ text, an autolink to https://example.org/synthetic/${i} and a footnote.[^1]

## Results

No real results: the figures of this synthetic case are generated.

[^1]: Footnotes render at the end of the body.
`;
}

export async function generateCorpus(dir: string, cases: number, seed = 42): Promise<CorpusSize> {
  const size = corpusSize(cases);
  const random = randomLcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  await rm(dir, { recursive: true, force: true });
  for (const sub of ['sources', 'organisations', 'projects', 'cases', 'tours']) await mkdir(join(dir, sub), { recursive: true });

  const regions = Array.from({ length: size.regions }, (_, i) => ({
    id: `synthetic-region-${pad(i)}`,
    name: `Synthetic Region ${i}`,
    country: countries[i % countries.length],
    kind: 'region',
    coordinates: [-5 + (i % 20), 38 + (i % 15)],
    languages: ['en'],
    description: 'A synthetic region generated for benchmarks.',
  }));
  await writeFile(join(dir, 'regions.yaml'), stringify(regions));
  await writeFile(
    join(dir, 'domains.yaml'),
    stringify(domains.map((id) => ({ id, name: id[0]!.toUpperCase() + id.slice(1), description: `Synthetic description of ${id}.` }))),
  );

  const org = (i: number) => `synthetic-org-${pad(i)}`;
  for (let i = 0; i < size.organisations; i++) {
    const region = regions[i % regions.length]!;
    await writeFile(
      join(dir, 'organisations', `${org(i)}.yaml`),
      stringify({ name: `Synthetic Organisation ${i}`, type: 'ngo', country: region.country, region: region.id }),
    );
  }
  await writeFile(
    join(dir, 'sources', 'synthetic-source.yaml'),
    stringify({ title: 'Synthetic benchmark source', lang: 'en', date: '2024', kind: 'report', covers: 'Every synthetic fact of the benchmark corpus.' }),
  );
  const source = ['synthetic-source'];
  const cite = (at: string) => [{ source: 'synthetic-source', at }];
  for (let i = 0; i < size.projects; i++) {
    await writeFile(
      join(dir, 'projects', `synthetic-project-${pad(i)}.yaml`),
      stringify({
        name: `Synthetic Project ${i}`,
        lead: org(i % size.organisations),
        regions: [regions[i % regions.length]!.id],
        period: { start: `${2010 + (i % 12)}` },
        sources: source,
        citations: { lead: cite('Partners'), period: cite('Timeline') },
      }),
    );
  }
  for (let i = 0; i < cases; i++) {
    const frontmatter = {
      title: `Synthetic case ${i} (benchmark data)`,
      summary: `Synthetic case study number ${i}, generated to measure the build and search of the atlas at scale.`,
      lang: 'en',
      regions: [regions[i % regions.length]!.id],
      domains: [domains[i % domains.length]],
      project: `synthetic-project-${pad(i % size.projects)}`,
      lead: org(i % size.organisations),
      practiceType: pick(practiceTypes),
      governance: pick(governanceModes),
      targetGroups: [pick(targetGroups)],
      status: 'ongoing',
      period: { start: `${2010 + (i % 15)}` },
      outcomes: [{ indicator: 'people reached', value: Math.round(random() * 1000), unit: 'people', source: 'synthetic-source', at: 'Results' }],
      evidence: { level: 'described' },
      transferability: 'Synthetic text: what another region would need to adopt this practice.',
      questions: ['Synthetic question one?', 'Synthetic question two?'],
      sources: source,
      citations: { status: { source: 'synthetic-source', at: 'Timeline', asOf: '2024' }, lead: cite('Partners'), period: cite('Timeline') },
      authors: [{ name: 'Benchmark generator' }],
      review: { status: 'draft' },
      related: i > 0 ? [`synthetic-case-${pad(i - 1)}`] : undefined,
    };
    const words = [pick(vocabulary), pick(vocabulary), pick(vocabulary)];
    await writeFile(join(dir, 'cases', `synthetic-case-${pad(i)}.mdx`), `---\n${stringify(frontmatter)}---\n\n${body(i, words)}`);
  }
  for (let i = 0; i < size.tours; i++) {
    const first = (i * 50) % cases;
    const tour = {
      title: `Synthetic study tour ${i}`,
      summary: 'A synthetic study tour generated for benchmarks.',
      host: regions[first % regions.length]!.id,
      status: 'planned',
      dates: { start: '2030-05-04', end: '2030-05-06' },
      objectives: ['Synthetic objective.'],
      stops: [0, 1].map((k) => ({
        organisation: org((first + k) % size.organisations),
        cases: [`synthetic-case-${pad((first + k) % cases)}`],
        topic: 'Synthetic topic',
        day: `2030-05-0${4 + k}`,
        time: '10:00',
        cite: cite('Programme'),
      })),
      sources: source,
      citations: { status: { source: 'synthetic-source', at: 'Programme', asOf: '2024' }, dates: cite('Programme') },
      authors: [{ name: 'Benchmark generator' }],
      review: { status: 'draft' },
    };
    await writeFile(join(dir, 'tours', `synthetic-tour-${pad(i)}.mdx`), `---\n${stringify(tour)}---\n\nSynthetic programme.\n`);
  }
  return size;
}
