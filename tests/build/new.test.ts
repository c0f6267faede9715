import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check/run.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dirname(dir), { recursive: true, force: true });
});

/** A throwaway copy of the fixture content, so scaffolding never touches the real one; removed after the tests. */
function contentCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'atlas-new-')), 'content');
  cpSync(fixtureContent, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** Only the scaffold's placeholders: everything else in a scaffolded file is valid. */
async function onlyPlaceholders(dir: string): Promise<void> {
  const problems = await checkContent(dir);
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.message, JSON.stringify(p)).toMatch(/`npm run new`/);
    expect(p.line).toBeGreaterThan(0);
  }
}

/** The file with every placeholder written over, as a contributor finishing it would. */
function finish(file: string): void {
  const text = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*# TODO:/.test(line))
    .map((line) => line.replace(/TODO: [^"\n]*/g, 'Written from the source, long enough to be a real summary of the practice.'))
    .join('\n');
  writeFileSync(file, text);
}

function runNew(dir: string, args: string[], input = '') {
  return spawnSync('node_modules/.bin/node', ['scripts/new.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    input,
    encoding: 'utf8',
  });
}

describe('npm run new', () => {
  it('scaffolds a case from flags, as a draft with every body section, that check refuses only for its placeholders', async () => {
    const dir = contentCopy();
    const result = runNew(dir, [
      'case',
      '--title',
      'Fixture: Scaffolded Café practice',
      '--region',
      'alpha-region',
      '--region',
      'beta-region',
      '--domain',
      'housing',
      '--lead',
      'delta-network',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(join(dir, 'cases', 'fixture-scaffolded-cafe-practice.mdx'), 'utf8');
    expect(text).toContain('status: draft');
    expect(text).toMatch(/regions:\n {2}- alpha-region\n {2}- beta-region/);
    for (const section of ['Context', 'What was done', 'Results', 'Difficulties', 'Transferability', 'Visiting']) {
      expect(text).toContain(`## ${section}\n`);
    }
    // The check refuses the placeholders, and nothing else, until they are written over.
    await onlyPlaceholders(dir);
    finish(join(dir, 'cases', 'fixture-scaffolded-cafe-practice.mdx'));
    expect(await checkContent(dir)).toEqual([]);
  });

  it('takes names as well as ids: the region, domain and organisation names the site shows', () => {
    const dir = contentCopy();
    const result = runNew(dir, ['case', '--title', 'Fixture: By name', '--region', 'Fixture Region Alpha', '--domain', 'Health', '--lead', 'Fixture: Delta European Network']);
    expect(result.stderr).toBe('');
    const text = readFileSync(join(dir, 'cases', 'fixture-by-name.mdx'), 'utf8');
    expect(text).toMatch(/regions:\n {2}- alpha-region\n/);
    expect(text).toMatch(/domains:\n {2}- health\n/);
    expect(text).toContain('lead: delta-network');
  });

  it('without a terminal never asks: a wrong value fails with the closest valid one, a missing one with the choices', () => {
    const dir = contentCopy();
    const wrong = runNew(dir, ['case', '--title', 'Fixture: Wrong', '--region', 'alpha-regoin', '--domain', 'health', '--lead', 'delta-network']);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--region "alpha-regoin" is not known: did you mean alpha-region (Fixture Region Alpha)?');
    expect(wrong.stdout).not.toMatch(/\d\) /);
    const missing = runNew(dir, ['case', '--title', 'Fixture: Missing', '--region', 'alpha-region', '--domain', 'health']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/--lead is needed: .*delta-network/);
    expect(runNew(dir, []).stderr).toContain('say what to add');
    expect(readdirSync(join(dir, 'cases'))).not.toContain('fixture-wrong.mdx');
  });

  it('scaffolds an organisation and a tour from flags, valid once their placeholders are written over', async () => {
    const dir = contentCopy();
    expect(
      runNew(dir, ['organisation', '--name', 'Fixture Association Ümit', '--type', 'migrant-association', '--country', 'DE']).status,
    ).toBe(0);
    expect(
      runNew(dir, [
        'tour',
        '--title',
        'Fixture: Autumn visit',
        '--host',
        'gamma-city',
        '--organisation',
        'fixture-association-umit',
        '--topic',
        'Meeting the association',
      ]).status,
    ).toBe(0);
    expect(readdirSync(join(dir, 'organisations'))).toContain('fixture-association-umit.yaml');
    expect(readFileSync(join(dir, 'tours', 'fixture-autumn-visit.mdx'), 'utf8')).toContain('organisation: fixture-association-umit');
    await onlyPlaceholders(dir);
    finish(join(dir, 'organisations', 'fixture-association-umit.yaml'));
    finish(join(dir, 'tours', 'fixture-autumn-visit.mdx'));
    expect(await checkContent(dir)).toEqual([]);
  });

  it('scaffolds a trail from flags, with a TODO on each default, that check refuses only for its placeholders', async () => {
    const dir = contentCopy();
    const flags = [
      'trail',
      '--title',
      'Fixture: mediation to Gamma',
      '--from-case',
      'alpha-health-mediation',
      '--to-region',
      'gamma-city',
      '--stage',
      'adopted',
    ];
    const result = runNew(dir, [...flags, '--channel', 'study-tour', '--tour', 'alpha-study-visit', '--domain', 'health']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = readFileSync(join(dir, 'trails', 'fixture-mediation-to-gamma.yaml'), 'utf8');
    expect(text).toContain('from:\n  case: alpha-health-mediation\n');
    expect(text).toContain('through:\n  channel: study-tour\n  tour: alpha-study-visit\n');
    // Adopted is a strong claim: the scaffold leaves room for the quoted passage.
    expect(text).toContain('excerpt: "TODO: quote the passage that states it"');
    expect(text).toMatch(/# TODO: default value, check it\nscope: interregional/);
    expect(text).toMatch(/# TODO: default value, check it; kind is method, tool, organisational-model or service\nwhat:/);
    await onlyPlaceholders(dir);
    finish(join(dir, 'trails', 'fixture-mediation-to-gamma.yaml'));
    expect(await checkContent(dir)).toEqual([]);
  });

  it('asks for a trail what flags leave out, offering the existing cases and regions', async () => {
    const dir = contentCopy();
    // kind, title, precision, the case, region taking it up, stage, what, scope, source.
    const answers = [
      'trail',
      'Fixture: asked trail',
      'case',
      'gamma-housing-mentoring',
      'gamma-city',
      'interest',
      'service',
      'within-region',
      'fixture-mentoring-plan',
    ].join('\n');
    const result = runNew(dir, ['--ask'], `${answers}\n`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[gamma-housing-mentoring]');
    const text = readFileSync(join(dir, 'trails', 'fixture-asked-trail.yaml'), 'utf8');
    expect(text).toContain('scope: within-region');
    expect(text).toContain('source: fixture-mentoring-plan');
    await onlyPlaceholders(dir);
    finish(join(dir, 'trails', 'fixture-asked-trail.yaml'));
    expect(await checkContent(dir)).toEqual([]);
  });

  it('asks for what flags leave out, offering the existing regions, domains and organisations', async () => {
    const dir = contentCopy();
    // kind, title, regions (2 of them, by number and by id), a wrong domain then a right one,
    // lead, source, practice type, governance, target groups, status.
    const answers = ['case', 'Fixture: Asked practice', '1, gamma-city', 'helth', '2', '3', 'fixture-final-report', 'training', '4', '1,6', 'unknown'].join('\n');
    const result = runNew(dir, ['--ask'], `${answers}\n`);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Fixture Region Alpha [alpha-region]');
    expect(result.stdout).toContain('[delta-network]');
    expect(result.stdout).toContain('did you mean "health"?');
    const text = readFileSync(join(dir, 'cases', 'fixture-asked-practice.mdx'), 'utf8');
    expect(text).toMatch(/regions:\n {2}- alpha-region\n {2}- gamma-city/);
    expect(text).toContain('practiceType: training');
    expect(text).toContain('governance: partnership');
    expect(text).toContain('status: unknown');
    expect(text).toContain('sources:\n  - fixture-final-report');
    // An unknown status needs no citation; the lead's citation is scaffolded with the source.
    expect(text).not.toMatch(/citations:\n {2}status:/);
    expect(text).toContain('<Cite source="fixture-final-report" at="TODO: where in the source" />');
    expect(text).not.toContain('default value');
    await onlyPlaceholders(dir);
  });

  it('refuses to overwrite, and fails clearly when input ends before an answer', () => {
    const dir = contentCopy();
    const args = ['organisation', '--name', 'Fixture Twice', '--type', 'ngo', '--country', 'IT'];
    expect(runNew(dir, args).status).toBe(0);
    const again = runNew(dir, args);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('fixture-twice.yaml already exists');
    const cut = runNew(dir, ['case', '--ask'], 'Fixture: cut short\n');
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/input ended|no more input/);
  });
});
