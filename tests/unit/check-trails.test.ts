/**
 * The content check's refusals for transfer trails, each with the message, field and
 * position a researcher reads: ends that do not exist, stages out of order or back in
 * time, a stage without its citation, a strong stage without its quoted passage.
 */
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectContent } from '../../scripts/check/run.ts';
import type { Problem } from '../../scripts/check/report.ts';
import { certainlyBefore } from '../../scripts/check/trails.ts';
import { baseContent, cite, makeTrail, positionOf, writeContent } from '../helpers/factories.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function check(trail: Record<string, unknown>) {
  const text = stringify(trail);
  const dir = writeContent({ ...baseContent(), 'trails/north-south.yaml': text });
  dirs.push(dir);
  const result = await inspectContent(dir);
  const problems = result.problems.map((p: Problem) => ({ ...p, file: p.file.slice(dir.length + 1) }));
  return { problems, text, counts: result.counts };
}

const file = 'trails/north-south.yaml';

describe('a valid trail', () => {
  it('passes and is counted', async () => {
    const { problems, counts } = await check(makeTrail());
    expect(problems).toEqual([]);
    expect(counts['trails']).toBe(1);
  });

  it('accepts stages without dates, and dates at different precisions that agree', async () => {
    const stages = [
      { stage: 'interest', citation: cite() },
      { stage: 'planned', date: '2024', citation: cite() },
      { stage: 'piloted', date: '2024-03', citation: cite() },
      { stage: 'adopted', citation: cite({ excerpt: 'The method was adopted.' }) },
    ];
    expect((await check(makeTrail({ stages }))).problems).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses an end that does not exist, with the nearest id', async () => {
    const { problems, text } = await check(makeTrail({ to: { region: 'sout' } }));
    expect(problems).toEqual([
      {
        file,
        ...positionOf(text, 'sout\n'),
        field: 'to.region',
        message: 'unknown region "sout"',
        found: '"sout"',
        allowed: ['north', 'south'],
        suggestion: 'south',
      },
    ]);
  });

  it('refuses a tour that does not exist', async () => {
    const { problems } = await check(makeTrail({ through: { channel: 'study-tour', tour: 'vist' } }));
    expect(problems).toMatchObject([{ field: 'through.tour', message: 'unknown tour "vist"', suggestion: 'visit' }]);
  });

  it('refuses an end that names no place', async () => {
    const { problems, text } = await check(makeTrail({ from: {} }));
    expect(problems).toEqual([
      {
        file,
        ...positionOf(text, '{}'),
        field: 'from',
        message: 'from names no place: give a case, a project or a region (the most precise the source allows)',
        found: 'a group of fields',
        allowed: ['case', 'project', 'region'],
      },
    ]);
  });

  it('refuses stages out of order', async () => {
    const stages = [
      { stage: 'planned', citation: cite() },
      { stage: 'interest', citation: cite() },
    ];
    const { problems } = await check(makeTrail({ stages }));
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        field: 'stages[1].stage',
        message:
          'stages move forward: "interest" cannot follow "planned" (stages[0]). List stages in the order interest → planned → piloted → adopted → discontinued, each once',
        found: '"interest"',
        allowed: ['piloted', 'adopted', 'discontinued'],
      }),
    ]);
  });

  it('refuses a stage that goes back in time, at its date', async () => {
    const stages = [
      { stage: 'interest', date: '2024-06', citation: cite() },
      { stage: 'planned', citation: cite() },
      { stage: 'piloted', date: '2023', citation: cite() },
    ];
    const { problems, text } = await check(makeTrail({ stages }));
    expect(problems).toEqual([
      {
        file,
        ...positionOf(text, '"2023"'),
        field: 'stages[2].date',
        message:
          'stages move forward in time: 2023 is before 2024-06, the date of "interest" (stages[0]). Correct the date, or the order of the stages',
        found: '2023',
        allowed: ['2024-06 or later'],
      },
    ]);
  });

  it('refuses a stage without its citation', async () => {
    const { problems } = await check(makeTrail({ stages: [{ stage: 'planned', date: '2024' }] }));
    expect(problems).toMatchObject([{ field: 'stages[0].citation', message: 'required field is missing' }]);
  });

  it('refuses a citation of an unknown source, with the nearest id', async () => {
    const { problems } = await check(makeTrail({ stages: [{ stage: 'planned', citation: cite({ source: 'reprt' }) }] }));
    expect(problems).toMatchObject([
      { field: 'stages[0].citation.source', message: 'unknown source "reprt"', allowed: ['report'], suggestion: 'report' },
    ]);
  });

  it('refuses "adopted" without the quoted passage', async () => {
    const { problems, text } = await check(makeTrail({ stages: [{ stage: 'adopted', citation: cite({ at: 'Results' }) }] }));
    expect(problems).toEqual([
      {
        file,
        ...positionOf(text, 'source: report'),
        field: 'stages[0].citation.excerpt',
        message:
          '"adopted" is a strong claim: quote the passage that states it in citation.excerpt (one sentence, in the source\'s language), or record only the stage the source reports',
        found: 'nothing',
      },
    ]);
  });

  it('refuses an unknown stage with the nearest one', async () => {
    const { problems } = await check(makeTrail({ stages: [{ stage: 'adoptd', citation: cite() }] }));
    expect(problems).toMatchObject([{ field: 'stages[0].stage', suggestion: 'adopted' }]);
  });

  it('refuses a study-tour channel without its tour, and a tour with another channel', async () => {
    expect((await check(makeTrail({ through: { channel: 'study-tour' } }))).problems).toMatchObject([
      { field: 'through.tour', message: 'a study-tour channel names its tour: add through.tour with the tour id (a file in tours/)' },
    ]);
    expect((await check(makeTrail({ through: { channel: 'exchange', tour: 'visit' } }))).problems).toMatchObject([
      { field: 'through.tour', suggestion: 'study-tour' },
    ]);
  });
});

describe('scope against the ends', () => {
  it('refuses "within-region" for a trail whose ends are in different regions, with the scope to write', async () => {
    const { problems, text } = await check(makeTrail({ scope: 'within-region' }));
    expect(problems).toEqual([
      {
        file,
        ...positionOf(text, 'within-region'),
        field: 'scope',
        message:
          'the scope is "within-region" but the trail runs from north to south: its ends are in different regions. Write scope: interregional',
        found: '"within-region"',
        allowed: ['interregional'],
        suggestion: 'interregional',
      },
    ]);
  });

  it('refuses "interregional" for a trail within one region (the case is in north)', async () => {
    const { problems } = await check(makeTrail({ to: { region: 'north' } }));
    expect(problems).toMatchObject([{ field: 'scope', suggestion: 'within-region' }]);
    expect((await check(makeTrail({ to: { region: 'north' }, scope: 'within-region' }))).problems).toEqual([]);
  });
});

describe('partial dates', () => {
  it('compares at the precision both share', () => {
    expect(certainlyBefore('2017-12', '2018')).toBe(true);
    expect(certainlyBefore('2018', '2018-03')).toBe(false);
    expect(certainlyBefore('2018-03', '2018')).toBe(false);
    expect(certainlyBefore('2018-03-02', '2018-03-10')).toBe(true);
  });
});

describe("a tour debrief's decisions", () => {
  async function checkTour(decisions: unknown[]) {
    const { makeTour, mdx } = await import('../helpers/factories.ts');
    const text = mdx(makeTour({ decisions }));
    const dir = writeContent({ ...baseContent(), 'tours/visit.mdx': text });
    dirs.push(dir);
    return (await inspectContent(dir)).problems.map((p: Problem) => ({ ...p, file: p.file.slice(dir.length + 1) }));
  }
  const decision = { what: { kind: 'tool', label: 'Intake form' }, to: { region: 'south' }, stage: 'planned', citation: cite() };

  it('accepts a decision at its first stage', async () => {
    expect(await checkTour([decision])).toEqual([]);
  });

  it('refuses a decision at a later stage: that belongs in a trail file', async () => {
    expect(await checkTour([{ ...decision, stage: 'adopted' }])).toMatchObject([
      { field: 'decisions[0].stage', allowed: ['interest', 'planned'] },
    ]);
  });

  it('refuses a decision that names no place to try it, or an unknown one', async () => {
    expect(await checkTour([{ ...decision, to: {} }])).toMatchObject([
      { field: 'decisions[0].to', message: 'a decision says where it is to be tried: give cases, a project or a region' },
    ]);
    expect(await checkTour([{ ...decision, to: { region: 'sout' } }])).toMatchObject([
      { field: 'decisions[0].to.region', suggestion: 'south' },
    ]);
  });
});
