/**
 * Addresses of the brief pages and calendars. Kept beside paths.ts rather than in it
 * while several people edit that file; they follow the same base-path rule.
 */
import { href } from './paths.ts';

export const briefPaths = {
  regionBrief: (id: string) => href(`/regions/${id}/brief/`),
  tourCalendar: (id: string) => href(`/tours/${id}.ics`),
};
