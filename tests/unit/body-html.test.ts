/**
 * A body is data: the loader writes it as HTML from its parsed tree, rebuilding only the
 * allowed elements and attributes, and the page fills in the components in its language.
 * These tests hold both halves to that without the check in front of them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BodyRefused, renderBody, renderBodyFile } from '../../src/lib/body-html.ts';
import { fillParts } from '../../src/lib/body-parts.ts';
import { NoteList } from '../../src/lib/notes.ts';
import { i18nFor } from '../../src/i18n/context.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-body-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The body of an .mdx file with a short frontmatter, as the loader renders it. */
const fromFile = (body: string) => {
  const file = join(dir, 'case.mdx');
  writeFileSync(file, `---\ntitle: T\n---\n\n${body}\n`);
  return () => renderBodyFile(file, dir);
};

describe('a body written as HTML when it loads', () => {
  it('writes Markdown, GFM and the allowed elements, with heading ids and aligned columns as classes', () => {
    const { html, metadata } = renderBody(
      '## Context & aims\n\nWords <abbr title="Fund &quot;AMIF&quot;">AMIF</abbr>, H<sub>2</sub>O "quoted".[^1]\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n{/* a comment */}\n\n[^1]: A note.',
    );
    expect(html).toContain('<h2 id="context--aims">Context &amp; aims</h2>');
    expect(html).toContain('<abbr title="Fund &quot;AMIF&quot;">AMIF</abbr>');
    expect(html).toContain('H<sub>2</sub>O “quoted”');
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).not.toMatch(/style=|a comment/);
    expect(html).toMatch(/<section[^>]*data-footnotes/);
    expect(metadata.headings[0]).toEqual({ depth: 2, slug: 'context--aims', text: 'Context & aims' });
  });

  it('leaves each component as a numbered placeholder and keeps its attributes as text', () => {
    const { html, metadata } = renderBody('<Note title="A &lt;b&gt; title">Inside <Cite source="a-source" at="p. 2" />.</Note>');
    const { key } = metadata.parts;
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    expect(html).toBe(`<atlas-${key}-0>Inside <atlas-${key}-1></atlas-${key}-1>.</atlas-${key}-0>`);
    expect(metadata.parts.list).toEqual([
      { name: 'Note', props: { title: 'A <b> title' } },
      { name: 'Cite', props: { source: 'a-source', at: 'p. 2' } },
    ]);
  });

  it('draws a new placeholder key each time, so a body cannot name one in its text or attributes', () => {
    const forged =
      'Text <abbr title="<atlas-KEY-0><img src=x onerror=alert(1)>">x</abbr> [l](https://a.example "<atlas-KEY-0><script>")\n\n<Note>n</Note>';
    const first = renderBody(forged.replaceAll('KEY', '0'.repeat(24)));
    const second = renderBody(forged.replaceAll('KEY', first.metadata.parts.key));
    expect(second.metadata.parts.key).not.toBe(first.metadata.parts.key);
    for (const { html, metadata } of [first, second]) {
      const out = fillParts(html, metadata.parts, { loc: i18nFor('en') });
      // The one real part is filled; the forged names stay inside their attribute, quoted.
      expect(out.match(/<aside class="note">/g)).toHaveLength(1);
      expect(out).toMatch(/<abbr title="<atlas-[0-9a-f]{24}-0><img src=x onerror=alert\(1\)>">x<\/abbr>/);
    }
  });

  it("writes a placeholder's name typed as text as text", () => {
    const { html, metadata } = renderBody('Text &lt;atlas-part-0&gt; and `<atlas-part-0>`.');
    expect(html).not.toMatch(/<atlas-/);
    expect(metadata.parts.list).toEqual([]);
  });

  it("gives a heading that would take one of the page's own ids another", () => {
    const { metadata } = renderBody('## Note 1\n\n## Sources heading\n\n## Footnote label\n\n## Main\n\n## Outcomes');
    expect(metadata.headings.map((h) => h.slug)).toEqual([
      'note-1-section',
      'sources-heading-section',
      'footnote-label-section',
      'main-section',
      'outcomes',
    ]);
  });

  it.each([
    ['an attribute not on the list', '<mark onclick="alert(1)">x</mark>', /<mark> may not carry the attribute "onclick"/],
    ['an attribute in braces', '<mark lang={"it"}>x</mark>', /<mark> may not carry the attribute "lang"/],
    ['a spread', '<mark {...props}>x</mark>', /may not carry the attribute/],
    ['an element not on the list', '<script>alert(1)</script>', /may not use the element <script>/],
    ['an import', 'import x from "../../evil.mjs"\n\nText.', /"mdxjsEsm" node/],
    ['an expression', 'Two is {1 + 1}.', /no expression in braces but a comment/],
    ['a javascript: link', '[x](javascript:alert(1))', /addresses starting "javascript:" are not allowed/],
    ['a data: link', '[x](data:text/html,hi)', /addresses starting "data:" are not allowed/],
    ['a picture outside media', '![a](../../src/secret.ts?raw)', /is not a picture in content\/media\//],
    ['a remote picture', '![a](https://evil.example/x.png)', /is not a picture in content\/media\//],
    [
      'a language that is not a tag',
      '<Quote lang="x onmouseover=alert(1)">q</Quote>',
      /lang="x onmouseover=alert\(1\)" is not a value it may take/,
    ],
    ['a source that is not an id', '<Cite source="../x" at="p" />', /source="..\/x" is not a value it may take/],
  ])('refuses %s even when no check ran before it', (_, body, message) => {
    expect(() => renderBody(body)).toThrow(BodyRefused);
    expect(() => renderBody(body)).toThrow(message);
  });

  it("runs the check's rules on the file and names the file, line and column of what it refuses", () => {
    expect(fromFile('Fine.\n\nTwo is {1 + 1}.')).toThrow(/case\.mdx:7:\d+: .*expression \{1 \+ 1\} is not allowed/);
    expect(fromFile('![plan](../media/missing.png)')).toThrow(/case\.mdx:5:\d+: .*missing\.png/);
    expect(fromFile('[x](javascript:alert(1))')).toThrow(BodyRefused);
  });

  it('refuses a file whose frontmatter Astro would read differently, as the check does', () => {
    const file = join(dir, 'misread.mdx');
    writeFileSync(file, '---\ntitle: T\n+++\n\nBody\n');
    expect(() => renderBodyFile(file, dir)).toThrow(/misread\.mdx:3:1: .*"\+\+\+"/);
  });

  it('marks a picture for Astro to optimise, as it does in Markdown', () => {
    const { html, metadata } = renderBody('![A plan](../media/plan.png)');
    expect(metadata.imagePaths).toEqual(['../media/plan.png']);
    expect(html).toMatch(
      /<img __ASTRO_IMAGE_="\{&quot;alt&quot;:&quot;A plan&quot;,&quot;src&quot;:&quot;..\/media\/plan.png&quot;,&quot;index&quot;:0\}">/,
    );
  });
});

describe('components filled in by the page', () => {
  const fr = i18nFor('fr');

  it("numbers citations in reading order and writes each component in the page's language", () => {
    const { html, metadata } = renderBody(
      '<Inference>A guess <Cite source="b" at="2" /></Inference> <Quote lang="it" source="Report">parole</Quote> <Cite source="a" at="1" /> <Cite source="c" at="3" excerpt="Words." lang="en" />',
    );
    const notes = new NoteList();
    notes.add({ source: 'a', at: '1' });
    const out = fillParts(html, metadata.parts, { loc: fr, notes });
    expect(notes.notes.map((n) => [n.source, n.lang])).toEqual([
      ['a', undefined],
      ['b', undefined],
      ['c', 'en'],
    ]);
    expect(out).toContain(
      '<strong class="inference-label">Déduction de la rédaction (aucune source ne l’indique)\u00a0:</strong> A guess <sup class="cite-mark"><a href="#note-2" id="note-ref-2-1" aria-label="Note 2">[2]</a></sup></span>',
    );
    expect(out).toContain('<q lang="it" class="quote" title="Report">parole</q>');
    expect(out).toContain('<a href="#note-1" id="note-ref-1-1"');
    expect(out).not.toMatch(/atlas-/);
  });

  it('escapes every attribute it writes', () => {
    const { html, metadata } = renderBody('<Note title={"x"}>y</Note>'.replace('{"x"}', '"&quot;><script>alert(1)</script>"'));
    const out = fillParts(html, metadata.parts, { loc: fr });
    expect(out).toBe('<aside class="note"><p class="note-title">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>y</aside>');
  });

  it('refuses a component the site does not write', () => {
    const key = 'ab'.repeat(12);
    expect(() => fillParts(`<atlas-${key}-0></atlas-${key}-0>`, { key, list: [{ name: 'Script', props: {} }] }, { loc: fr })).toThrow(
      /component the site does not have: Script/,
    );
  });
});
