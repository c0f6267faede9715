import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const dist = inject('fixtureDist');
const cases = readContent(fixtureContent).cases;

// The defaults the fixture build runs with (no REPO_URL or REPO_BRANCH set; no SITE_URL, so
// references carry the page's path: tests/build/discovery.test.ts covers a site with an address).
const repo = (process.env.REPO_URL || 'https://github.com/practice-atlas/practice-atlas').replace(/\/$/, '');
const branch = process.env.REPO_BRANCH || 'main';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') !== 'false';

/** What "Last updated" should say: the last commit's date, else the review date, else "not recorded". */
function expectedDate(id: string, review: { date?: string } | undefined): string {
  const fromGit = shallow ? '' : git('log', '-1', '--first-parent', '--format=%cs', '--', join('tests/fixtures/content/cases', `${id}.mdx`));
  return fromGit || review?.date || 'not recorded';
}

const latex = (s: string) => s.replace(/([{}&%$#_])/g, '\\$1');

describe('provenance on case pages', () => {
  it('links to the file on the repository for editing', () => {
    for (const c of cases) {
      const edit = page(dist, `/cases/${c.id}/`)
        .querySelectorAll('a')
        .find((a) => a.text.trim() === 'Edit this page');
      expect(edit?.getAttribute('href'), c.id).toBe(`${repo}/edit/${branch}/tests/fixtures/content/cases/${c.id}.mdx`);
    }
  });

  it('says when the file last changed: from git history, else the review date', () => {
    for (const c of cases) {
      const doc = page(dist, `/cases/${c.id}/`);
      const label = doc.querySelectorAll('.provenance dt').find((dt) => dt.text.trim() === 'Last updated');
      expect(label, c.id).toBeDefined();
      expect(label!.nextElementSibling?.text.trim(), c.id).toBe(expectedDate(c.id, c.data['review'] as { date?: string }));
    }
  });

  it('gives APA and BibTeX references with the title, the authors and the permanent address', () => {
    for (const c of cases) {
      const doc = page(dist, `/cases/${c.id}/`);
      const title = String(c.data['title']);
      const authors = (c.data['authors'] as { name: string }[]).map((a) => a.name);
      const url = `/cases/${c.id}/`;

      const apa = doc.querySelector('.citation-apa')?.text ?? '';
      expect(apa, c.id).toContain(title);
      for (const name of authors) expect(apa, c.id).toContain(name);
      expect(apa, c.id).toContain(url);
      expect(apa, c.id).toMatch(new RegExp(`\\((\\d{4}|n\\.d\\.)\\)`));

      const bib = doc.querySelector('pre.citation-bibtex')?.text ?? '';
      expect(bib, c.id).toMatch(new RegExp(`^@misc\\{atlas-${c.id},`));
      expect(bib, c.id).toContain(`title = {{${latex(title)}}}`);
      expect(bib, c.id).toContain(`author = {${authors.map(latex).join(' and ')}}`);
      expect(bib, c.id).toContain(`url = {${url}}`);

      expect(
        doc.querySelectorAll('a').map((a) => a.getAttribute('href')),
        c.id,
      ).toContain(url);

      // RIS and CSL-JSON beside them, on the page and as files to import.
      expect(doc.querySelector('pre.citation-ris')?.text, c.id).toContain(`UR  - ${url}`);
      const csl = JSON.parse(doc.querySelector('pre.citation-csl')?.text ?? '[]') as { URL: string; title: string }[];
      expect(csl[0], c.id).toMatchObject({ URL: url, title });
      expect(readFileSync(join(dist, 'cases', c.id, 'citation.ris'), 'utf8'), c.id).toContain(`TI  - ${title}`);
      expect(JSON.parse(readFileSync(join(dist, 'cases', c.id, 'citation.json'), 'utf8')), c.id).toEqual(csl);
      // And the dataset, as CITATION.cff asks.
      expect(doc.querySelector('.citation-dataset')?.text, c.id).toMatch(
        /Practice Atlas contributors\. \(\d{4}\)\. Practice Atlas.*\[Data set\]\. \/data\/$/,
      );
    }
  });
});
