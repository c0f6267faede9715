import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docPath, MARKER, renderDoc } from '../../scripts/docs-content-model.ts';

describe('docs/content-model.md', () => {
  const committed = readFileSync(docPath, 'utf8');

  it('is what the schemas generate (run npm run docs:content-model after changing a schema)', () => {
    expect(renderDoc(committed)).toBe(committed);
  });

  it('keeps a hand-written intro above the generated tables', () => {
    expect(committed.indexOf(MARKER)).toBeGreaterThan(0);
    expect(committed.slice(0, committed.indexOf(MARKER))).toContain('projects/<id>.yaml` has a `description` field');
  });

  it('documents every field, including the ones the project added', () => {
    expect(committed).toContain('| `description` | text |  | One or two sentences on what it set out to do |');
    expect(committed).toContain('| `stops[].organisation` | organisation id (→ organisations) | yes |');
  });
});
