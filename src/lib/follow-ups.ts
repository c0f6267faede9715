/**
 * A tour's follow-ups: six and twelve months after its last day, someone asks what came
 * of the decisions taken on it. A follow-up is reported (a source says so), due (its date
 * has come and none is reported) or upcoming. Tours without dates have none.
 */
import { followUpAfter } from '../schemas/enums.ts';
import type { TourEntry } from './types.ts';

export type FollowUpAfter = (typeof followUpAfter)[number];

export interface FollowUp {
  after: FollowUpAfter;
  /** YYYY-MM-DD. */
  date: string;
  state: 'reported' | 'due' | 'upcoming';
  reported?: string | undefined;
}

const months: Record<FollowUpAfter, number> = { '6-months': 6, '12-months': 12 };

/** YYYY-MM-DD plus whole months; a day past the end of the month (31 August + 6) becomes its last day. */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The day the build runs, YYYY-MM-DD (ATLAS_TODAY overrides it, for reproducible builds). */
export function today(): string {
  return process.env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
}

export function followUps(tour: TourEntry, on: string = today()): FollowUp[] {
  const last = tour.data.dates?.end ?? tour.data.dates?.start;
  if (!last) return [];
  return followUpAfter.map((after) => {
    const date = addMonths(last, months[after]);
    const reported = tour.data.followUps?.find((f) => f.after === after)?.reported;
    return { after, date, state: reported ? 'reported' : date <= on ? 'due' : 'upcoming', reported };
  });
}

/** True when some follow-up of the tour is due and not reported. */
export const followUpDue = (tour: TourEntry, on: string = today()): boolean => followUps(tour, on).some((f) => f.state === 'due');
