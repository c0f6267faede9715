import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSED, waitForVerdict } from '../../src/integrations/check-gate.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-gate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the check gate', () => {
  it('opens once the verdict says the check passed', async () => {
    const path = join(dir, 'passed');
    const waiting = waitForVerdict(path);
    setTimeout(() => writeFileSync(path, `${PASSED}\n`), 120);
    await expect(waiting).resolves.toBeUndefined();
  });

  it('refuses any other verdict, naming it', async () => {
    const path = join(dir, 'failed');
    writeFileSync(path, 'check exited with 1');
    await expect(waitForVerdict(path)).rejects.toThrow(/did not pass \(check exited with 1\); no page was rendered/);
  });

  it('gives up when the build that started it has gone', async () => {
    await expect(waitForVerdict(join(dir, 'never'), process.ppid + 1)).rejects.toThrow(/has ended/);
  });
});
