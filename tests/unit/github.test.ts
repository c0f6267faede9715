/**
 * The rules the repository's GitHub files must keep: workflows with least privilege and
 * pinned actions, issue forms GitHub accepts, the reviewer's checklist.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
type Job = { permissions?: Record<string, string>; steps: Step[]; needs?: string | string[] };
type Workflow = { on: Record<string, unknown>; permissions?: unknown; jobs: Record<string, Job> };

const dir = '.github/workflows';
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const text = (file: string) => readFileSync(join(dir, file), 'utf8');
const workflow = (file: string) => parse(text(file)) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

/** The pins verified for this repository; bump them together with their version comment. */
const PINS: Record<string, string> = {
  'actions/checkout': '11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
  'actions/setup-node': '49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
  'actions/upload-artifact': 'ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2',
  'actions/upload-pages-artifact': '56afc609e74202658d3ffba0e8f6dda462b719fa # v3.0.1',
  'actions/deploy-pages': 'd6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5',
};

describe('workflows', () => {
  it('are ci.yml and deploy.yml, both valid YAML', () => {
    expect(files.sort()).toEqual(['ci.yml', 'deploy.yml']);
    for (const file of files) expect(workflow(file).jobs, file).toBeTypeOf('object');
  });

  it.each(files)('%s pins every action to a full commit SHA with its version as a comment', (file) => {
    const lines = text(file)
      .split('\n')
      .filter((l) => /^\s*(?:-\s+)?uses:/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const m = /uses:\s*([^@\s]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)\s*$/.exec(line);
      expect(m, line).not.toBeNull();
      expect(`${m![2]} # ${m![3]}`, line).toBe(PINS[m![1]!]);
    }
    for (const step of steps(workflow(file))) if (step.uses) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it.each(files)('%s gives the token read access only by default, and never runs pull_request_target', (file) => {
    const w = workflow(file);
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(w.on)).not.toContain('pull_request_target');
    const code = text(file)
      .split('\n')
      .map((line) => line.replace(/(^|\s)#.*$/, ''))
      .join('\n');
    expect(code).not.toContain('pull_request_target');
  });

  it.each(files)('%s installs with npm install (not npm ci) on the Node version of .nvmrc, with the npm cache', (file) => {
    const w = workflow(file);
    for (const step of steps(w)) expect(step.run ?? '').not.toMatch(/\bnpm ci\b/);
    const setups = steps(w).filter((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setups.length).toBe(Object.values(w.jobs).filter((j) => j.steps.some((s) => s.run?.includes('npm '))).length);
    for (const s of setups) expect(s.with).toEqual({ 'node-version-file': '.nvmrc', cache: 'npm' });
  });

  it('ci.yml runs on every pull request and on pushes to main', () => {
    const { on } = workflow('ci.yml');
    expect(on).toHaveProperty('pull_request');
    expect(on['push']).toEqual({ branches: ['main'] });
  });

  it('ci.yml checks content with annotations (only the changes on pull requests), types, lint and tests', () => {
    const { jobs } = workflow('ci.yml');
    expect(Object.keys(jobs)).toEqual(expect.arrayContaining(['check', 'typecheck', 'lint', 'test', 'build']));
    const runs = (job: string) => jobs[job]!.steps.map((s) => s.run ?? '');
    const checks = jobs['check']!.steps.filter((s) => s.run?.startsWith('npm run check'));
    expect(checks.find((s) => s.if === "github.event_name == 'pull_request'")?.run).toMatch(
      /^npm run check -- --format github --changed\b/,
    );
    expect(checks.find((s) => s.if === "github.event_name != 'pull_request'")?.run).toBe('npm run check -- --format github');
    // --changed needs the base branch's history.
    expect(jobs['check']!.steps[0]!.with).toMatchObject({ 'fetch-depth': 0 });
    expect(runs('typecheck')).toContain('npm run typecheck');
    expect(runs('lint')).toContain('npm run lint');
    expect(runs('test')).toContain('npm test');
  });

  it('ci.yml and .ci/run fail when set-up changes the working tree (a lockfile npm install rewrites)', () => {
    const check = workflow('ci.yml').jobs['check']!.steps;
    const install = check.findIndex((s) => s.run?.startsWith('npm install'));
    const clean = check.findIndex((s) => s.run?.includes('git status --porcelain'));
    expect(clean).toBe(install + 1);
    const run = readFileSync('.ci/run', 'utf8');
    expect(run.indexOf('git status --porcelain')).toBeGreaterThan(run.indexOf('npm install'));
    expect(run.indexOf('git status --porcelain')).toBeLessThan(run.indexOf('npm test'));
  });

  it('ci.yml uploads the built site as an artifact for preview', () => {
    const { jobs } = workflow('ci.yml');
    const build = jobs['build']!.steps;
    const built = build.findIndex((s) => s.run === 'npm run build');
    const upload = build.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(built).toBeGreaterThanOrEqual(0);
    expect(upload).toBeGreaterThan(built);
    expect(build[upload]!.with).toMatchObject({ path: 'dist/', name: 'site-preview' });
  });

  it('no ci.yml job asks for more permissions', () => {
    for (const [name, job] of Object.entries(workflow('ci.yml').jobs)) expect(job.permissions, name).toBeUndefined();
  });

  it('deploy.yml builds main with full history and the site address from repository variables', () => {
    const w = workflow('deploy.yml');
    expect(w.on['push']).toEqual({ branches: ['main'] });
    const build = w.jobs['build']!;
    expect(build.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0 });
    const step = build.steps.find((s) => s.run === 'npm run build');
    expect(step?.env).toMatchObject({ SITE_URL: '${{ vars.SITE_URL }}', BASE_PATH: '${{ vars.BASE_PATH }}' });
    expect(build.steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))).toBe(true);
  });

  it('deploy.yml grants pages and id-token write to the deploy job only', () => {
    const { jobs } = workflow('deploy.yml');
    expect(jobs['deploy']!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(jobs['deploy']!.needs).toBe('build');
    expect(jobs['deploy']!.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    for (const [name, job] of Object.entries(jobs)) if (name !== 'deploy') expect(job.permissions, name).toBeUndefined();
  });
});

describe('issue forms', () => {
  type Form = {
    name: string;
    description: string;
    body: { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required: boolean } }[];
  };
  const forms = ['suggest-a-practice.yml', 'report-an-error.yml'];
  const form = (file: string) => parse(readFileSync(join('.github/ISSUE_TEMPLATE', file), 'utf8')) as Form;

  it.each(forms)('%s is an issue form GitHub accepts: name, description, unique ids, labels on every field', (file) => {
    const f = form(file);
    expect(f.name).toBeTruthy();
    expect(f.description).toBeTruthy();
    const fields = f.body.filter((b) => b.type !== 'markdown');
    expect(fields.length).toBeGreaterThan(2);
    const ids = fields.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of fields) {
      expect(['input', 'textarea', 'dropdown', 'checkboxes']).toContain(b.type);
      expect(b.attributes['label'], b.id).toBeTruthy();
      if (b.type === 'dropdown') expect((b.attributes['options'] as string[]).length, b.id).toBeGreaterThan(1);
    }
    expect(fields.some((b) => b.validations?.required)).toBe(true);
  });

  it('a suggestion asks for its sources', () => {
    const sources = form('suggest-a-practice.yml').body.find((b) => b.id === 'sources');
    expect(sources?.validations?.required).toBe(true);
  });

  it('config.yml keeps blank issues possible and links the contributing guide', () => {
    const config = parse(readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8')) as {
      blank_issues_enabled: boolean;
      contact_links: { url: string }[];
    };
    expect(config.blank_issues_enabled).toBe(true);
    expect(config.contact_links[0]!.url).toMatch(/^https:\/\/.*CONTRIBUTING\.md$/);
  });
});

describe('pull request template', () => {
  it("has the reviewer's checklist", () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    const items = template.split('\n').filter((l) => l.startsWith('- [ ] '));
    const expected = [
      'Sources listed',
      'Passages cited',
      'Own words',
      'Evidence level justified',
      'No personal data',
      'Review status not self-raised',
      'Check passes',
      'Preview looked at',
    ];
    expect(items).toHaveLength(expected.length);
    expected.forEach((start, i) => expect(items[i]).toContain(`**${start}`));
  });
});
