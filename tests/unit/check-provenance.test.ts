/**
 * The provenance rules of the content check: each refusal and the warning, with the
 * exact message a researcher reads, at the line and column of what is wrong.
 */
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectContent } from '../../scripts/check/run.ts';
import { formatReport, type Problem } from '../../scripts/check/report.ts';
import { baseContent, cite, makeCase, makeProject, makeRegion, makeTour, mdx, positionOf, writeContent } from '../helpers/factories.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function check(changes: Record<string, string>) {
  const dir = writeContent({ ...baseContent(), ...changes });
  dirs.push(dir);
  const result = await inspectContent(dir);
  const relative = (p: Problem) => ({ ...p, file: p.file.slice(dir.length + 1) });
  return { problems: result.problems.map(relative), warnings: result.warnings.map(relative), dir };
}

/** The base case's citations without one field's entry. */
const citationsWithout = (field: string) => {
  const all: Record<string, unknown> = { status: cite({ asOf: '2024' }), lead: [cite()] };
  delete all[field];
  return all;
};

describe('citations the check requires', () => {
  it('refuses a status without its citation', async () => {
    const text = mdx(makeCase({ citations: citationsWithout('status') }));
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems).toEqual([
      {
        file: 'cases/first.mdx',
        ...positionOf(text, 'ongoing'),
        field: 'status',
        message:
          'a status needs a citation: add citations.status with the source, the passage (at) and the date the source reports it as of (asOf), or write status: unknown',
        found: '"ongoing"',
      },
    ]);
  });

  it('accepts an unknown status without a citation: nothing is claimed', async () => {
    const { problems } = await check({ 'cases/first.mdx': mdx(makeCase({ status: 'unknown', citations: citationsWithout('status') })) });
    expect(problems).toEqual([]);
  });

  it('refuses a lead without its citation, and accepts a case with no lead', async () => {
    const text = mdx(makeCase({ citations: citationsWithout('lead') }));
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems).toEqual([
      {
        file: 'cases/first.mdx',
        ...positionOf(text, 'coop'),
        field: 'lead',
        message:
          'a role needs a citation: add citations.lead with the source and the passage (at) that state it, or leave lead out if no source states it',
        found: '"coop"',
      },
    ]);
    const noLead = await check({ 'cases/first.mdx': mdx(makeCase({ lead: undefined, citations: citationsWithout('lead') })) });
    expect(noLead.problems).toEqual([]);
  });

  it('refuses partners, a period and funding without their citations', async () => {
    const text = mdx(makeCase({ partners: ['coop'], period: { start: '2019' }, funding: [{ programme: 'AMIF' }] }));
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems.map((p) => p.found)).toEqual(['a list of 1', 'a group of fields', 'a list of 1']);
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      [
        'partners',
        'a role needs a citation: add citations.partners with the source and the passage (at) that state it, or leave partners out if no source states it',
      ],
      [
        'period',
        'a date needs a citation: add citations.period with the source and the passage (at) that state it, or leave period out if no source states it',
      ],
      [
        'funding',
        'a funding line needs a citation: add citations.funding with the source and the passage (at) that state it, or leave funding out if no source states it',
      ],
    ]);
  });

  it("refuses a project's lead without its citation", async () => {
    const { problems } = await check({ 'projects/synthetic.yaml': stringify(makeProject({ citations: undefined })) });
    expect(problems).toEqual([
      {
        file: 'projects/synthetic.yaml',
        line: 2,
        column: 7,
        field: 'lead',
        message:
          'a role needs a citation: add citations.lead with the source and the passage (at) that state it, or leave lead out if no source states it',
        found: '"coop"',
      },
    ]);
  });

  it('refuses an outcome figure without its citation', async () => {
    const text = mdx(makeCase({ outcomes: [{ indicator: 'people supported', value: 120, unit: 'people', source: 'report' }] }));
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems).toEqual([
      {
        file: 'cases/first.mdx',
        ...positionOf(text, 'indicator'),
        field: 'outcomes[0]',
        message: 'a figure needs a citation: the figure 120 has no at. Add source (a source id) and at (the passage that states it)',
        found: '120',
      },
    ]);
  });

  it('refuses a citation of an unknown source, with the nearest id', async () => {
    const text = mdx(makeCase({ citations: { status: cite({ source: 'reprot', asOf: '2024' }), lead: [cite()] } }));
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems).toEqual([
      {
        file: 'cases/first.mdx',
        ...positionOf(text, 'reprot'),
        field: 'citations.status.source',
        message: 'unknown source "reprot"',
        found: '"reprot"',
        allowed: ['report'],
        suggestion: 'report',
      },
    ]);
  });

  it("refuses an unknown source in a page's source list and in a region's", async () => {
    const { problems } = await check({
      'cases/first.mdx': mdx(makeCase({ sources: ['raport'] })),
      'regions.yaml': stringify([makeRegion({ sources: ['reports'] }), makeRegion({ id: 'south', name: 'Synthetic South' })]),
    });
    expect(problems.map((p) => [p.file, p.field, p.message, p.suggestion])).toEqual([
      ['cases/first.mdx', 'sources[0]', 'unknown source "raport"', 'report'],
      ['regions.yaml', '[0].sources[0]', 'unknown source "reports"', 'report'],
    ]);
  });
});

describe('citations in a body', () => {
  it('refuses a <Cite> of an unknown source, with the nearest id, at its line', async () => {
    const text = mdx(makeCase(), '## Context\n\nIt opened in 2019. <Cite source="reprt" at="Section 2" />\n');
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems).toEqual([
      {
        file: 'cases/first.mdx',
        ...positionOf(text, '<Cite'),
        field: 'body',
        message: '<Cite>: unknown source "reprt"',
        found: '"reprt"',
        allowed: ['report'],
        suggestion: 'report',
      },
    ]);
  });

  it('refuses a <Cite> without a locator', async () => {
    const text = mdx(makeCase(), '## Context\n\nText. <Cite source="report" />\n');
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [positionOf(text, '<Cite').line, '<Cite> needs at: write <Cite source="source-id" at="where in the source" />'],
    ]);
  });

  it('warns, without failing, about a figure no citation backs, naming its line', async () => {
    const body = '## Context\n\nThe desk opened in 2019.\n\nIt served 120 people. <Cite source="report" at="Table 2" />\n';
    const text = mdx(makeCase(), body);
    const { problems, warnings } = await check({ 'cases/first.mdx': text });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: 'cases/first.mdx',
        ...positionOf(text, '2019'),
        field: 'body',
        message: 'figure "2019" has no citation: add <Cite source="…" at="…" /> to the sentence that states it',
        found: '2019',
      },
    ]);
    const line = positionOf(text, '2019').line;
    const report = formatReport(problems, 'text', { cases: 1 }, { warnings: warnings.map((w) => ({ ...w, file: `/x/${w.file}` })) });
    expect(report).toContain(`:${line}:${positionOf(text, '2019').column}: warning: body: figure "2019" has no citation`);
    expect(report.trimEnd().split('\n').at(-1)).toBe('Content OK: 1 case (1 warning)');
  });
});

describe('time, certainty and review', () => {
  it('refuses a tour marked completed that no source or debrief reports', async () => {
    const text = mdx(makeTour({ status: 'completed', citations: undefined }));
    const { problems } = await check({ 'tours/visit.mdx': text });
    expect(problems).toEqual([
      {
        file: 'tours/visit.mdx',
        ...positionOf(text, 'completed'),
        field: 'status',
        message:
          'a tour is "completed" only when a source or a debrief reports that it took place: add citations.status citing it (a debrief is a source of kind debrief), or write status: planned as the sources report it',
        found: '"completed"',
      },
    ]);
    const reported = await check({
      'tours/visit.mdx': mdx(makeTour({ status: 'completed', citations: { status: cite({ at: 'Debrief', asOf: '2025' }) } })),
    });
    expect(reported.problems).toEqual([]);
  });

  it('refuses a tour stop no source reports, and accepts it as a suggestion', async () => {
    const text = mdx(makeTour({ stops: [{ organisation: 'coop', topic: 'The practice' }] }));
    const { problems } = await check({ 'tours/visit.mdx': text });
    expect(problems.map((p) => [p.field, p.message, p.found])).toEqual([
      [
        'stops[0]',
        'a stop is on the programme only when a source reports it: add cite with the source and the passage (at), or move the organisation to suggestions',
        '"coop"',
      ],
    ]);
    const suggested = await check({
      'tours/visit.mdx': mdx(
        makeTour({ stops: undefined, suggestions: [{ organisation: 'coop', why: 'The report names it as a reference.' }] }),
      ),
    });
    expect(suggested.problems).toEqual([]);
  });

  it("refuses a guess that is not marked as the editors' inference, in a body and in a field", async () => {
    const text = mdx(
      makeCase({ transferability: 'It would likely work in any city with a desk.' }),
      '## Context\n\nThe desk probably helped many people.\n',
    );
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems).toEqual([
      {
        file: 'cases/first.mdx',
        ...positionOf(text, 'It would likely'),
        field: 'transferability',
        message:
          'unmarked inference: "likely" states a guess as if a source said it. Write only what a source states, or move the guess to the body, inside <Inference>…</Inference>',
        found: 'likely',
      },
      {
        file: 'cases/first.mdx',
        ...positionOf(text, 'probably'),
        field: 'body',
        message:
          'unmarked inference: "probably" states a guess as if a source said it. Write only what a source states, or mark it as the editors\' own: <Inference>…</Inference>',
        found: 'probably',
      },
    ]);
    const marked = await check({
      'cases/first.mdx': mdx(makeCase(), '## Context\n\n<Inference>The desk probably helped many people.</Inference>\n'),
    });
    expect(marked.problems).toEqual([]);
  });

  it('refuses a reviewed page whose reviewer is one of its authors, or with no reviewer or date', async () => {
    const self = mdx(makeCase({ review: { status: 'reviewed', by: 'Synthetic Author', date: '2024-06-01' } }));
    const selfCheck = await check({ 'cases/first.mdx': self });
    expect(selfCheck.problems).toEqual([
      {
        file: 'cases/first.mdx',
        ...positionOf(self, 'Synthetic Author\n  date'),
        field: 'review.by',
        message:
          '"Synthetic Author" is an author of this page: a reviewer checks someone else\'s work. Name a reviewer who is not among the authors, or set review.status: draft',
        found: '"Synthetic Author"',
      },
    ]);
    const bare = await check({ 'tours/visit.mdx': mdx(makeTour({ review: { status: 'reviewed' } })) });
    expect(bare.problems.map((p) => [p.field, p.message])).toEqual([
      ['review.by', 'a reviewed page names its reviewer: add review.by'],
      ['review.date', 'a reviewed page gives the date of its review: add review.date as YYYY-MM-DD'],
    ]);
    const other = await check({
      'cases/first.mdx': mdx(makeCase({ review: { status: 'reviewed', by: 'Another Person', date: '2024-06-01' } })),
    });
    expect(other.problems).toEqual([]);
  });
});
