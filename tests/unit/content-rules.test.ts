/**
 * The pieces behind "content is data": the frontmatter boundary Astro uses, the file
 * set, text decoding, the allowlist's agreement with the components the pages write, and the
 * guard inside the MDX compile that refuses what the check refuses.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeContent } from '../../scripts/check/files.ts';
import { splitMdx } from '../../scripts/check/frontmatter.ts';
import { bodyGuard } from '../../src/integrations/body-guard.ts';
import { listContentFiles } from '../../src/lib/content-files.ts';
import { bodyComponents, bodyElements } from '../../src/schemas/body.ts';
import { bodyPartRenderers } from '../../src/lib/body-parts.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('frontmatter boundaries', () => {
  const inputs = [
    '---\ntitle: a\n---\nbody',
    '\uFEFF---\r\ntitle: a\r\n---\r\nbody',
    '\n\n---\ntitle: a\n---\n',
    '---\nnote: "one\n--- two"\ntitle: a\n---\nbody',
    '---\nnote: "one\n+++ two"\n---\nbody',
    '---\nnote: x\n----\nbody',
    '+++\ntitle = "a"\n+++\nbody',
    'no frontmatter\n---\nx: 1\n---\n',
  ];

  it.each(inputs)('finds the same frontmatter as Astro in %j', (source) => {
    const parts = splitMdx(source);
    const astro = extractFrontmatter(source);
    if (astro === undefined) {
      expect(parts.frontmatter).toBeUndefined();
    } else {
      // Astro's capture runs up to the newline before the closing line.
      expect(parts.frontmatter?.replace(/\r/g, '')).toBe(astro.replace(/\r/g, '').replace(/^\n/, '').replace(/\n$/, ''));
    }
  });

  it('refuses what Astro would cut or read differently, with the line', () => {
    expect(splitMdx('---\nnote: "one\n--- two"\ntitle: a\n---\nbody').misread).toMatchObject({ line: 3, message: expect.stringContaining('ends the frontmatter here, as Astro reads it') });
    expect(splitMdx('---\nnote: x\n----\nbody').misread).toMatchObject({ line: 3 });
    expect(splitMdx('+++\ntitle = "a"\n+++\n').misread).toMatchObject({ line: 1, message: expect.stringContaining('"+++" (TOML) is not read') });
    expect(splitMdx('\uFEFF---\r\ntitle: a\r\n---\r\nbody').misread).toBeUndefined();
  });
});

describe('text decoding', () => {
  it('accepts UTF-8 with a byte-order mark and CRLF line ends', () => {
    // The decoder drops the byte-order mark, as Astro's reader does.
    expect(decodeContent(Buffer.from('\uFEFFtitle: Café\r\n', 'utf8'), 'f.yaml')).toEqual({ text: 'title: Café\r\n' });
  });

  it('refuses Latin-1 at the line of the first byte that is not UTF-8', () => {
    const result = decodeContent(Buffer.from('a: 1\nb: Caf\xe9\n', 'latin1'), 'f.yaml');
    expect(result).toEqual({ problem: { file: 'f.yaml', line: 2, column: 7, message: expect.stringContaining('not UTF-8') } });
  });

  it('refuses a file over the size limit before reading it as text', () => {
    expect(decodeContent(Buffer.alloc(300 * 1024, 0x61), 'f.mdx')).toEqual({ problem: expect.objectContaining({ message: expect.stringContaining('at most 256 KiB') }) });
  });
});

describe('the file set', () => {
  function folder(files: Record<string, string | Buffer>): string {
    const root = mkdtempSync(join(tmpdir(), 'atlas-files-'));
    dirs.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

  it('lists entries and pictures, and refuses a file that only claims to be a picture', () => {
    const root = folder({ 'cases/a-case.mdx': '', 'media/plan.png': png, 'media/fake.png': 'export default 1', 'media/Photo.PNG': png, 'media/map.svg': '<svg/>' });
    const files = listContentFiles(root);
    expect(files.entries.map((e) => e.id)).toEqual(['a-case']);
    expect(files.pictures).toEqual(['plan.png']);
    expect(files.refused.map((r) => [r.path.slice(root.length + 1), r.reason.split(':')[0]])).toEqual([
      ['media/fake.png', "the file's content is not a PNG picture, whatever its name says"],
      ['media/map.svg', 'not a picture the atlas publishes'],
      ['media/Photo.PNG', 'not a picture the atlas publishes'],
    ]);
  });
});

describe('the body allowlist', () => {
  it('names exactly the components the pages write (src/lib/body-parts.ts)', () => {
    expect([...bodyComponents].sort()).toEqual(Object.keys(bodyPartRenderers).sort());
  });

  it('allows no attribute that carries behaviour or style on any element', () => {
    for (const [element, rule] of Object.entries(bodyElements)) {
      for (const attribute of Object.keys(rule.attributes)) expect(attribute, element).not.toMatch(/^(on|style$|class|id$|is:|set:|client:|server:|define:|transition:|href|src)/i);
    }
  });
});

describe('the guard inside the MDX compile', () => {
  // mdxToJs throws at once rather than rejecting; wrapped so both read as a rejection.
  const compile = (body: string) => Promise.resolve().then(() => mdxToJs(body, { mdastPlugins: [bodyGuard('/nonexistent')], jsxImportSource: 'astro' }));

  it('compiles an allowed body', async () => {
    expect((await compile('Words <mark lang="it">parole</mark> and [a link](https://example.org).')).code).toContain('parole');
  });

  it.each([
    ['<mark set:html="<script>x</script>">y</mark>', 'attribute "set:html" is not allowed'],
    ['![x](./evil.mjs)', 'picture "./evil.mjs" is not allowed'],
    ['Two is {1 + 1}.', 'expression {1 + 1} is not allowed'],
    ['[x](javascript:alert(1))', 'addresses starting "javascript:" are not allowed'],
    [`${'*'.repeat(100)}x${'*'.repeat(100)}`, 'nested more than 32 levels deep'],
  ])('refuses %j before it becomes code, naming the line', async (body, message) => {
    await expect(compile(body)).rejects.toThrow(new RegExp(`:1:\\d+: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe('the guard and a frontmatter layout', () => {
  it('refuses a layout, which @astrojs/mdx would import', async () => {
    const compile = () => mdxToJs('Text.', { mdastPlugins: [bodyGuard('/nonexistent')], jsxImportSource: 'astro', data: { astro: { frontmatter: { layout: '../../evil.mjs' } } } as never });
    await expect(Promise.resolve().then(compile)).rejects.toThrow(/a frontmatter "layout" field is not allowed/);
  });
});
