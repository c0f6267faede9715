import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { needsParse } from '../../scripts/check/mdx-body.ts';
import { checkContent } from '../../scripts/check/run.ts';
import { baseContent, makeCase, makeTour, mdx, positionOf, writeContent } from '../helpers/factories.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Problems of a case (or tour) with this body; positions are those in the whole file. */
async function bodyProblems(body: string, file = 'cases/first.mdx') {
  const text = mdx(file.startsWith('tours/') ? makeTour() : makeCase(), body);
  const dir = writeContent({ ...baseContent(), [file]: text });
  dirs.push(dir);
  const problems = await checkContent(dir);
  return { text, problems: problems.map((p) => ({ line: p.line, column: p.column, field: p.field, message: p.message, suggestion: p.suggestion })) };
}

describe('what a body may contain', () => {
  it('accepts Markdown with GFM, the project components, safe inline HTML and comments', async () => {
    const body = [
      '## Context',
      '',
      'Words <Quote lang="it" source="Report">in italiano</Quote>, <abbr title="Asylum, Migration and Integration Fund">AMIF</abbr>, H<sub>2</sub>O.[^1]',
      '',
      '<Note title="Caveat">',
      'A gap in the sources.',
      '</Note>',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '~~old~~ https://example.org [link](https://example.org) [mail](mailto:a@example.org) [here](#context)',
      '',
      '- [x] done',
      '',
      '{/* a comment for other researchers */}',
      '',
      '[^1]: A footnote.',
    ].join('\n');
    expect((await bodyProblems(body)).problems).toEqual([]);
  });
});

describe('what a body may not contain, with its position in the file', () => {
  const refused: [string, string, string, RegExp][] = [
    ['import', '## Context\n\nimport Chart from "../../src/components/Chart.astro"\n', 'import Chart', /^"import" is not allowed in a body/],
    ['export', 'Text.\n\nexport const data = fetch("https://example.org")\n', 'export const', /^"export" is not allowed in a body/],
    ['<script>', 'Text.\n\n<script>alert(1)</script>\n', '<script>', /^element <script> is not allowed/],
    ['<iframe>', 'Text.\n\n<iframe src="https://example.org" />\n', '<iframe', /^element <iframe> is not allowed/],
    ['<style>', 'Text <style>p</style>.\n', '<style>', /^element <style> is not allowed/],
    ['an unknown component', 'Text <Chart data="x" /> more.\n', '<Chart', /^element <Chart> is not allowed/],
    ['an HTML element outside the safe list', 'Text <span>x</span>.\n', '<span>', /^element <span> is not allowed/],
    ['an event handler', 'Text <abbr title="x" onClick="steal()">A</abbr>.\n', 'onClick', /^<abbr>: event handler attribute "onClick" is not allowed/],
    ['a javascript: link', 'Text [click](javascript:alert(1)).\n', '[click]', /^link to "javascript:alert\(1\)" is not allowed/],
    ['a javascript: link definition', 'Text [click][x].\n\n[x]: javascript:alert(1)\n', '[x]:', /^link to "javascript:alert\(1\)" is not allowed/],
    ['a data: image', 'Text ![x](data:text/html;base64,PHNjcmlwdD4=).\n', '![x]', /^link to "data:text\/html/],
    ['a javascript: attribute', 'Text <Note title="JaVaScRiPt:alert(1)">x</Note>\n', 'title=', /^<Note>: attribute title="JaVaScRiPt:alert\(1\)" is not allowed/],
    ['a flow expression', 'Text.\n\n{process.exit(1)}\n', '{process', /^expression \{process.exit\(1\)\} is not allowed/],
    ['a text expression', 'Two is {1 + 1}.\n', '{1 + 1}', /^expression \{1 \+ 1\} is not allowed/],
    ['an attribute expression', 'Text <Quote lang={"it"}>x</Quote>\n', 'lang=', /^<Quote>: attribute lang=\{"it"\} is not allowed/],
    ['a spread attribute', 'Text <Quote {...props}>x</Quote>\n', '{...props}', /^<Quote>: spread attribute/],
  ];

  it.each(refused)('refuses %s', async (_, body, at, message) => {
    const { text, problems } = await bodyProblems(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ...positionOf(text, at), field: 'body' });
    expect(problems[0]!.message).toMatch(message);
  });

  it('parses every refused body rather than taking the plain-Markdown shortcut', () => {
    for (const [name, body] of refused) expect(needsParse(body), name).toBe(true);
  });

  it('refuses unsafe addresses spelt with a character reference, an escape or spaces', async () => {
    const spelt = [
      'Text [click](&#106;avascript:alert(1)).\n',
      'Text [click](javascript&#58;alert(1)).\n',
      'Text [click](javascript\\:alert(1)).\n',
    ];
    for (const body of spelt) {
      expect(needsParse(body), body).toBe(true);
      const { problems } = await bodyProblems(body);
      expect(problems.map((p) => p.message).join(), body).toMatch(/link to "javascript:alert\(1\)" is not allowed/);
    }
    expect(needsParse('Text [click](java script:alert(1)).\n')).toBe(true);
  });

  it('takes the shortcut only for plain Markdown, where the parse could find nothing', () => {
    expect(needsParse('## Context\n\nA *plain* body with a [link](https://example.org), a table and ~~GFM~~.\n')).toBe(false);
    for (const body of ['a < b', 'x }', '&amp;', '\\*', '  import x from "y"', 'export default 1']) expect(needsParse(body), body).toBe(true);
  });

  it('suggests the component meant by a misspelt one', async () => {
    const { problems } = await bodyProblems('Text <quote lang="it">x</quote>\n');
    expect(problems[0]).toMatchObject({ suggestion: 'Quote' });
  });

  it('applies the same rules to tour bodies', async () => {
    const { text, problems } = await bodyProblems('## Programme\n\n<script>alert(1)</script>\n', 'tours/visit.mdx');
    expect(problems).toEqual([expect.objectContaining({ ...positionOf(text, '<script>'), field: 'body' })]);
  });

  it('reports an MDX syntax error at its line in the file', async () => {
    const { text, problems } = await bodyProblems('## Context\n\n<Note>\n\nNever closed.\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ...positionOf(text, '<Note>'), field: 'body' });
    expect(problems[0]!.message).toMatch(/^MDX syntax error: Expected a closing tag for `<Note>`/);
  });

  it('reports an unclosed expression as a syntax error with its position', async () => {
    const { text, problems } = await bodyProblems('Text {oops\n');
    expect(problems[0]!.message).toMatch(/^MDX syntax error: /);
    expect(problems[0]!.line).toBeGreaterThanOrEqual(positionOf(text, '{oops').line);
  });
});
