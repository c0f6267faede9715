/**
 * Sources and citations in the built fixture site: every source page lists exactly the
 * pages citing it; every citation mark on a case page leads to a note and the note to its
 * source's page; every figure in a facts panel or outcome table is cited; every status
 * says as of when.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { readContent, type RawEntry } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const dist = inject('fixtureDist');
const content = readContent(fixtureContent);

/** Every source id an entry's data names: its source list and any `source:` under it, however deep. */
function citedIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => citedIds(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'source' && typeof v === 'string') found.add(v);
      else if (key === 'sources' && Array.isArray(v)) v.forEach((id) => typeof id === 'string' && found.add(id));
      else citedIds(v, found);
    }
  }
  return found;
}

/** Source ids of the <Cite> elements in a body, read with a pattern of the test's own. */
const bodySources = (entry: RawEntry) => [...(entry.body ?? '').matchAll(/<Cite\s[^>]*source="([^"]+)"/g)].map((m) => m[1]!);

const pagesCiting = (id: string): string[] => {
  const hrefs: string[] = [];
  const add = (prefix: string, entries: RawEntry[]) => {
    for (const e of entries) if (citedIds(e.data).has(id) || bodySources(e).includes(id)) hrefs.push(`/${prefix}/${e.id}/`);
  };
  add('cases', content.cases);
  add('tours', content.tours);
  add('projects', content.projects);
  add('organisations', content.organisations);
  add('regions', content.regions);
  // A trail has no page of its own: it is cited from its row of /transfers/.
  for (const t of content.trails) if (citedIds(t.data).has(id)) hrefs.push(`/transfers/#trail-${t.id}`);
  return hrefs.sort();
};

describe('source pages', () => {
  it('gives every source a page listing exactly the pages that cite it', () => {
    expect(content.sources.length).toBeGreaterThan(0);
    for (const source of content.sources) {
      const doc = page(dist, `/sources/${source.id}/`);
      expect(doc.querySelector('h1')?.text.trim(), source.id).toBe(String(source.data['title']));
      const listed = doc.querySelectorAll('.citing-pages a').map((a) => a.getAttribute('href')!);
      expect([...listed].sort(), source.id).toEqual(pagesCiting(source.id));
    }
    // The fixture keeps one source nobody cites, whose page lists no page.
    expect(pagesCiting('fixture-uncited-leaflet')).toEqual([]);
  });

  it('lists the claims citing a source with their passage and excerpt', () => {
    const doc = page(dist, '/sources/fixture-final-report/');
    const rows = doc.querySelectorAll('table.claims tbody tr').map((tr) =>
      tr
        .querySelectorAll('td')
        .map((td) => td.text.replace(/\s+/g, ' ').trim())
        .join(' | '),
    );
    expect(rows).toContain(
      'Fixture: Health mediation in Region Alpha | Outcome figure: 120 people: people supported | Table 2 — 120 people were supported in 2020.',
    );
    expect(rows).toContain('Fixture: Health mediation in Region Alpha | Status: Ended (as of 2022, per the report) | Summary');
    expect(rows).toContain('Fixture: Project One | Lead: Fixture: Alpha Health Cooperative | Partners');
  });

  it('says when a source has no address or date, and marks a descriptive title', () => {
    const fact = (path: string, label: string) =>
      page(dist, path)
        .querySelectorAll('.facts dt')
        .find((dt) => dt.text.trim() === label)
        ?.nextElementSibling?.text.replace(/\s+/g, ' ')
        .trim();
    expect(fact('/sources/fixture-beta-debrief/', 'Title')).toBe(
      'Notes from the Beta visit (descriptive title given by the editors: the document carries none)',
    );
    expect(fact('/sources/fixture-beta-debrief/', 'Address')).toBe('not known');
    expect(fact('/sources/fixture-housing-report/', 'Date')).toBe('undated');
    expect(fact('/sources/fixture-final-report/', 'Address')).toBe('https://example.org/fixture-project/report.pdf');
  });

  it('lists every source on /sources/ and links the record of the corpus pass', () => {
    const doc = page(dist, '/sources/');
    const links = doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const source of content.sources) expect(links, source.id).toContain(`/sources/${source.id}/`);
    expect(links.some((href) => href?.endsWith('/docs/sources.md'))).toBe(true);
  });
});

describe('citations on case and tour pages', () => {
  const pages = [...content.cases.map((c) => `/cases/${c.id}/`), ...content.tours.map((t) => `/tours/${t.id}/`)];

  it('resolves every citation mark to a note, and every note to its source page', () => {
    let marks = 0;
    for (const path of pages) {
      const doc = page(dist, path);
      const ids = doc.querySelectorAll('[id]').map((e) => e.id);
      expect(new Set(ids).size, `${path}: ids are unique`).toBe(ids.length);
      for (const a of doc.querySelectorAll('.cite-mark a')) {
        marks++;
        const href = a.getAttribute('href')!;
        expect(href, path).toMatch(/^#note-\d+$/);
        const note = doc.querySelector(`.notes li${href}`);
        expect(note, `${path} ${href}`).not.toBeNull();
        expect(a.text.trim()).toBe(`[${href.slice('#note-'.length)}]`);
        const source = note!.getAttribute('data-source')!;
        expect(note!.querySelector('a.note-source')?.getAttribute('href')).toBe(`/sources/${source}/`);
        expect(existsSync(join(dist, 'sources', source, 'index.html')), source).toBe(true);
        // The note links back to a mark that is on the page.
        const back = note!.querySelector('a.note-back')!.getAttribute('href')!.slice(1);
        expect(ids, `${path} ${href} back link`).toContain(back);
      }
      // Every note is used by at least one mark.
      const used = new Set(doc.querySelectorAll('.cite-mark a').map((a) => a.getAttribute('href')));
      for (const li of doc.querySelectorAll('.notes li')) expect(used.has(`#${li.id}`), `${path} ${li.id}`).toBe(true);
    }
    expect(marks).toBeGreaterThan(20);
  });

  it('numbers a citation of the body and of the facts as notes of the same list', () => {
    const doc = page(dist, '/cases/alpha-health-mediation/');
    const notes = doc.querySelectorAll('.notes li').map((li) => li.text.replace(/\s+/g, ' ').trim());
    expect(notes[0]).toMatch(/^Fixture project final report, Section 1\. Newcomers reached the service late\./);
    expect(notes.some((n) => n.startsWith('Fixture project final report, Partners.'))).toBe(true);
    expect(doc.querySelector('.case-body .cite-mark a')?.getAttribute('href')).toBe('#note-1');
  });

  it('cites every figure of a facts panel and an outcome table', () => {
    let checked = 0;
    for (const c of content.cases) {
      const doc = page(dist, `/cases/${c.id}/`);
      for (const dd of doc.querySelectorAll('.facts dd')) {
        const clone = dd.clone() as typeof dd;
        clone.querySelectorAll('.cite-mark').forEach((m) => m.remove());
        if (/\d/.test(clone.text)) {
          checked++;
          expect(dd.querySelector('.cite-mark'), `${c.id}: ${clone.text.trim()}`).not.toBeNull();
        }
      }
      for (const td of doc.querySelectorAll('td.outcome-value')) {
        checked++;
        expect(td.querySelector('.cite-mark'), `${c.id} outcome ${td.text.trim()}`).not.toBeNull();
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('shows no status without its "as of"', () => {
    for (const path of pages) {
      const doc = page(dist, path);
      const statuses = doc.querySelectorAll('.status-as-of');
      expect(statuses.length, path).toBeGreaterThan(0);
      for (const s of statuses)
        expect(s.text, path).toMatch(/\((as of (\d{1,2} )?([A-Z][a-z]+ )?\d{4}, per the |as of an undated |no source reports where it stands)/);
    }
    // The list of tours gives each its status as of its source too.
    const listed = page(dist, '/tours/').querySelectorAll('.status-as-of');
    expect(listed.length).toBe(content.tours.length);
    for (const s of listed)
      expect(s.text).toMatch(/\((as of (\d{1,2} )?([A-Z][a-z]+ )?\d{4}, per the |as of an undated |no source reports where it stands)/);
    const status = page(dist, '/cases/gamma-housing-mentoring/').querySelector('.status-as-of')!;
    expect(
      status.text
        .replace(/\[\d+\]/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Planned (as of 2024, per the project page); outcome not reported');
    expect(page(dist, '/tours/beta-completed-visit/').querySelector('.status-as-of')!.text).toContain(
      'Completed (as of 10 February 2025, per the debrief)',
    );
  });

  it("marks each excerpt with its language: the source's, or the one its citation names", () => {
    const quotes = page(dist, '/sources/fixture-housing-report/')
      .querySelectorAll('q')
      .map((q) => [q.text, q.getAttribute('lang')]);
    expect(quotes).toContainEqual(['Alpha adopted the steering group model.', 'en']);
    expect(quotes).toContainEqual(['Le guichet est ouvert depuis 2020.', 'fr']);
  });

  it("shows the editors' inference as theirs, and a tour's suggestions apart from its stops", () => {
    const inference = page(dist, '/cases/alpha-health-mediation/').querySelector('[data-inference]');
    expect(inference?.text.replace(/\s+/g, ' ')).toContain(
      "Editors' inference (not stated by a source): The desk probably reached more people",
    );
    const tour = page(dist, '/tours/beta-completed-visit/');
    const programme = tour.querySelector('#programme-heading')!.parentNode!;
    expect(programme.querySelectorAll('a').map((a) => a.getAttribute('href'))).not.toContain('/organisations/gamma-migrant-association/');
    const suggestions = tour.querySelector('section.suggestions')!;
    expect(suggestions.querySelector('h2')?.text).toBe('Suggested by the editors: not on any reported programme');
    expect(suggestions.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/organisations/gamma-migrant-association/');
  });

  it('shows the review status of every case as a search filter, and of every tour', () => {
    for (const c of content.cases) {
      // Filtered by the status id (the same in every language), shown by its label.
      const status = (c.data['review'] as { status: string }).status;
      const review = page(dist, `/cases/${c.id}/`).querySelector(`[data-pagefind-filter="review:${status}"]`);
      expect(review?.text.trim(), c.id).toBe(status[0]!.toUpperCase() + status.slice(1));
    }
    for (const t of content.tours) expect(page(dist, `/tours/${t.id}/`).querySelector('#review-heading'), t.id).not.toBeNull();
  });
});

describe('the JSON export', () => {
  it('holds the sources, the citations of fields and figures, and those written in bodies', () => {
    const json = (name: string) => JSON.parse(readFileSync(join(dist, 'data', `${name}.json`), 'utf8')) as Record<string, unknown>[];
    expect(json('sources').map((s) => s['id'])).toEqual(content.sources.map((s) => s.id).sort());
    const alpha = json('cases').find((c) => c['id'] === 'alpha-health-mediation')!;
    expect(alpha['sources']).toEqual(['fixture-final-report']);
    expect(alpha['citations']).toMatchObject({ status: { source: 'fixture-final-report', at: 'Summary', asOf: '2022' } });
    expect((alpha['outcomes'] as Record<string, unknown>[])[0]).toMatchObject({ source: 'fixture-final-report', at: 'Table 2' });
    expect(alpha['bodyCitations']).toContainEqual({
      source: 'fixture-final-report',
      at: 'Table 2',
      excerpt: '120 people were supported in 2020.',
    });
  });
});
