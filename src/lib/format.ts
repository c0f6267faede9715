import type { Period } from '../schemas/period.ts';

/** "2017-05-15 – 2018-06"; an open period shows only its start. */
export function formatPeriod(period: Period): string {
  return period.end ? `${period.start} – ${period.end}` : `${period.start} –`;
}
