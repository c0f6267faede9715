/**
 * What a trail's schema cannot say alone: each end names a place, a study tour is named
 * when the channel is one, stages move forward (in their order and in time), and a stage
 * that says a practice was adopted or discontinued quotes the passage that says so. The
 * check cannot read a source's meaning; it can make every stage show its passage.
 */
import { trailStages } from '../../src/schemas/enums.ts';
import type { Problem } from './report.ts';
import { didYouMean } from './suggest.ts';
import type { PathKey, YamlSource } from './yaml-source.ts';
import type { EntryFile } from './files.ts';

type Data = Record<string, unknown>;
type At = (path: PathKey[], field?: string) => { file: string; line: number; column: number; field: string };

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stages whose claim is strong enough that the passage itself must be quoted. */
const QUOTED_STAGES = new Set(['adopted', 'discontinued']);

/**
 * True when partial date `a` is certainly before `b`, compared at the precision both
 * share: "2018" is not before "2018-03", but "2017-12" is before "2018".
 */
export function certainlyBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n);
}

export function trailRules(data: Data, at: At, problems: Problem[]): void {
  for (const side of ['from', 'to'] as const) {
    const end = data[side];
    if (isObject(end) && !['region', 'project', 'case'].some((k) => typeof end[k] === 'string') && !Array.isArray(end['cases'])) {
      problems.push({
        ...at([side]),
        message: `${side} names no place: give ${side === 'from' ? 'a case' : 'cases'}, a project or a region (the most precise the source allows)`,
        found: 'a group of fields',
        allowed: side === 'from' ? ['case', 'project', 'region'] : ['cases', 'project', 'region'],
      });
    }
  }

  const through = isObject(data['through']) ? data['through'] : undefined;
  if (through?.['channel'] === 'study-tour' && typeof through['tour'] !== 'string') {
    problems.push({
      ...at(['through', 'channel']),
      field: 'through.tour',
      message: 'a study-tour channel names its tour: add through.tour with the tour id (a file in tours/)',
      found: 'nothing',
    });
  }
  if (through && typeof through['tour'] === 'string' && through['channel'] !== 'study-tour') {
    problems.push({
      ...at(['through', 'tour']),
      message: `a tour is named but the channel is ${JSON.stringify(through['channel'])}: set through.channel: study-tour, or leave tour out`,
      found: JSON.stringify(through['channel']),
      allowed: ['study-tour'],
      suggestion: 'study-tour',
    });
  }

  const stages = Array.isArray(data['stages']) ? data['stages'] : [];
  let previous: { rank: number; name: string; index: number } | undefined;
  // The last stage that gave a date: a stage without one does not break the comparison.
  let dated: { date: string; name: string; index: number } | undefined;
  stages.forEach((s, i) => {
    if (!isObject(s)) return;
    const name = typeof s['stage'] === 'string' ? s['stage'] : '';
    const rank = (trailStages as readonly string[]).indexOf(name);
    const rawDate = s['date'];
    const date =
      rawDate instanceof Date
        ? rawDate.toISOString().slice(0, 10)
        : typeof rawDate === 'number' || typeof rawDate === 'string'
          ? String(rawDate)
          : undefined;
    if (rank < 0) return; // the schema reports an unknown stage, with its suggestion
    if (previous && rank <= previous.rank) {
      const later = trailStages.filter((_, r) => r > previous!.rank);
      problems.push({
        ...at(['stages', i, 'stage']),
        message: `stages move forward: "${name}" cannot follow "${previous.name}" (stages[${previous.index}]). List stages in the order ${trailStages.join(' → ')}, each once`,
        found: JSON.stringify(name),
        allowed: later,
        suggestion: didYouMean(name, later),
      });
    }
    if (dated && date && certainlyBefore(date, dated.date)) {
      problems.push({
        ...at(['stages', i, 'date']),
        message: `stages move forward in time: ${date} is before ${dated.date}, the date of "${dated.name}" (stages[${dated.index}]). Correct the date, or the order of the stages`,
        found: date,
        allowed: [`${dated.date} or later`],
      });
    }
    const citation = isObject(s['citation']) ? s['citation'] : undefined;
    if (QUOTED_STAGES.has(name) && citation && typeof citation['excerpt'] !== 'string') {
      problems.push({
        ...at(['stages', i, 'citation']),
        field: `stages[${i}].citation.excerpt`,
        message: `"${name}" is a strong claim: quote the passage that states it in citation.excerpt (one sentence, in the source's language), or record only the stage the source reports`,
        found: 'nothing',
      });
    }
    previous = { rank, name, index: i };
    if (date) dated = { date, name, index: i };
  });
}

/** A debrief's decisions: where each is to be tried must name a place, as a trail's end does. */
export function decisionRules(data: Data, at: At, problems: Problem[]): void {
  const decisions = Array.isArray(data['decisions']) ? data['decisions'] : [];
  decisions.forEach((d, i) => {
    const to = isObject(d) ? d['to'] : undefined;
    if (isObject(to) && !['region', 'project'].some((k) => typeof to[k] === 'string') && !Array.isArray(to['cases'])) {
      problems.push({
        ...at(['decisions', i, 'to']),
        message: 'a decision says where it is to be tried: give cases, a project or a region',
        found: 'a group of fields',
        allowed: ['cases', 'project', 'region'],
      });
    }
  });
}

/**
 * A trail's scope must agree with its ends: "within-region" when both ends resolve to one
 * and the same region, "interregional" otherwise. Ends resolve as the pages resolve them
 * (a region, else the regions of the cases, else of the project), from the files' own data.
 */
export function trailScopeProblems(
  parsed: { entry: EntryFile; yaml?: YamlSource | undefined }[],
  knownRegions: ReadonlySet<string>,
): Problem[] {
  const regionsOf = new Map<string, string[]>();
  for (const { entry, yaml } of parsed) {
    const data = yaml?.data;
    if ((entry.collection === 'cases' || entry.collection === 'projects') && isObject(data) && Array.isArray(data['regions'])) {
      regionsOf.set(
        `${entry.collection}/${entry.id}`,
        data['regions'].filter((r): r is string => typeof r === 'string'),
      );
    }
  }
  const resolve = (end: unknown): string[] | undefined => {
    if (!isObject(end)) return undefined;
    if (typeof end['region'] === 'string') return [end['region']];
    const listed: unknown[] = Array.isArray(end['cases']) ? end['cases'] : [];
    const cases = [...(typeof end['case'] === 'string' ? [end['case']] : []), ...listed];
    if (cases.length > 0) {
      const found = cases.map((c) => regionsOf.get(`cases/${String(c)}`));
      return found.every((f) => f !== undefined) ? [...new Set(found.flat())] : undefined;
    }
    return typeof end['project'] === 'string' ? regionsOf.get(`projects/${end['project']}`) : undefined;
  };
  const problems: Problem[] = [];
  for (const { entry, yaml } of parsed) {
    const data = yaml?.data;
    if (entry.collection !== 'trails' || !yaml || !isObject(data)) continue;
    const from = resolve(data['from']);
    const to = resolve(data['to']);
    // Unknown ends, and ends in regions that do not exist, are reported on their own.
    const resolved = (ids: string[] | undefined): ids is string[] =>
      ids !== undefined && ids.length > 0 && ids.every((r) => knownRegions.has(r));
    if (!resolved(from) || !resolved(to)) continue;
    const same = from.length === 1 && to.length === 1 && from[0] === to[0];
    const scope = data['scope'];
    const fits = scope === 'within-region' ? same : scope === 'interregional' ? !same : true;
    if (fits) continue;
    const expected = same ? 'within-region' : 'interregional';
    problems.push({
      file: entry.path,
      ...yaml.locate(['scope']),
      field: 'scope',
      message: `the scope is "${String(scope)}" but the trail runs from ${from.join(', ')} to ${to.join(', ')}: ${same ? 'both ends are in one region, so it is a continuation within it' : 'its ends are in different regions'}. Write scope: ${expected}`,
      found: JSON.stringify(scope),
      allowed: [expected],
      suggestion: expected,
    });
  }
  return problems;
}
