import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, inspectContent } from '../../scripts/check/run.ts';
import type { Problem } from '../../scripts/check/report.ts';
import { baseContent, cite, makeCase, makeOrganisation, makeProject, makeRegion, makeTour, mdx, positionOf, writeContent, type ContentFiles } from '../helpers/factories.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Check a content folder made of the base content with `changes` applied (null deletes a file). */
async function check(changes: Record<string, string | null> = {}): Promise<{ problems: Problem[]; dir: string; files: ContentFiles }> {
  const files: ContentFiles = { ...baseContent() };
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) delete files[path];
    else files[path] = text;
  }
  const dir = writeContent(files);
  dirs.push(dir);
  return { problems: await checkContent(dir), dir, files };
}

/** The only problem found, with its file made relative for readable assertions. */
function only(problems: Problem[], dir: string) {
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  const p = problems[0]!;
  return { ...p, file: p.file.slice(dir.length + 1) };
}

describe('valid content', () => {
  it('has no problems and counts every entry', async () => {
    const dir = writeContent(baseContent());
    dirs.push(dir);
    expect(await inspectContent(dir)).toEqual({
      problems: [],
      warnings: [],
      counts: { cases: 1, tours: 1, organisations: 1, projects: 1, sources: 1, regions: 2, domains: 2 },
    });
  });

  it('refuses by name every file the atlas would not read, instead of skipping it', async () => {
    const { problems, dir } = await check({
      'cases/_template.mdx': '---\ntitle: [unclosed\n---\n\nimport x from "y"\n',
      'cases/_drafts/half-done.mdx': 'no frontmatter {1 + 1}',
      'organisations/_example.yaml': 'type: charity',
      'cases/notes.md': '# notes',
      'stray.txt': 'x',
    });
    const named = problems.map((p) => `${relative(dir, p.file)}: ${p.message}`).sort();
    expect(named).toEqual([
      'cases/_drafts: a folder is not allowed in cases/: only plain files sit there, directly in the folder',
      'cases/_template.mdx: file name "_template.mdx" must be lowercase kebab-case ASCII, as it is the id',
      'cases/notes.md: this file is not read: files in cases/ must end in .mdx',
      'organisations/_example.yaml: file name "_example.yaml" must be lowercase kebab-case ASCII, as it is the id',
      'stray.txt: a file the atlas does not read: the content folder holds only regions.yaml, domains.yaml, sources/, organisations/, projects/, cases/, tours/, trails/, media/. Remove it or move it into place',
    ]);
  });
});

describe('field problems', () => {
  it('points at an invalid enum value with the allowed values and the nearest one', async () => {
    const text = mdx(makeCase({ practiceType: 'servise' }));
    const { problems, dir } = await check({ 'cases/first.mdx': text });
    expect(only(problems, dir)).toEqual({
      file: 'cases/first.mdx',
      ...positionOf(text, 'servise'),
      field: 'practiceType',
      message: '"servise" is not an allowed value',
      found: '"servise"',
      allowed: ['service', 'training', 'network', 'research-action', 'policy', 'cultural', 'programme'],
      suggestion: 'service',
    });
  });

  it('gives the exact line and column in the file, counting the frontmatter fence', async () => {
    const text = '---\ntitle: Synthetic case\nstatus: ongoin\n---\n';
    const { problems } = await check({ 'cases/first.mdx': text });
    const status = problems.find((p) => p.field === 'status')!;
    expect([status.line, status.column, status.suggestion]).toEqual([3, 9, 'ongoing']);
  });

  it('names an item of a list by its index', async () => {
    const text = mdx(makeCase({ targetGroups: ['migrants', 'refugee'] }));
    const { problems, dir } = await check({ 'cases/first.mdx': text });
    expect(only(problems, dir)).toMatchObject({ ...positionOf(text, 'refugee'), field: 'targetGroups[1]', suggestion: 'refugees-asylum-seekers' });
  });

  it('points at the parent mapping for a missing required field', async () => {
    const text = mdx(makeCase({ transferability: undefined }));
    const { problems, dir } = await check({ 'cases/first.mdx': text });
    expect(only(problems, dir)).toMatchObject({ line: 2, column: 1, field: 'transferability', message: 'required field is missing' });
  });

  it('points at the key of a nested group with a missing field', async () => {
    const text = mdx(makeCase({ evidence: { note: 'Counts.' } }));
    const { problems, dir } = await check({ 'cases/first.mdx': text });
    expect(only(problems, dir)).toMatchObject({
      ...positionOf(text, 'evidence:'),
      field: 'evidence.level',
      message: 'required field is missing',
      allowed: ['described', 'monitored', 'evaluated', 'externally-evaluated'],
    });
  });

  it('suggests the field name meant by an unknown field', async () => {
    const text = mdx({ ...makeCase(), practicetype: 'service' });
    const { problems } = await check({ 'cases/first.mdx': text });
    expect(problems.find((p) => p.field === 'practicetype')).toMatchObject({
      ...positionOf(text, 'practicetype'),
      message: 'unknown field "practicetype"',
      suggestion: 'practiceType',
    });
  });

  it('explains a value of the wrong type', async () => {
    const text = mdx(makeCase({ regions: 'north' }));
    const { problems, dir } = await check({ 'cases/first.mdx': text });
    expect(only(problems, dir)).toMatchObject({ field: 'regions', message: 'expected a list, found "north"' });
  });

  it('explains that text with ": " in it needs quotes', async () => {
    const text = mdx(makeCase()).replace('questions', 'q').replace('review:', 'questions:\n  - What came out: tools or talk?\nreview:');
    const { problems, dir } = await check({ 'cases/first.mdx': text });
    expect(only(problems, dir)).toMatchObject({
      ...positionOf(text, 'What came out'),
      field: 'questions[0]',
      message: 'expected text, found a group of fields. A colon followed by a space makes YAML read text as a field: put the whole text in quotes',
    });
  });

  it('reports size limits in words', async () => {
    const { problems, dir } = await check({ 'cases/first.mdx': mdx(makeCase({ summary: 'Too short.' })) });
    expect(only(problems, dir).message).toBe('too short: 10 characters, at least 40 needed');
  });

  it('reports an invalid entry of regions.yaml at its line', async () => {
    const text = stringify([makeRegion(), makeRegion({ id: 'south', kind: 'town' })]);
    const { problems, dir } = await check({ 'regions.yaml': text });
    expect(only(problems, dir)).toMatchObject({ file: 'regions.yaml', ...positionOf(text, 'town'), field: '[1].kind' });
  });
});

describe('references', () => {
  const unknown = [
    ['case region', 'cases/first.mdx', mdx(makeCase({ regions: ['north', 'nrth'] })), 'regions[1]', 'unknown region "nrth"', 'north'],
    ['case domain', 'cases/first.mdx', mdx(makeCase({ domains: ['helth'] })), 'domains[0]', 'unknown domain "helth"', 'health'],
    ['case lead', 'cases/first.mdx', mdx(makeCase({ lead: 'cop' })), 'lead', 'unknown organisation "cop"', 'coop'],
    ['case partner', 'cases/first.mdx', mdx(makeCase({ partners: ['coops'], citations: { status: cite({ asOf: '2024' }), lead: [cite()], partners: [cite()] } })), 'partners[0]', 'unknown organisation "coops"', 'coop'],
    ['case project', 'cases/first.mdx', mdx(makeCase({ project: 'synthetc' })), 'project', 'unknown project "synthetc"', 'synthetic'],
    ['related case', 'cases/first.mdx', mdx(makeCase({ related: ['frist'] })), 'related[0]', 'unknown case "frist"', 'first'],
    ['visit contact', 'cases/first.mdx', mdx(makeCase({ visit: { open: true, contact: 'kop' } })), 'visit.contact', 'unknown organisation "kop"', 'coop'],
    ['organisation region', 'organisations/coop.yaml', stringify(makeOrganisation({ region: 'Nord' })), 'region', 'unknown region "Nord"', 'north'],
    ['project lead', 'projects/synthetic.yaml', stringify(makeProject({ lead: 'coopp' })), 'lead', 'unknown organisation "coopp"', 'coop'],
    ['project partner', 'projects/synthetic.yaml', stringify(makeProject({ partners: ['cop'], citations: { lead: [cite()], partners: [cite()] } })), 'partners[0]', 'unknown organisation "cop"', 'coop'],
    ['project region', 'projects/synthetic.yaml', stringify(makeProject({ regions: ['soth'] })), 'regions[0]', 'unknown region "soth"', 'south'],
    ['tour host', 'tours/visit.mdx', mdx(makeTour({ host: 'nort' })), 'host', 'unknown region "nort"', 'north'],
    ['tour stop organisation', 'tours/visit.mdx', mdx(makeTour({ stops: [{ organisation: 'coup', topic: 'Desk', cite: [cite()] }] })), 'stops[0].organisation', 'unknown organisation "coup"', 'coop'],
    ['tour stop case', 'tours/visit.mdx', mdx(makeTour({ stops: [{ organisation: 'coop', cases: ['firs'], topic: 'Desk', cite: [cite()] }] })), 'stops[0].cases[0]', 'unknown case "firs"', 'first'],
    ['tour reading', 'tours/visit.mdx', mdx(makeTour({ reading: ['firts'] })), 'reading[0]', 'unknown case "firts"', 'first'],
  ] as const;

  it.each(unknown)('refuses an unknown %s, with the nearest id', async (_, file, text, field, message, suggestion) => {
    const { problems, dir } = await check({ [file]: text });
    const found = message.match(/"(.*)"/)![1]!;
    expect(only(problems, dir)).toMatchObject({ file, ...positionOf(text, `${found}\n`), field, message, suggestion });
  });

  it('lists the ids that exist', async () => {
    const { problems } = await check({ 'cases/first.mdx': mdx(makeCase({ regions: ['west'] })) });
    expect(problems[0]).toMatchObject({ allowed: ['north', 'south'], suggestion: undefined });
  });

  it('resolves references to an entry that has problems of its own', async () => {
    const { problems, dir } = await check({ 'organisations/coop.yaml': stringify(makeOrganisation({ type: 'charity' })) });
    expect(only(problems, dir)).toMatchObject({ file: 'organisations/coop.yaml', field: 'type' });
  });

  it('refuses an id used twice in regions.yaml or domains.yaml', async () => {
    const regions = stringify([makeRegion(), makeRegion({ id: 'south' }), makeRegion({ name: 'Again' })]);
    const domains = stringify([{ id: 'health', name: 'Health', description: 'Access to care.' }, { id: 'health', name: 'Health 2', description: 'Again, twice.' }]);
    const { problems } = await check({ 'regions.yaml': regions, 'domains.yaml': domains });
    expect(problems.map((p) => [p.file.split('/').at(-1), p.line, p.field, p.message])).toEqual([
      ['domains.yaml', 4, '[1].id', 'duplicate id "health": already used on line 1'],
      ['regions.yaml', 19, '[2].id', 'duplicate id "north": already used on line 1'],
    ]);
  });
});

describe('syntax', () => {
  it('reports a YAML error in frontmatter at its line in the .mdx file', async () => {
    const { problems, dir } = await check({ 'cases/first.mdx': '---\ntitle: Synthetic\nregions: [north\nlead: coop\n---\n\nText.\n' });
    const p = only(problems, dir);
    expect(p.message).toMatch(/^YAML syntax error: /);
    expect(p.line).toBeGreaterThanOrEqual(3);
    expect(p.line).toBeLessThanOrEqual(5);
  });

  it('reports a YAML error in a data file with its position', async () => {
    const { problems, dir } = await check({ 'organisations/coop.yaml': 'name: Coop\ntype: ngo\n  country: IT\n' });
    expect(problems.length).toBeGreaterThan(0);
    expect(only(problems.slice(0, 1), dir)).toMatchObject({ file: 'organisations/coop.yaml', line: 2 });
  });

  it("refuses YAML that Astro's parser refuses, even where the positioned parse would accept it", async () => {
    const { problems, dir } = await check({ 'organisations/coop.yaml': 'name: &n Coop\ntype: ngo\ncountry: *c\n' });
    expect(problems.length).toBeGreaterThan(0);
    expect(only(problems.slice(0, 1), dir)).toMatchObject({ file: 'organisations/coop.yaml', line: 3 });
    expect(problems[0]!.message).toMatch(/^YAML syntax error: unidentified alias "c"/);
  });

  it('refuses an alias that would expand a few lines into billions of values', async () => {
    const names = 'abcdefghij';
    const lines = [...names].map((n, i) => `${n}: &${n} [${i === 0 ? Array(9).fill('"x"').join(', ') : Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
    const { problems, dir } = await check({ 'organisations/coop.yaml': `name: Coop\ntype: ngo\n${lines.join('\n')}\n` });
    expect(only(problems, dir)).toMatchObject({ file: 'organisations/coop.yaml', line: 1 });
    expect(problems[0]!.message).toMatch(/^YAML syntax error: .*alias/i);
  });

  it('refuses a file without frontmatter, and one whose frontmatter is not closed', async () => {
    const { problems } = await check({ 'cases/first.mdx': 'Just text.\n', 'tours/visit.mdx': '---\ntitle: x\n\nBody.\n' });
    expect(problems.map((p) => [p.file.split('/').at(-1), p.line, p.message.split(':')[0]])).toEqual([
      ['first.mdx', 1, 'no frontmatter'],
      ['visit.mdx', 1, 'the frontmatter is never closed'],
    ]);
  });

  it('refuses files the site would not read and ids that are not kebab-case', async () => {
    const { problems } = await check({ 'cases/second.md': mdx(makeCase()), 'cases/Third Case.mdx': mdx(makeCase()) });
    expect(problems.map((p) => [p.file.split('/').at(-1), p.suggestion])).toEqual([
      ['second.md', undefined],
      ['Third Case.mdx', 'third-case.mdx'],
    ]);
  });
});

describe('one run reports everything', () => {
  it('finds every problem in every file, sorted by file and line', async () => {
    const { problems, dir } = await check({
      'cases/first.mdx': mdx(makeCase({ status: 'done', regions: ['nowhere'], transferability: undefined }), 'import x from "y"\n\n<script>alert(1)</script>\n'),
      'organisations/coop.yaml': stringify(makeOrganisation({ country: 'Italy' })),
      'tours/visit.mdx': mdx(makeTour({ host: 'west' })),
    });
    expect(problems.map((p) => `${p.file.slice(dir.length + 1)}:${p.line} ${p.field}`)).toEqual([
      'cases/first.mdx:2 transferability',
      'cases/first.mdx:6 regions[0]',
      'cases/first.mdx:14 status',
      'cases/first.mdx:33 body',
      'cases/first.mdx:35 body',
      'organisations/coop.yaml:3 country',
      'tours/visit.mdx:4 host',
    ]);
  });

  it('reports a missing content folder or list file instead of throwing', async () => {
    expect((await checkContent('/nonexistent/content'))[0]!.message).toMatch(/content folder not found/);
    const { problems } = await check({ 'regions.yaml': null });
    expect(problems.map((p) => p.message)).toContain('regions.yaml is missing: it lists the regions every case refers to');
    // The case, the organisation, the project and the tour each name a region.
    expect(problems.filter((p) => p.message.startsWith('unknown region'))).toHaveLength(4);
  });

  it('runs on its own folder, not the current directory', async () => {
    const dir = writeContent(baseContent());
    dirs.push(dir);
    expect(await checkContent(join(dir, '.'))).toEqual([]);
  });
});
