import type { RawEntry, readContent } from './read-content.ts';

export interface RawStop {
  organisation: string;
  cases?: string[];
  topic: string;
  day?: string;
  time?: string;
  address?: string;
}

type Content = ReturnType<typeof readContent>;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Case ids of a tour's stops, in programme order, without repeats. */
export const stopCases = (tour: RawEntry): string[] => [...new Set((tour.data['stops'] as RawStop[]).flatMap((s) => s.cases ?? []))];

/**
 * What a brief must ask about these cases, read from the files: each case's own
 * questions, its difficulties and its transferability, as [case id, text] pairs.
 */
export function caseQuestionTexts(content: Content, caseIds: string[]): [string, string][] {
  return caseIds.flatMap((id) => {
    const c = content.cases.find((x) => x.id === id)?.data ?? {};
    return [...list(c['questions']), c['difficulties'], c['transferability']]
      .filter((q): q is string => typeof q === 'string')
      .map((q): [string, string] => [id, q]);
  });
}

/** Every question text a tour's brief must show: the tour's own, then its visited cases'. */
export const tourQuestionTexts = (content: Content, tour: RawEntry): string[] => [
  ...list(tour.data['questions']),
  ...caseQuestionTexts(content, stopCases(tour)).map(([, q]) => q),
];
