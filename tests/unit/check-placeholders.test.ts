import { describe, expect, it } from 'vitest';
import { placeholderProblems } from '../../scripts/check/placeholders.ts';
import { splitMdx } from '../../scripts/check/frontmatter.ts';

const file = '/content/cases/x.mdx';

describe('scaffold placeholders', () => {
  const text = [
    '---',
    'title: "A practice"',
    '# TODO: write the abstract',
    'summary: "TODO: a 40 to 400 character English abstract"',
    'sources:',
    '  - title: "TODO: title of the document"',
    '---',
    '',
    '## Context',
    '',
    'TODO: the situation the practice answers.',
    '',
    '## Results',
    '',
    'Forty people took part; the source lists what is still to do.',
  ].join('\n');
  const problems = placeholderProblems(text, file, splitMdx(text).bodyOffset);

  it('names the line and column of each placeholder, and the field or body section holding it', () => {
    expect(problems.map((p) => [p.line, p.column, p.field])).toEqual([
      [3, 3, undefined],
      [4, 11, 'summary'],
      [6, 13, 'sources'],
      [11, 1, undefined],
    ]);
    expect(problems[0]!.message).toMatch(/note from `npm run new`.*check the field below it, then delete this line/);
    expect(problems[1]!.message).toContain('("TODO: a 40 to 400 character English abstract")');
    expect(problems[3]!.message).toContain('the body section "Context" still holds the placeholder');
  });

  it('leaves alone text that only mentions what is left to do', () => {
    expect(problems.some((p) => p.line === 15)).toBe(false);
    expect(placeholderProblems('name: "Todo Association"\nnote: to do: later\n', '/content/organisations/t.yaml', Infinity)).toEqual([]);
  });
});
