/**
 * Provenance rules: what the schemas cannot say on their own. Every status, role, date
 * and figure a page shows carries the passage that states it; a tour is completed only
 * when a source reports it; a guess is marked as the editors' own; a reviewed page names
 * a reviewer who is not one of its authors. Figures in a body without a citation are
 * reported as warnings, since a number can also be a heading's or a list's.
 */
import { bodyCites } from '../../src/lib/body-cites.ts';
import { oneSentence } from '../../src/schemas/source.ts';
import { show } from './issues.ts';
import type { Problem } from './report.ts';
import { didYouMean } from './suggest.ts';
import { decisionRules, trailRules } from './trails.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';

type Data = Record<string, unknown>;

export interface ProvenanceInput {
  collection: string;
  file: string;
  /** The frontmatter or YAML file's data, as js-yaml read it. */
  data: unknown;
  yaml: YamlSource;
  /** An MDX body, and the number of lines before it in its file. */
  body?: string | undefined;
  bodyOffset?: number;
  /** Ids of the sources in sources/. */
  sources: ReadonlySet<string>;
}

export interface ProvenanceResult {
  problems: Problem[];
  warnings: Problem[];
}

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const present = (v: unknown) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0);

/** Fields whose value is a claim the page shows, and what kind of claim it is. */
const CITED_FIELDS: Record<string, Record<string, string>> = {
  cases: { lead: 'a role', partners: 'a role', period: 'a date', funding: 'a funding line' },
  projects: { lead: 'a role', partners: 'a role', period: 'a date', funding: 'a funding line' },
  tours: { organiser: 'a role', dates: 'a date' },
};

/** Free-text fields read as the atlas's own statements, where a guess must not hide. */
const TEXT_FIELDS = ['summary', 'transferability', 'difficulties', 'resources', 'description'];

/**
 * Words that state a guess. In a body they are allowed inside <Inference>…</Inference>,
 * which shows the reader that the editors, not a source, say it.
 */
const HEDGE = /\b(likely|probably|presumably|apparently|it seems|seems to|we infer|inferred|must have been)\b/i;

export function checkProvenance(input: ProvenanceInput): ProvenanceResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const { collection, file, yaml } = input;
  const data = isObject(input.data) ? input.data : undefined;
  const at = (path: PathKey[], field = fieldName(path)) => ({ file, ...yaml.locate(path), field });

  if (data) {
    const cites = isObject(data['citations']) ? data['citations'] : {};
    for (const [field, kind] of Object.entries(CITED_FIELDS[collection] ?? {})) {
      if (present(data[field]) && !present(cites[field])) {
        problems.push({
          ...at([field]),
          message: `${kind} needs a citation: add citations.${field} with the source and the passage (at) that state it, or leave ${field} out if no source states it`,
          found: show(data[field]),
        });
      }
    }
    if (collection === 'cases' || collection === 'tours') statusRule(data, cites, collection, at, problems);
    if (collection === 'cases') outcomeRule(data, at, problems);
    if (collection === 'tours') stopRule(data, at, problems);
    if (collection === 'tours') decisionRules(data, at, problems);
    if (collection === 'trails') trailRules(data, at, problems);
    if (collection === 'cases' || collection === 'tours') reviewRule(data, at, problems);
    for (const field of TEXT_FIELDS) {
      const text = data[field];
      const hedge = typeof text === 'string' ? HEDGE.exec(text) : null;
      if (hedge)
        problems.push({
          ...at([field]),
          message: unmarked(hedge[0], 'move the guess to the body, inside <Inference>…</Inference>'),
          found: hedge[0],
        });
    }
  }
  if (collection === 'regions' && Array.isArray(input.data)) regionSources(input.data, input.sources, at, problems);
  if (input.body !== undefined) bodyRules(input.body, input.bodyOffset ?? 0, input, problems, warnings);
  return { problems, warnings };
}

const unmarked = (word: string, fix: string) =>
  `unmarked inference: "${word}" states a guess as if a source said it. Write only what a source states, or ${fix}`;

function fieldName(path: PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

type At = (path: PathKey[], field?: string) => { file: string; line: number; column: number; field: string };

function statusRule(data: Data, cites: Data, collection: string, at: At, problems: Problem[]): void {
  const status = data['status'];
  if (typeof status !== 'string' || status === 'unknown' || present(cites['status'])) return;
  if (collection === 'tours' && status === 'completed') {
    problems.push({
      ...at(['status']),
      message:
        'a tour is "completed" only when a source or a debrief reports that it took place: add citations.status citing it (a debrief is a source of kind debrief), or write status: planned as the sources report it',
      found: '"completed"',
    });
    return;
  }
  problems.push({
    ...at(['status']),
    message: `a status needs a citation: add citations.status with the source, the passage (at) and the date the source reports it as of (asOf), or write status: unknown`,
    found: JSON.stringify(status),
  });
}

function outcomeRule(data: Data, at: At, problems: Problem[]): void {
  const outcomes = Array.isArray(data['outcomes']) ? data['outcomes'] : [];
  outcomes.forEach((o, i) => {
    if (!isObject(o) || (present(o['source']) && present(o['at']))) return;
    const missing = ['source', 'at'].filter((k) => !present(o[k])).join(' and ');
    problems.push({
      ...at(['outcomes', i]),
      message: `a figure needs a citation: the figure ${String(o['value'])} has no ${missing}. Add source (a source id) and at (the passage that states it)`,
      found: String(o['value']),
    });
  });
}

function stopRule(data: Data, at: At, problems: Problem[]): void {
  const stops = Array.isArray(data['stops']) ? data['stops'] : [];
  stops.forEach((stop, i) => {
    if (!isObject(stop) || present(stop['cite'])) return;
    problems.push({
      ...at(['stops', i]),
      message: `a stop is on the programme only when a source reports it: add cite with the source and the passage (at), or move the organisation to suggestions`,
      found: typeof stop['organisation'] === 'string' ? JSON.stringify(stop['organisation']) : undefined,
    });
  });
}

function reviewRule(data: Data, at: At, problems: Problem[]): void {
  const review = isObject(data['review']) ? data['review'] : undefined;
  if (!review || review['status'] === 'draft' || typeof review['status'] !== 'string') return;
  const status = review['status'];
  if (!present(review['by']))
    problems.push({ ...at(['review']), field: 'review.by', message: `a ${status} page names its reviewer: add review.by` });
  if (!present(review['date']))
    problems.push({
      ...at(['review']),
      field: 'review.date',
      message: `a ${status} page gives the date of its review: add review.date as YYYY-MM-DD`,
    });
  const authors = Array.isArray(data['authors']) ? data['authors'].map((a) => (isObject(a) ? String(a['name'] ?? '') : '')) : [];
  const by = typeof review['by'] === 'string' ? review['by'].trim() : '';
  if (by && authors.some((name) => name.trim().toLowerCase() === by.toLowerCase())) {
    problems.push({
      ...at(['review', 'by']),
      message: `"${by}" is an author of this page: a reviewer checks someone else's work. Name a reviewer who is not among the authors, or set review.status: draft`,
      found: JSON.stringify(by),
    });
  }
}

function regionSources(items: unknown[], sources: ReadonlySet<string>, at: At, problems: Problem[]): void {
  const allowed = [...sources].sort();
  items.forEach((item, i) => {
    const ids = isObject(item) && Array.isArray(item['sources']) ? item['sources'] : [];
    ids.forEach((id, j) => {
      if (typeof id !== 'string' || sources.has(id)) return;
      problems.push({
        ...at([i, 'sources', j]),
        message: `unknown source "${id}"`,
        found: JSON.stringify(id),
        allowed,
        suggestion: didYouMean(id, allowed),
      });
    });
  });
}

/** <Cite> elements, guesses outside <Inference>, and figures no citation backs. */
function bodyRules(body: string, offset: number, input: ProvenanceInput, problems: Problem[], warnings: Problem[]): void {
  const { file, sources } = input;
  const allowed = [...sources].sort();
  for (const cite of bodyCites(body)) {
    const where = { file, line: cite.line + offset, column: cite.column, field: 'body' };
    if (!cite.source || !cite.at) {
      const missing = ['source', 'at'].filter((k) => !cite[k as 'source' | 'at']).join(' and ');
      problems.push({ ...where, message: `<Cite> needs ${missing}: write <Cite source="source-id" at="where in the source" />` });
    } else if (!sources.has(cite.source)) {
      problems.push({
        ...where,
        message: `<Cite>: unknown source "${cite.source}"`,
        found: JSON.stringify(cite.source),
        allowed,
        suggestion: didYouMean(cite.source, allowed),
      });
    }
    // The same rule as an excerpt in the fields: the passage itself, not a summary of it.
    if (cite.excerpt !== undefined && (!oneSentence(cite.excerpt) || cite.excerpt.length > 300)) {
      problems.push({ ...where, message: '<Cite>: an excerpt is one sentence of the source, at most 300 characters', found: JSON.stringify(cite.excerpt.slice(0, 80)) });
    }
  }

  const lines = body.split('\n');
  let inInference = false;
  let inCode = false;
  // Paragraphs: runs of non-blank lines. A figure is cited when its paragraph holds a <Cite>.
  let paragraph: { line: number; text: string }[] = [];
  const flush = () => {
    if (paragraph.some((l) => /<Cite\b/.test(l.text))) return void (paragraph = []);
    for (const l of paragraph) {
      const figure = firstFigure(l.text);
      if (figure) {
        warnings.push({
          file,
          line: l.line + offset,
          column: figure.column,
          field: 'body',
          message: `figure "${figure.text}" has no citation: add <Cite source="…" at="…" /> to the sentence that states it`,
          found: figure.text,
        });
      }
    }
    paragraph = [];
  };
  lines.forEach((text, i) => {
    const line = i + 1;
    if (/^\s*(```|~~~)/.test(text)) inCode = !inCode;
    if (inCode) return;
    const opens = /<Inference\b/.test(text);
    if (opens) inInference = true;
    if (!inInference) {
      const hedge = HEDGE.exec(text.replace(/<[^>]*>/g, ''));
      if (hedge) {
        problems.push({
          file,
          line: line + offset,
          column: text.indexOf(hedge[0]) + 1,
          field: 'body',
          message: unmarked(hedge[0], "mark it as the editors' own: <Inference>…</Inference>"),
          found: hedge[0],
        });
      }
    }
    if (/<\/Inference>|<Inference\b[^>]*\/>/.test(text)) inInference = false;
    if (text.trim() === '') flush();
    else if (!/^\s*#/.test(text)) paragraph.push({ line, text });
  });
  flush();
}

/** The first number in a line of prose, outside tags and link targets. */
function firstFigure(text: string): { text: string; column: number } | undefined {
  // Blank out (keeping columns) what is not prose: tags, link targets, footnote marks.
  const prose = text.replace(/<(sub|sup)>[^<]*<\/\1>|<[^>]*>|\]\([^)]*\)|\[\^[^\]]*\]|https?:\/\/\S+/g, (m) => ' '.repeat(m.length));
  const match = /(?<![\w.-])\d[\d,.]*(?:\s?%)?(?![\w])/.exec(prose);
  if (!match) return undefined;
  return { text: match[0].replace(/[.,]$/, ''), column: match.index + 1 };
}
