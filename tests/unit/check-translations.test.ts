/**
 * The content check on translations: each is checked against its original (it exists, is in
 * another language, has the original's lists and fields and no fact of its own, cites what
 * the original cites), and each refusal names the file, line and field.
 */
import { rmSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check/run.ts';
import type { Problem } from '../../scripts/check/report.ts';
import { baseContent, makeCase, makeRegion, makeTour, mdx, positionOf, writeContent } from '../helpers/factories.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const by = { by: 'Practice Atlas editors', method: 'machine', reviewed: false };
const citing =
  '## Context\n\nSynthetic text. <Cite source="report" at="Section 1" />\n\nMore text. <Cite source="report" at="Section 2" />\n';
const italianCase = (o: Record<string, unknown> = {}) => ({
  translation: by,
  title: 'Caso sintetico',
  summary: 'Un caso di studio sintetico, abbastanza lungo da superare la regola di lunghezza.',
  ...o,
});

async function check(changes: Record<string, string>): Promise<Problem[]> {
  const files = { ...baseContent(), 'cases/first.mdx': mdx(makeCase(), citing), ...changes };
  const dir = writeContent(files);
  dirs.push(dir);
  return (await checkContent(dir)).map((p) => ({ ...p, file: p.file.slice(dir.length + 1) }));
}

/** The only problem found. */
function only(problems: Problem[]): Problem {
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

describe('translations in the content check', () => {
  it('accepts a translation of the title, summary and body that keeps every citation', async () => {
    const body =
      '## Contesto\n\nTesto sintetico. <Cite source="report" at="Section 1" />\n\nAltro testo. <Cite source="report" at="Section 2" />\n';
    expect(
      await check({
        'cases/first.it.mdx': mdx(italianCase(), body),
        'regions.it.yaml': stringify([{ id: 'north', translation: by, name: 'Nord sintetico' }]),
      }),
    ).toEqual([]);
  });

  it('refuses a translation of a missing original, naming the file', async () => {
    const p = only(await check({ 'cases/ghost.it.mdx': mdx(italianCase(), '') }));
    expect(p).toMatchObject({ file: 'cases/ghost.it.mdx', line: 1 });
    expect(p.message).toContain('a translation of a missing original');
    expect(p.message).toContain('"ghost"');
  });

  it('refuses a list of another length than the original’s, at its line, naming the field', async () => {
    const text = mdx(
      {
        translation: by,
        title: 'Visita sintetica',
        summary: 'Un viaggio di studio sintetico per i test.',
        objectives: ['Vedere la pratica.', 'Un obiettivo in più.'],
      },
      '',
    );
    const p = only(await check({ 'tours/visit.it.mdx': text }));
    expect(p).toMatchObject({ file: 'tours/visit.it.mdx', field: 'objectives', line: positionOf(text, '- Vedere').line, found: '2' });
    expect(p.message).toContain('has 1 item and this translation 2');
  });

  it('refuses a field the original lacks', async () => {
    const text = mdx(italianCase({ difficulties: 'Difficoltà che l’originale non nomina.' }), '');
    const p = only(await check({ 'cases/first.it.mdx': text }));
    expect(p).toMatchObject({ file: 'cases/first.it.mdx', field: 'difficulties', line: positionOf(text, 'difficulties').line });
    expect(p.message).toContain('the original has no difficulties');
  });

  it.each([
    ['status', 'ended'],
    ['regions', ['south']],
    ['lead', 'coop'],
  ])('refuses a fact (%s) in a translation: facts come from the original only', async (field, value) => {
    const text = mdx(italianCase({ [field]: value }), '');
    const p = only(await check({ 'cases/first.it.mdx': text }));
    expect(p.file).toBe('cases/first.it.mdx');
    expect(p.line).toBe(positionOf(text, `${field}:`).line);
    expect(`${p.field ?? ''} ${p.message}`).toContain(field);
  });

  it('refuses a changed <Cite> in a translated body, at its line, showing what the original has', async () => {
    const body =
      '## Contesto\n\nTesto sintetico. <Cite source="report" at="Section 1" />\n\nAltro testo. <Cite source="report" at="Section 3" />\n';
    const text = mdx(italianCase(), body);
    const p = only(await check({ 'cases/first.it.mdx': text }));
    expect(p).toMatchObject({ file: 'cases/first.it.mdx', line: positionOf(text, 'at="Section 3"').line });
    expect(p.message).toContain('citation 2 differs from the original');
    expect(p.message).toContain('at="Section 2"');
    expect(p.found).toContain('Section 3');
  });

  it('refuses a translated body that drops a <Cite>', async () => {
    const p = only(
      await check({
        'cases/first.it.mdx': mdx(
          italianCase(),
          '## Contesto\n\nTesto sintetico. <Cite source="report" at="Section 1" />\n\nAltro testo.\n',
        ),
      }),
    );
    expect(p.file).toBe('cases/first.it.mdx');
    expect(p.message).toContain('has 2 <Cite> elements and this translation 1');
    expect(p.message).toContain('at="Section 2"');
  });

  it('refuses a language suffix the atlas does not translate into', async () => {
    const p = only(await check({ 'cases/first.pt.mdx': mdx(italianCase(), '') }));
    expect(p.file).toBe('cases/first.pt.mdx');
    expect(p.message).toContain('"pt" is not a language the atlas translates into');
  });

  it('refuses a translation into the original’s own language', async () => {
    const p = only(await check({ 'cases/first.en.mdx': mdx(italianCase({ title: 'Synthetic case again' }), '') }));
    expect(p.file).toBe('cases/first.en.mdx');
    expect(p.message).toContain('the original is already in "en"');
    // An Italian original may be translated into English.
    expect(
      await check({
        'cases/first.mdx': mdx(makeCase({ lang: 'it' }), citing),
        'cases/first.en.mdx': mdx(italianCase({ title: 'Synthetic case again' }), ''),
      }),
    ).toEqual([]);
  });

  it('refuses an item of regions.<lang>.yaml whose id is not in regions.yaml, at its line', async () => {
    const text = stringify([
      { id: 'north', translation: by, name: 'Nord sintetico' },
      { id: 'west', translation: by, name: 'Ovest sintetico' },
    ]);
    const p = only(
      await check({
        'regions.it.yaml': text,
        'regions.yaml': stringify([makeRegion(), makeRegion({ id: 'south', name: 'Synthetic South', country: 'ES', languages: ['es'] })]),
      }),
    );
    expect(p).toMatchObject({ file: 'regions.it.yaml', field: '[1].id', line: positionOf(text, 'id: west').line, found: '"west"' });
    expect(p.message).toContain('regions.yaml has no entry "west"');
  });

  it('checks a tour translation’s stops item for item', async () => {
    const text = mdx(
      {
        translation: by,
        title: 'Visita sintetica',
        summary: 'Un viaggio di studio sintetico per i test.',
        stops: [{ topic: 'La pratica' }, { topic: 'In più' }],
      },
      '',
    );
    const p = only(await check({ 'tours/visit.it.mdx': text, 'tours/visit.mdx': mdx(makeTour()) }));
    expect(p).toMatchObject({ file: 'tours/visit.it.mdx', field: 'stops' });
  });
});
