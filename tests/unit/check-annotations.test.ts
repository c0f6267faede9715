import { describe, expect, it } from 'vitest';
import { formatReport, type Problem } from '../../scripts/check/report.ts';

// GitHub's workflow commands: `::error file=…,line=…,col=…,title=…::message`. In the
// message %, CR and LF are escaped; in properties also ":" and ",".
describe('GitHub annotations', () => {
  const problem: Problem = {
    file: '/checkout/content/cases/a,b.mdx',
    line: 3,
    column: 7,
    field: 'outcomes[0].note',
    message: 'found "50%"\r\nsecond line: here',
  };

  it('are exact workflow commands, with paths from the repository root', () => {
    expect(formatReport([problem], 'github', undefined, { repositoryRoot: '/checkout' })).toBe(
      '::error file=content/cases/a%2Cb.mdx,line=3,col=7,title=Content%3A outcomes[0].note::outcomes[0].note: found "50%25"%0D%0Asecond line: here\n1 problem in 1 file\n',
    );
  });

  it('keep a file outside the repository absolute rather than climbing out with ../', () => {
    expect(
      formatReport([{ file: '/elsewhere/regions.yaml', message: 'missing' }], 'github', undefined, { repositoryRoot: '/checkout' }),
    ).toBe('::error file=/elsewhere/regions.yaml,title=Content check::missing\n1 problem in 1 file\n');
  });
});
