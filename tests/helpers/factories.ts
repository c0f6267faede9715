/**
 * Generators for content, so tests state only what they are about: `makeCase({ status:
 * 'pilot' })` is a valid case with that one difference. Values are synthetic and match
 * the ids of `baseContent()`, a minimal valid content folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

type Data = Record<string, unknown>;

/** A source record, sources/report.yaml in baseContent(). */
export const makeSource = (o: Data = {}): Data => ({
  title: 'Synthetic report',
  url: 'https://example.org/report',
  lang: 'en',
  date: '2024',
  kind: 'report',
  covers: 'A synthetic report that states every fact of the base content.',
  ...o,
});

/** A citation of the base content's source. */
export const cite = (o: Data = {}): Data => ({ source: 'report', at: 'Section 1', ...o });

export const makeRegion = (o: Data = {}): Data => ({
  id: 'north',
  name: 'Synthetic North',
  country: 'IT',
  kind: 'region',
  coordinates: [7.7, 45.1],
  languages: ['it'],
  ...o,
});

export const makeDomain = (o: Data = {}): Data => ({ id: 'health', name: 'Health', description: 'Access to health care.', ...o });

export const makeOrganisation = (o: Data = {}): Data => ({ name: 'Synthetic Cooperative', type: 'social-cooperative', country: 'IT', region: 'north', ...o });

export const makeProject = (o: Data = {}): Data => ({
  name: 'Synthetic Project',
  lead: 'coop',
  regions: ['north'],
  sources: ['report'],
  citations: { lead: [cite()] },
  ...o,
});

export const makeCase = (o: Data = {}): Data => ({
  title: 'Synthetic case',
  summary: 'A synthetic case study, long enough to pass the summary length rule.',
  lang: 'en',
  regions: ['north'],
  domains: ['health'],
  lead: 'coop',
  practiceType: 'service',
  governance: 'ngo-led',
  targetGroups: ['migrants'],
  status: 'ongoing',
  evidence: { level: 'described' },
  transferability: 'Needs a partner organisation and two staff.',
  sources: ['report'],
  citations: { status: cite({ asOf: '2024' }), lead: [cite()] },
  authors: [{ name: 'Synthetic Author' }],
  review: { status: 'draft' },
  ...o,
});

export const makeTour = (o: Data = {}): Data => ({
  title: 'Synthetic tour',
  summary: 'A synthetic study tour for the tests.',
  host: 'north',
  status: 'planned',
  objectives: ['See the synthetic practice.'],
  stops: [{ organisation: 'coop', cases: ['first'], topic: 'The practice', cite: [cite({ at: 'Programme' })] }],
  sources: ['report'],
  citations: { status: cite({ at: 'Programme', asOf: '2024' }) },
  authors: [{ name: 'Synthetic Author' }],
  review: { status: 'draft' },
  ...o,
});

/** A trail from the base case (north) to the south region through the base tour, at two stages. */
export const makeTrail = (o: Data = {}): Data => ({
  title: 'Synthetic practice from north to south',
  summary: 'A synthetic transfer trail for the tests.',
  what: { kind: 'method', label: 'The synthetic method' },
  domains: ['health'],
  from: { case: 'first' },
  to: { region: 'south' },
  through: { channel: 'study-tour', tour: 'visit' },
  scope: 'interregional',
  stages: [
    { stage: 'interest', date: '2024-01', citation: cite({ at: 'Section 2' }) },
    { stage: 'planned', date: '2024-06', citation: cite({ at: 'Section 3' }) },
  ],
  ...o,
});

/** An .mdx file: YAML frontmatter between --- lines, then the body. */
export const mdx = (data: Data, body = '## Context\n\nSynthetic text.\n'): string => `---\n${stringify(data)}---\n\n${body}`;

/** A content folder as file path → file text, relative to the folder. */
export type ContentFiles = Record<string, string>;

/** The smallest valid content folder: one of each, all cross-references resolved. */
export function baseContent(): ContentFiles {
  return {
    'regions.yaml': stringify([makeRegion(), makeRegion({ id: 'south', name: 'Synthetic South', country: 'ES', languages: ['es'] })]),
    'domains.yaml': stringify([makeDomain(), makeDomain({ id: 'housing', name: 'Housing' })]),
    'sources/report.yaml': stringify(makeSource()),
    'organisations/coop.yaml': stringify(makeOrganisation()),
    'projects/synthetic.yaml': stringify(makeProject()),
    'cases/first.mdx': mdx(makeCase()),
    'tours/visit.mdx': mdx(makeTour()),
  };
}

/** Write `files` into a new temporary folder and return its path. */
export function writeContent(files: ContentFiles): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** 1-based line and column where `needle` first occurs in `text`: where the checker should point. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in text`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
