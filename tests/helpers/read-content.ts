import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

type Raw = Record<string, unknown>;
export interface RawEntry {
  id: string;
  data: Raw;
  /** An .mdx file's body, after its frontmatter. */
  body?: string;
}

const frontmatter = (text: string): Raw => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Raw;

function folder(dir: string, ext: string, read: (text: string) => Raw): RawEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    // Originals only: a translation (<id>.<lang><ext>) is read by the tests that compare it.
    .filter((f) => f.endsWith(ext) && !f.startsWith('_') && !f.slice(0, -ext.length).includes('.'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const body = ext === '.mdx' ? text.replace(/^---\n[\s\S]*?\n---\n/, '') : undefined;
      return { id: f.slice(0, -ext.length), data: read(text), ...(body === undefined ? {} : { body }) };
    });
}

/**
 * A content folder read straight from its files, independently of the site's own
 * loading code, so build tests compare the pages against what the files say.
 */
export function readContent(dir: string) {
  const list = (file: string) => (parse(readFileSync(join(dir, file), 'utf8')) as Raw[]).map((data) => ({ id: String(data['id']), data }));
  return {
    regions: list('regions.yaml'),
    domains: list('domains.yaml'),
    organisations: folder(join(dir, 'organisations'), '.yaml', (t) => parse(t) as Raw),
    projects: folder(join(dir, 'projects'), '.yaml', (t) => parse(t) as Raw),
    cases: folder(join(dir, 'cases'), '.mdx', frontmatter),
    tours: folder(join(dir, 'tours'), '.mdx', frontmatter),
    sources: folder(join(dir, 'sources'), '.yaml', (t) => parse(t) as Raw),
    trails: folder(join(dir, 'trails'), '.yaml', (t) => parse(t) as Raw),
  };
}
