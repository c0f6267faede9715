/**
 * Transfer trails in the built fixture site: every trail on /transfers/ with its furthest
 * stage, in its scope's section; on the pages of both its ends and of the tour it names;
 * its stages cited; and in the open data. Expectations are worked out from the content
 * files by the test itself, not by the site's code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page, searchIndex } from '../helpers/built-site.ts';
import { readContent, type RawEntry } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const dist = inject('fixtureDist');
const content = readContent(fixtureContent);
const transfers = () => page(dist, '/transfers/');

type Decision = { what: unknown; domains?: string[]; from?: End; to: End; stage: string };
// The decisions of tour debriefs, as the trails the atlas makes of them: through the tour,
// from its host region unless said otherwise, at their one stage.
const decisions: RawEntry[] = content.tours.flatMap((tour) =>
  ((tour.data['decisions'] as (Decision & { trail?: string })[] | undefined) ?? [])
    .map((d, i) => ({ d, id: `${tour.id}-decision-${i + 1}` }))
    .filter(({ d }) => !d.trail)
    .map(({ d, id }) => {
      const from = d.from ?? { region: tour.data['host'] as string };
      return {
        id,
        data: {
          domains: d.domains,
          from,
          to: d.to,
          through: { channel: 'study-tour', tour: tour.id },
          stages: [{ stage: d.stage }],
          scope: 'decision',
        },
      };
    }),
);

type End = { region?: string; project?: string; case?: string; cases?: string[] };
const data = (t: RawEntry) => t.data as { scope: string; from: End; to: End; through?: { tour?: string }; stages: { stage: string }[] };
const furthest = (t: RawEntry) => data(t).stages.at(-1)!.stage;
/** A decision's scope, as the atlas reads it: within-region when both ends are the same regions. */
const scopeOf = (t: RawEntry) => {
  if (data(t).scope !== 'decision') return data(t).scope;
  const [a, b] = [endRegions(data(t).from), endRegions(data(t).to)];
  return a.length === b.length && a.every((r) => b.includes(r)) ? 'within-region' : 'interregional';
};
const allTrails = () => [...content.trails, ...decisions];
const regionsOf = (kind: 'cases' | 'projects', id: string): string[] => content[kind].find((e) => e.id === id)!.data['regions'] as string[];
const endRegions = (end: End): string[] => {
  if (end.region) return [end.region];
  const cases = [...(end.case ? [end.case] : []), ...(end.cases ?? [])];
  if (cases.length) return [...new Set(cases.flatMap((c) => regionsOf('cases', c)))];
  return end.project ? regionsOf('projects', end.project) : [];
};
const trailIdsIn = (path: string, section: string): string[] =>
  page(dist, path)
    .querySelectorAll(`[data-trails="${section}"] li[data-trail]`)
    .map((li) => li.getAttribute('data-trail')!);

describe('/transfers/', () => {
  it('lists every trail once with its furthest stage, in the section of its scope', () => {
    expect(content.trails.length).toBeGreaterThanOrEqual(3);
    const doc = transfers();
    for (const t of content.trails) {
      const cards = doc.querySelectorAll(`li.trail[data-trail="${t.id}"]`);
      expect(cards, t.id).toHaveLength(1);
      expect(cards[0]!.getAttribute('data-stage')).toBe(furthest(t));
      expect(cards[0]!.querySelector('[data-furthest]')!.getAttribute('data-furthest')).toBe(furthest(t));
      expect(cards[0]!.closest('section')!.getAttribute('data-scope')).toBe(data(t).scope);
      expect(cards[0]!.getAttribute('id')).toBe(`trail-${t.id}`);
    }
  });

  it('shows every stage with a citation mark that leads to a note naming the source', () => {
    const doc = transfers();
    for (const t of content.trails) {
      const stages = doc.querySelectorAll(`li.trail[data-trail="${t.id}"] .trail-stages > li`);
      expect(stages.map((li) => li.getAttribute('data-stage'))).toEqual(data(t).stages.map((s) => s.stage));
      for (const li of stages) {
        const href = li.querySelector('.cite-mark a')!.getAttribute('href')!;
        const note = doc.querySelector(href)!;
        expect(note.querySelector('a.note-source')!.getAttribute('href')).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
      }
    }
  });

  it('says what was adapted and what got in the way where a trail records it', () => {
    const card = transfers().querySelector('li.trail[data-trail="alpha-mediation-to-beta"]')!;
    expect(card.text).toContain('Mediators work in pairs.');
    expect(card.text).toContain('No budget line for interpreters.');
    expect(card.querySelector('[data-end="from"] a')!.getAttribute('href')).toBe('/cases/alpha-health-mediation/');
  });

  it('is linked from the main navigation', () => {
    expect(
      page(dist, '/')
        .querySelectorAll('nav a')
        .map((a) => a.getAttribute('href')),
    ).toContain('/transfers/');
  });
});

describe('trails on the pages of their ends and tours', () => {
  it('shows each trail on its cases: where the practice came from and where it went', () => {
    for (const t of content.trails) {
      const { from, to } = data(t);
      if (from.case) expect(trailIdsIn(`/cases/${from.case}/`, 'trails-to-heading'), t.id).toContain(t.id);
      for (const c of to.cases ?? []) expect(trailIdsIn(`/cases/${c}/`, 'trails-from-heading'), t.id).toContain(t.id);
    }
  });

  it('shows each trail on the regions of both ends: taken, given, or carried on within', () => {
    for (const t of content.trails) {
      const { from, to, scope } = data(t);
      for (const r of endRegions(to))
        expect(
          trailIdsIn(`/regions/${r}/`, scope === 'interregional' ? 'trails-took-heading' : 'trails-within-heading'),
          `${t.id} → ${r}`,
        ).toContain(t.id);
      for (const r of endRegions(from))
        expect(
          trailIdsIn(`/regions/${r}/`, scope === 'interregional' ? 'trails-gave-heading' : 'trails-within-heading'),
          `${t.id} ← ${r}`,
        ).toContain(t.id);
    }
  });

  it('shows on a tour page the trails that name it, and no section where none does', () => {
    const named = new Set(content.trails.map((t) => data(t).through?.tour).filter(Boolean));
    for (const tour of content.tours) {
      const expected = allTrails()
        .filter((t) => data(t).through?.tour === tour.id)
        .map((t) => t.id);
      expect(trailIdsIn(`/tours/${tour.id}/`, 'trails-heading').sort(), tour.id).toEqual(expected.sort());
    }
    expect(named.size).toBeGreaterThan(0);
  });
});

describe('trails in the open data', () => {
  it('exports every trail as JSON and its stages as a tidy table', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data', 'trails.json'), 'utf8')) as { id: string; stages: { stage: string }[] }[];
    expect(json.map((t) => t.id).sort()).toEqual(
      allTrails()
        .map((t) => t.id)
        .sort(),
    );
    for (const t of json) expect(t.stages.at(-1)!.stage).toBe(furthest(allTrails().find((c) => c.id === t.id)!));
    const csv = readFileSync(join(dist, 'data', 'trails-stages.csv'), 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows.length - 1).toBe(allTrails().reduce((n, t) => n + data(t).stages.length, 0));
  });
});

describe('the transfer charts', () => {
  it('draws one arc per between-regions trail and pair of distinct end regions, styled by furthest stage, with an arrowhead', () => {
    const svg = transfers().querySelector('#transfer-arcs svg')!;
    const arcs = svg.querySelectorAll('path.transfer-arc');
    const expected = allTrails()
      .filter((t) => scopeOf(t) === 'interregional')
      .flatMap((t) =>
        endRegions(data(t).from).flatMap((f) =>
          endRegions(data(t).to)
            .filter((r) => r !== f)
            .map((r) => `${t.id}:${f}>${r}:${furthest(t)}`),
        ),
      );
    expect(
      arcs
        .map(
          (a) =>
            `${a.getAttribute('data-trail')}:${a.getAttribute('data-from')}>${a.getAttribute('data-to')}:${a.getAttribute('data-stage')}`,
        )
        .sort(),
    ).toEqual(expected.sort());
    for (const a of arcs) expect(a.getAttribute('marker-end')).toMatch(/^url\(#.+-arrow\)$/);
    // Line style, not colour, tells the stages apart: each stage on the map has its own dash pattern.
    const dashByStage = new Map(arcs.map((a) => [a.getAttribute('data-stage'), a.getAttribute('stroke-dasharray') ?? 'solid']));
    expect(new Set(dashByStage.values()).size).toBe(dashByStage.size);
    expect(svg.toString()).not.toMatch(/\sstyle=/);
  });

  it("lists the arcs in the chart's data table and CSV, with the furthest stage", () => {
    const rows = transfers().querySelectorAll('#transfer-arcs details table tbody tr');
    const arcs = transfers().querySelectorAll('#transfer-arcs path.transfer-arc');
    expect(rows).toHaveLength(arcs.length);
    const csv = readFileSync(join(dist, 'data', 'charts', 'transfer-arcs.csv'), 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]!.replace('\uFEFF', '')).toBe('trail_title,trail,from_name,from,to_name,to,stage');
    expect(csv).toHaveLength(arcs.length + 1);
  });

  it('counts trails per domain by furthest stage, within-region trails apart', () => {
    const cells = transfers().querySelectorAll('#transfer-stages .stage-cell');
    const count = (scope: string, domain: string, stage: string) =>
      Number(
        cells
          .find(
            (c) =>
              c.getAttribute('data-scope') === scope && c.getAttribute('data-domain') === domain && c.getAttribute('data-stage') === stage,
          )!
          .getAttribute('data-count'),
      );
    for (const scope of ['interregional', 'within-region']) {
      for (const d of [...content.domains.map((x) => x.id), '-']) {
        for (const stage of ['interest', 'planned', 'piloted', 'adopted', 'discontinued']) {
          const expected = allTrails().filter((t) => {
            const doms = t.data['domains'] as string[] | undefined;
            return scopeOf(t) === scope && furthest(t) === stage && (d === '-' ? !doms : (doms ?? []).includes(d));
          }).length;
          expect(count(scope, d, stage), `${scope} ${d} ${stage}`).toBe(expected);
        }
      }
    }
    const csv = readFileSync(join(dist, 'data', 'charts', 'transfer-stages.csv'), 'utf8');
    expect(csv).toContain('Within one region');
  });
});

describe('trails on the pages of the sources they cite', () => {
  it('lists each stage as a claim of its source, linked to the trail', () => {
    const doc = page(dist, '/sources/fixture-final-report/');
    expect(doc.querySelectorAll('.citing-pages li').map((li) => li.getAttribute('data-page'))).toContain(
      '/transfers/#trail-alpha-mediation-to-beta',
    );
    const rows = doc
      .querySelectorAll('table.claims tbody tr')
      .filter((tr) => tr.querySelector('a')?.getAttribute('href') === '/transfers/#trail-alpha-mediation-to-beta');
    expect(rows.map((tr) => tr.querySelectorAll('td')[1]!.text.trim())).toEqual([
      'Transfer stage: Interest',
      'Transfer stage: Planned',
      'Transfer stage: Piloted',
    ]);
  });
});

describe('after a tour', () => {
  it('lists what participants decided to try as trails at their first stage, on /transfers/ and the pages of both ends', () => {
    expect(decisions.length).toBeGreaterThan(0);
    for (const t of decisions) {
      const card = transfers().querySelector(`li.trail[data-trail="${t.id}"]`);
      expect(card?.getAttribute('data-stage'), t.id).toBe(furthest(t));
      expect(card?.getAttribute('data-scope')).toBe(scopeOf(t));
      for (const r of endRegions(data(t).to))
        expect(trailIdsIn(`/regions/${r}/`, scopeOf(t) === 'interregional' ? 'trails-took-heading' : 'trails-within-heading')).toContain(
          t.id,
        );
      if (data(t).from.case) expect(trailIdsIn(`/cases/${data(t).from.case}/`, 'trails-to-heading')).toContain(t.id);
    }
    const json = JSON.parse(readFileSync(join(dist, 'data', 'trails.json'), 'utf8')) as { id: string }[];
    expect(json.map((t) => t.id)).toEqual(expect.arrayContaining(decisions.map((t) => t.id)));
  });

  it('shows follow-ups six and twelve months after the last day, and says when one is due', () => {
    // Worked out here from the dates and the day the test runs, without the site's code.
    const day = new Date().toISOString().slice(0, 10);
    for (const tour of content.tours) {
      const dates = tour.data['dates'] as { start: string; end?: string } | undefined;
      const section = page(dist, `/tours/${tour.id}/`).querySelector('section.follow-ups');
      if (!dates) {
        expect(section, tour.id).toBeNull();
        continue;
      }
      const last = new Date(`${dates.end ?? dates.start}T00:00:00Z`);
      const plus = (m: number) => {
        const d = new Date(last);
        d.setUTCMonth(d.getUTCMonth() + m);
        return d.toISOString().slice(0, 10);
      };
      const expected = [6, 12].map((m) => [`${m === 6 ? '6' : '12'}-months`, plus(m) <= day ? 'due' : 'upcoming']);
      expect(section!.querySelectorAll('li').map((li) => [li.getAttribute('data-follow-up'), li.getAttribute('data-state')])).toEqual(
        expected,
      );
      const due = expected.some(([, state]) => state === 'due');
      expect(section!.getAttribute('data-follow-up-due')).toBe(String(due));
      expect(section!.querySelector('.follow-up-notice') !== null).toBe(due);
    }
  });
});

describe('search by transfer stage', () => {
  it('gives each case the furthest stages of the trails naming it, as a search filter offered on /search/', () => {
    const order = ['interest', 'planned', 'piloted', 'adopted', 'discontinued'];
    const indexed = searchIndex(dist);
    let withStage = 0;
    for (const c of content.cases) {
      const naming = allTrails().filter((t) => data(t).from.case === c.id || (data(t).to.cases ?? []).includes(c.id));
      const expected = [...new Set(naming.map(furthest))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      const entry = indexed.find((p) => p.url === `/cases/${c.id}/`)!;
      expect(entry.filters['transferStage'] ?? [], c.id).toEqual(expected);
      if (expected.length > 0) withStage++;
    }
    expect(withStage).toBeGreaterThan(1);
    expect(page(dist, '/search/').text).toContain('Transfer stage');
  });
});

describe('comparisons narrowed by transfer stage', () => {
  // The cases a trail names at either end, worked out from the files.
  const casesOf = (t: RawEntry): string[] => {
    const { from, to } = data(t);
    return [...(from.case ? [from.case] : []), ...(to.case ? [to.case] : []), ...(to.cases ?? [])];
  };
  const stagesOfCase = (id: string) => new Set(allTrails().filter((t) => casesOf(t).includes(id)).map(furthest));

  it('offers, on each domain comparison, a page per stage listing exactly the cases whose trails reached it', () => {
    let pages = 0;
    for (const domain of content.domains) {
      const inDomain = content.cases.filter((c) => (c.data['domains'] as string[]).includes(domain.id));
      const stages = new Set(inDomain.flatMap((c) => [...stagesOfCase(c.id)]));
      const links = page(dist, `/compare/${domain.id}/`)
        .querySelectorAll('nav.stage-links a')
        .map((a) => a.getAttribute('href'));
      expect(links.sort(), domain.id).toEqual([...stages].map((s) => `/compare/${domain.id}/stage/${s}/`).sort());
      for (const stage of stages) {
        const shown = page(dist, `/compare/${domain.id}/stage/${stage}/`)
          .querySelectorAll('tr[data-case]')
          .map((tr) => tr.getAttribute('data-case'));
        const expected = inDomain.filter((c) => stagesOfCase(c.id).has(stage)).map((c) => c.id);
        expect(new Set(shown), `${domain.id} ${stage}`).toEqual(new Set(expected));
        pages++;
      }
    }
    // The fixture's trails name cases, so at least one narrowed comparison exists.
    expect(pages).toBeGreaterThan(0);
  });
});
