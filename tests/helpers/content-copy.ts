/**
 * Copies of the valid fixture content with one change, and the project's scripts run
 * against them as a contributor would: the refusal and hostile-content suites share these.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { contentCacheDir } from '../../src/lib/content-dir.ts';

const run = promisify(execFile);
const node = resolve('node_modules/.bin/node'); // Node 24, whatever node runs vitest
export const fixture = resolve('tests/fixtures/content');

/** Temporary folders made here, each removed with its content cache by `removeCopies`. */
const made: string[] = [];
export function removeCopies(): void {
  for (const d of made.splice(0)) for (const p of [d, contentCacheDir(join(d, 'content'))]) rmSync(p, { recursive: true, force: true });
}

/** A folder holding a copy of the fixture as `content/`; `change` edits it. Returns the folder. */
export function contentCopy(change: (content: string, root: string) => void = () => {}): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-copy-'));
  made.push(root);
  cpSync(fixture, join(root, 'content'), { recursive: true });
  change(join(root, 'content'), root);
  return root;
}

/** Rewrites one content file through `edit`. */
export function editFile(content: string, file: string, edit: (text: string) => string): void {
  const path = join(content, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

export const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture no longer contains ${JSON.stringify(from)}`);
  return text.replace(from, to);
};
export const append = (body: string) => (text: string) => `${text}\n${body}\n`;

/** Run a project script against a content folder; resolves with exit code and all output. */
export async function script(args: string[], contentDir: string, extraEnv: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_LOG_LEVEL: 'silent', ...extraEnv };
  try {
    const { stdout, stderr } = await run(node, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; signal?: string; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, output: `${e.stdout ?? ''}${e.stderr ?? ''}${e.signal ? `\n(killed by ${e.signal})` : ''}` };
  }
}
