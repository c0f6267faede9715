import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
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
    ['an event handler', 'Text <abbr title="x" onClick="steal()">A</abbr>.\n', '<abbr', /^<abbr>: attribute "onClick" is not allowed/],
    ['a javascript: link', 'Text [click](javascript:alert(1)).\n', '[click]', /^link to "javascript:alert\(1\)": addresses starting "javascript:" are not allowed/],
    ['a javascript: link definition', 'Text [click][x].\n\n[x]: javascript:alert(1)\n', '[x]:', /^link to "javascript:alert\(1\)": addresses starting/],
    ['a data: image', 'Text ![x](data:text/html;base64,PHNjcmlwdD4=).\n', '![x]', /^picture "data:text\/html.*" is not allowed: pictures from other sites/],
    ['a class attribute', 'Text <Note class="x">x</Note>\n', '<Note', /^<Note>: attribute "class" is not allowed/],
    ['a set:html directive', 'Text <mark set:html="<b>x</b>">x</mark>\n', '<mark', /^<mark>: attribute "set:html" is not allowed/],
    ['a missing required attribute', 'Text <Quote>x</Quote>\n', '<Quote', /^<Quote>: attribute lang="…" is required/],
    ['a language tag that is not one', 'Text <Quote lang="it; x">x</Quote>\n', '<Quote', /^<Quote>: lang="it; x" is not a language tag/],
    ['a flow expression', 'Text.\n\n{process.exit(1)}\n', '{process', /^expression \{process.exit\(1\)\} is not allowed/],
    ['a text expression', 'Two is {1 + 1}.\n', '{1 + 1}', /^expression \{1 \+ 1\} is not allowed/],
    ['an attribute expression', 'Text <Quote lang={"it"}>x</Quote>\n', '<Quote', /^<Quote>: lang=\{…\} is not allowed: write the value in quotes/],
    ['a spread attribute', 'Text <Quote lang="it" {...props}>x</Quote>\n', '<Quote', /^<Quote>: a spread attribute/],
  ];

  it.each(refused)('refuses %s', async (_, body, at, message) => {
    const { text, problems } = await bodyProblems(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ...positionOf(text, at), field: 'body' });
    expect(problems[0]!.message).toMatch(message);
  });

  it('refuses unsafe addresses spelt with a character reference, an escape, a tab or spaces', async () => {
    const spelt: [string, RegExp][] = [
      ['Text [click](&#106;avascript:alert(1)).\n', /link to "javascript:alert\(1\)": addresses starting "javascript:"/],
      ['Text [click](javascript&#58;alert(1)).\n', /link to "javascript:alert\(1\)": addresses starting "javascript:"/],
      ['Text [click](javascript\\:alert(1)).\n', /link to "javascript:alert\(1\)": addresses starting "javascript:"/],
      ['Text [click](java&#x09;script:alert(1)).\n', /an address may not contain tabs, line breaks or control characters/],
      ['Text [click](<java script:alert(1)>).\n', /addresses starting "java script:" are not allowed/],
      ['Text [click](VBScript:x).\n', /addresses starting "VBScript:"/],
    ];
    for (const [body, message] of spelt) {
      const { problems } = await bodyProblems(body);
      expect(problems.map((p) => p.message).join(), body).toMatch(message);
    }
  });

  it('reads data: and javascript: as text in text attributes, and paths and fragments as addresses on the site', async () => {
    const body = 'A <abbr title="Data: Protection Officer">DPO</abbr>, <Quote lang="en" source="JavaScript: The Good Parts">x</Quote>, [a](/regions/), [b](../x/), [c](#top), [d](?q=1), [e](<https://example.org/a b>).\n';
    expect((await bodyProblems(body)).problems).toEqual([]);
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
