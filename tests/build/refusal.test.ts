/**
 * Bad content must stop both `npm run check` and the build, naming the file and the
 * field or rule, and the build must publish nothing. Each case is the valid fixture
 * with one mutation. Astro runs the check before it loads any content.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { append, contentCopy, editFile, fixture, removeCopies, replace, script } from '../helpers/content-copy.ts';

afterAll(removeCopies);

type Mutation = { file: string; edit: (text: string) => string; expect: string[] };

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
const mutatedCopy = ({ file, edit }: Mutation) => contentCopy((content) => editFile(content, file, edit));

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
 * Every way into Astro runs the check first: a plain `astro build`, with no script
 * around it, refuses a folder the check refuses before any MDX runs. A body whose
 * expression writes a file shows whether MDX ran: on valid content (the probe as a
 * comment) nothing is written either, and on refused content the probe must not run.
 */
describe('a plain astro build', () => {
  const astro = resolve('node_modules/astro/bin/astro.mjs');

  it('runs the check before any content code', async () => {
    let marker = '';
    const root = contentCopy((content, folder) => {
      marker = join(folder, 'ran');
      const probe = `{globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran')}`;
      editFile(content, 'cases/alpha-health-mediation.mdx', append(probe));
    });
    const out = join(root, 'dist');
    const { code, output } = await script([astro, 'build', '--outDir', out], join(root, 'content'));
    expect(code).not.toBe(0);
    expect(output).toContain('cases/alpha-health-mediation.mdx:');
    expect(output).toContain('is not allowed in a body: it would run as JavaScript');
    expect(output).toContain('the content check found problems');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
