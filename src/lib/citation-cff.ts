import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DatasetCitation } from './cite.ts';
import { projectRoot } from './content-dir.ts';
import { paths } from './paths.ts';
import { absoluteUrl } from './site.ts';

interface Cff {
  title: string;
  abstract?: string;
  authors: { name?: string; 'given-names'?: string; 'family-names'?: string }[];
  version?: string | number;
  'date-released'?: string | Date;
  license?: string;
  keywords?: string[];
}

const name = (a: Cff['authors'][number]) => a.name ?? [a['given-names'], a['family-names']].filter(Boolean).join(' ');

let cached: DatasetCitation | undefined;

/** The dataset citation CITATION.cff (at the project root) asks for: read once per build. */
export function datasetCitation(): DatasetCitation {
  return (cached ??= readCitationCff(projectRoot()));
}

export function readCitationCff(root: string): DatasetCitation {
  const cff = parse(readFileSync(join(root, 'CITATION.cff'), 'utf8')) as Cff;
  const released = cff['date-released'];
  return {
    title: cff.title,
    abstract: cff.abstract?.trim() ?? '',
    authors: cff.authors.map(name),
    version: cff.version === undefined ? undefined : String(cff.version),
    released: released instanceof Date ? released.toISOString().slice(0, 10) : released,
    license: cff.license ?? 'CC-BY-4.0',
    keywords: cff.keywords ?? [],
    url: absoluteUrl(paths.data()),
  };
}
