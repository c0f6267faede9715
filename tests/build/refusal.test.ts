/**
 * Bad content must stop both `npm run check` and the build, naming the file and the
 * field or rule, and the build must publish nothing. Each case is the valid fixture
 * with one mutation. A failed check stops the build before Astro renders anything.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { contentCacheDir } from '../../src/lib/content-dir.ts';

const run = promisify(execFile);
const node = resolve('node_modules/.bin/node'); // Node 24, whatever node runs vitest
const fixture = resolve('tests/fixtures/content');
const dirs: string[] = [];
// Each copy's content cache goes with it: these folders are never built again.
afterAll(() => dirs.flatMap((d) => [d, contentCacheDir(join(d, 'content'))]).forEach((d) => rmSync(d, { recursive: true, force: true })));

type Mutation = { file: string; edit: (text: string) => string; expect: string[] };

const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
};
const append = (body: string) => (text: string) => `${text}\n${body}\n`;

const mutations: Record<string, Mutation> = {
  'an invalid enum value': { file: 'cases/alpha-health-mediation.mdx', edit: replace('practiceType: service', 'practiceType: servise'), expect: ['practiceType', '"servise"', 'Did you mean "service"'] },
  'an unknown region': { file: 'cases/gamma-housing-mentoring.mdx', edit: replace('regions: [gamma-city]', 'regions: [gamma-town]'), expect: ['regions[0]', 'unknown region "gamma-town"'] },
  'an unknown organisation': { file: 'cases/beta-skills-recognition.mdx', edit: replace('lead: beta-city-council', 'lead: beta-council'), expect: ['lead', 'unknown organisation "beta-council"'] },
  'an unknown related case': { file: 'cases/alpha-beta-housing-desk.mdx', edit: replace('related: [alpha-health-mediation]', 'related: [alpha-health-mediaton]'), expect: ['related[0]', 'unknown case'] },
  'a missing required field': { file: 'cases/beta-skills-recognition.mdx', edit: (t) => t.replace(/^transferability: .*\n/m, ''), expect: ['transferability', 'required field is missing'] },
  'bad YAML syntax': { file: 'organisations/delta-network.yaml', edit: replace('type: eu-network', 'type: [eu-network'), expect: ['YAML syntax error'] },
  'an import in a body': { file: 'cases/gamma-association-network.mdx', edit: append('import fs from "node:fs"'), expect: ['body', '"import" is not allowed'] },
  'an export in a body': { file: 'cases/gamma-association-network.mdx', edit: append('export const stolen = process.env'), expect: ['body', '"export" is not allowed'] },
  'a <script> element': { file: 'cases/alpha-health-mediation.mdx', edit: append('<script>alert(1)</script>'), expect: ['body', '<script>'] },
  'an <iframe> element': { file: 'tours/alpha-study-visit.mdx', edit: append('<iframe src="https://example.org"></iframe>'), expect: ['body', '<iframe>'] },
  'an onclick attribute': { file: 'cases/gamma-housing-mentoring.mdx', edit: append('A <abbr title="x" onclick="alert(1)">B</abbr>.'), expect: ['body', '"onclick"'] },
  'a javascript: link': { file: 'cases/beta-skills-recognition.mdx', edit: append('[Click](javascript:alert(1))'), expect: ['body', 'javascript:alert(1)'] },
  'a {expression}': { file: 'cases/alpha-beta-housing-desk.mdx', edit: append('{process.exit(0)}'), expect: ['body', 'expression {process.exit(0)}'] },
};

/** A copy of the valid fixture with one file edited; returns the folder holding content/. */
function mutatedCopy({ file, edit }: Mutation): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-refusal-'));
  dirs.push(root);
  cpSync(fixture, join(root, 'content'), { recursive: true });
  const path = join(root, 'content', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return root;
}

/** Run a script against a content folder; resolves with exit code and all output. */
async function script(args: string[], contentDir: string, extraEnv: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_LOG_LEVEL: 'silent', ...extraEnv };
  try {
    const { stdout, stderr } = await run(node, args, { env, encoding: 'utf8' });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe.concurrent('refused content', () => {
  it('the fixture itself passes the check', async () => {
    const result = await script(['scripts/check.ts'], fixture);
    expect(result.output).toMatch(/^Content OK: \d+ cases, \d+ tours?, /);
    expect(result.code).toBe(0);
  });

  it.each(Object.entries(mutations))('%s stops check and build, naming file and field', async (_, mutation) => {
    const root = mutatedCopy(mutation);
    const content = join(root, 'content');
    const out = join(root, 'dist');
    const [check, build] = await Promise.all([script(['scripts/check.ts'], content), script(['scripts/build.ts', '--out', out], content)]);

    for (const result of [check, build]) {
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain(`${mutation.file}:`);
      for (const text of mutation.expect) expect(result.output).toContain(text);
    }
    // A refused body may also hold figures with no citation: warnings follow the count.
    expect(check.output).toMatch(/\d+ problems? in 1 file( \(\d+ warnings?\))?\n$/);
    expect(build.output).toContain('Nothing was published');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});

/**
 * `npm run build` starts Astro while the check runs; Astro must render nothing until
 * the check has passed. A body whose expression writes a file shows whether MDX ran:
 * with a passing verdict it does (so the probe works), with a failing one it must not.
 */
describe('the check gate', () => {
  const astro = resolve('node_modules/astro/bin/astro.mjs');

  async function gatedBuild(verdict: string): Promise<{ code: number; ran: boolean; pages: boolean; output: string }> {
    const root = mkdtempSync(join(tmpdir(), 'atlas-gate-'));
    dirs.push(root);
    const marker = join(root, 'ran');
    const probe = `{globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}`;
    const content = mutatedCopy({ file: 'cases/alpha-health-mediation.mdx', edit: append(probe), expect: [] });
    const gate = join(root, 'verdict');
    writeFileSync(gate, verdict);
    const out = join(root, 'dist');
    const { code, output } = await script([astro, 'build', '--silent', '--outDir', out], join(content, 'content'), {
      ATLAS_INDEX_AFTER_BUILD: '1',
      ATLAS_CHECK_GATE: gate,
    });
    return { code, ran: existsSync(marker), pages: existsSync(join(out, 'index.html')), output };
  }

  it('renders (and so runs MDX) only once the check has passed', async () => {
    // One after the other: builds of one project share its .astro/ folder.
    const passed = await gatedBuild('passed');
    const failed = await gatedBuild('check exited with 1');
    expect(passed.code, passed.output).toBe(0);
    expect(passed.ran).toBe(true);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('the content check did not pass');
    expect(failed.ran).toBe(false);
    expect(failed.pages).toBe(false);
  });
});
