import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check/run.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

/** A throwaway copy of the fixture content, so scaffolding never touches the real one. */
function contentCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'atlas-new-')), 'content');
  cpSync(fixtureContent, dir, { recursive: true });
  return dir;
}

function runNew(dir: string, args: string[], input = '') {
  return spawnSync('node_modules/.bin/node', ['scripts/new.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    input,
    encoding: 'utf8',
  });
}

describe('npm run new', () => {
  it('scaffolds a case from flags that passes check, as a draft with every body section', async () => {
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
    expect(await checkContent(dir)).toEqual([]);
  });

  it('scaffolds an organisation and a tour from flags that pass check', async () => {
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
    expect(await checkContent(dir)).toEqual([]);
  });

  it('scaffolds a trail from flags that passes check, with a TODO on each default', async () => {
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
    const result = runNew(dir, [], `${answers}\n`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('[gamma-housing-mentoring]');
    const text = readFileSync(join(dir, 'trails', 'fixture-asked-trail.yaml'), 'utf8');
    expect(text).toContain('scope: within-region');
    expect(text).toContain('source: fixture-mentoring-plan');
    expect(await checkContent(dir)).toEqual([]);
  });

  it('asks for what flags leave out, offering the existing regions, domains and organisations', async () => {
    const dir = contentCopy();
    // kind, title, regions (2 of them, by number and by id), a wrong domain then a right one,
    // lead, source, practice type, governance, target groups, status.
    const answers = [
      'case',
      'Fixture: Asked practice',
      '1, gamma-city',
      'helth',
      '2',
      '3',
      'fixture-final-report',
      'training',
      '4',
      '1,6',
      'unknown',
    ].join('\n');
    const result = runNew(dir, [], `${answers}\n`);
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
    expect(await checkContent(dir)).toEqual([]);
  });

  it('refuses to overwrite, and fails clearly when input ends before an answer', () => {
    const dir = contentCopy();
    const args = ['organisation', '--name', 'Fixture Twice', '--type', 'ngo', '--country', 'IT'];
    expect(runNew(dir, args).status).toBe(0);
    const again = runNew(dir, args);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('fixture-twice.yaml already exists');
    const cut = runNew(dir, ['case'], 'Fixture: cut short\n');
    expect(cut.status).toBe(1);
    expect(cut.stderr).toMatch(/input ended|no more input/);
  });
});
