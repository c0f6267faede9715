import type { Atlas } from '../../lib/atlas.ts';
import type { CaseData } from '../../lib/types.ts';
import { otherLang, rowLangs, type ChartTable } from '../table.ts';

export interface DatedCase {
  id: string;
  title: string;
  /** The title's language when it is not the atlas's (no translation yet). */
  lang?: string | undefined;
  status: CaseData['status'];
  /** As the case states it: YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  end?: string | undefined;
  /** Decimal years: the start at the beginning of its stated unit, the end at the end of its own. */
  from: number;
  to?: number | undefined;
}

/** A project's period, as the project's file states it. */
export interface DatedProject {
  id: string;
  title: string;
  lang?: string | undefined;
  start: string;
  end?: string | undefined;
  from: number;
  to?: number | undefined;
}

export interface TimelineData {
  /** Projects that state a period, drawn above the cases: the frame the practices ran in. */
  projects: DatedProject[];
  dated: DatedCase[];
  /** Cases that state no period: listed, never drawn. */
  undated: { id: string; title: string; lang?: string | undefined; status: CaseData['status'] }[];
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A partial date as a decimal year. "2019" starts at 2019.0 and, as an end, runs to
 * 2020.0; "2019-03" starts at 2019 + 2/12 and ends at 2019 + 3/12: a stated month or
 * year is covered whole, never cut to its first day.
 */
export function decimalYear(date: string, edge: 'start' | 'end'): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return edge === 'start' ? y : y + 1;
  if (d === undefined) return y + (edge === 'start' ? m - 1 : m) / 12;
  const day = edge === 'start' ? d - 1 : d;
  return y + (m - 1) / 12 + day / daysIn(y, m) / 12;
}

/** A stated period as decimal years; an end left out stays undefined (open). */
const span = (p: { start: string; end?: string | undefined }) => ({
  start: p.start,
  end: p.end,
  from: decimalYear(p.start, 'start'),
  to: p.end ? decimalYear(p.end, 'end') : undefined,
});

/** Dated projects and cases by start, then title; undated cases by title. Only stated periods, never guessed. */
export function timelineData(atlas: Atlas): TimelineData {
  // Ties by title as the atlas's language sorts them.
  const byStart = (a: { from: number; title: string }, b: { from: number; title: string }) =>
    a.from - b.from || atlas.i18n.compare(a.title, b.title);
  const projects: DatedProject[] = atlas.projects.flatMap((p) =>
    p.data.period ? [{ id: p.id, title: p.data.name, lang: otherLang(atlas, p, 'name'), ...span(p.data.period) }] : [],
  );
  const dated: DatedCase[] = [];
  const undated: TimelineData['undated'] = [];
  for (const c of atlas.cases) {
    const p = c.data.period;
    const lang = otherLang(atlas, c, 'title');
    if (!p) undated.push({ id: c.id, title: c.data.title, lang, status: c.data.status });
    else dated.push({ id: c.id, title: c.data.title, lang, status: c.data.status, ...span(p) });
  }
  projects.sort(byStart);
  dated.sort(byStart);
  return { projects, dated, undated };
}

export function timelineTable(
  data: TimelineData,
  labels: { case: string; kind: string; project: string; id: string; start: string; end: string; status: string },
  status: Record<string, string>,
): ChartTable {
  return {
    columns: [
      { key: 'title', label: labels.case },
      { key: 'kind', label: labels.kind },
      { key: 'case', label: labels.id },
      { key: 'start', label: labels.start, type: 'date' },
      { key: 'end', label: labels.end, type: 'date' },
      { key: 'status', label: labels.status },
    ],
    // Undated cases are rows too, with empty dates: the CSV holds every case.
    rows: [
      ...data.projects.map((p) => ({ title: p.title, kind: labels.project, case: p.id, start: p.start, end: p.end ?? '', status: '' })),
      ...data.dated.map((c) => ({
        title: c.title,
        kind: labels.case,
        case: c.id,
        start: c.start,
        end: c.end ?? '',
        status: status[c.status] ?? c.status,
      })),
      ...data.undated.map((c) => ({
        title: c.title,
        kind: labels.case,
        case: c.id,
        start: '',
        end: '',
        status: status[c.status] ?? c.status,
      })),
    ],
    langs: [...data.projects, ...data.dated, ...data.undated].map((r) => rowLangs({ title: r.lang })),
  };
}
