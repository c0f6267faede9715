import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  casesByDomain,
  gatherQuestions,
  programmeByDay,
  readingList,
  regionContacts,
  tourOrganisations,
  tourQuestions,
  visitLanguages,
} from '../../src/lib/brief.ts';
import { tourCalendar, tourEvents } from '../../src/lib/tour-calendar.ts';
import { makeAtlas } from '../helpers/atlas.ts';

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

const atlas = makeAtlas({
  cases: {
    a: {
      regions: ['r1'],
      domains: ['health'],
      lead: 'o1',
      questions: ['Who trains the mediators?'],
      difficulties: 'Staff turnover.',
      visit: { open: true, languages: ['it'], contact: 'o3' },
    },
    b: { regions: ['r1', 'r2'], domains: ['housing', 'health'], lead: 'o2', partners: ['o1'] },
    c: { regions: ['r3'], domains: ['skills'], lead: 'o3', questions: ['How are skills assessed?'] },
  },
  tours: {
    planned: {
      dates: { start: '2026-05-11', end: '2026-05-12' },
      questions: ['What would we change at home?'],
      stops: [
        { organisation: 'o2', topic: 'Housing desk', cases: ['b'], day: '2026-05-12', time: '14:00' },
        {
          organisation: 'o1',
          topic: 'Mediation, then lunch',
          cases: ['a', 'b'],
          day: '2026-05-11',
          time: '09:30',
          address: '1 Via Roma, Torino',
        },
        { organisation: 'o1', topic: 'Debrief at the cooperative', day: '2026-05-11' },
        { organisation: 'o3', topic: 'Call, day to be fixed' },
      ],
    },
    undated: { reading: ['c'], stops: [{ organisation: 'o3', topic: 'Skills', cases: ['c'] }] },
  },
});
const planned = atlas.tourById.get('planned')!;
const undated = atlas.tourById.get('undated')!;

describe('gathering questions', () => {
  it("puts the tour's own questions first, then each visited case's, attributed to it", () => {
    const q = tourQuestions(atlas, planned);
    expect(q.own).toEqual(['What would we change at home?']);
    expect(q.cases.map((g) => g.entry.id)).toEqual(['b', 'a']);
    const a = q.cases.find((g) => g.entry.id === 'a')!;
    expect(a.questions).toEqual(['Who trains the mediators?']);
    expect(a.difficulties).toBe('Staff turnover.');
    expect(a.transferability).toBe(atlas.caseById.get('a')!.data.transferability);
  });

  it('gives a case without questions or difficulties its transferability alone', () => {
    const [b] = gatherQuestions([atlas.caseById.get('b')!]).cases;
    expect(b!.questions).toEqual([]);
    expect(b!.difficulties).toBeUndefined();
    expect(b!.transferability.length).toBeGreaterThan(0);
  });
});

describe('reading list', () => {
  it('defaults to the cases of the stops, in programme order, without repeats', () => {
    expect(ids(readingList(atlas, planned))).toEqual(['b', 'a']);
  });

  it("uses the tour's own list when it gives one", () => {
    expect(ids(readingList(atlas, undated))).toEqual(['c']);
  });
});

describe('programme', () => {
  it('groups stops by day in date order, keeping programme order within a day, undated last', () => {
    const days = programmeByDay(planned);
    expect(days.map((d) => d.day)).toEqual(['2026-05-11', '2026-05-12', undefined]);
    expect(days[0]!.stops.map((s) => s.topic)).toEqual(['Mediation, then lunch', 'Debrief at the cooperative']);
  });

  it('lists each organisation met once', () => {
    expect(ids(tourOrganisations(atlas, planned))).toEqual(['o2', 'o1', 'o3']);
  });
});

describe('region brief', () => {
  it('groups the cases of a region by domain, leaving empty domains out and summarising each case once', () => {
    const groups = casesByDomain(atlas, 'r1');
    expect(groups.map((g) => [g.domain.id, g.cases.map((c) => c.entry.id)])).toEqual([
      ['health', ['a', 'b']],
      ['housing', ['b']],
    ]);
    // b is summarised under health, and only named again under housing.
    expect(groups.map((g) => g.cases.map((c) => c.firstMention))).toEqual([[true, true], [false]]);
  });

  it('lists leads, partners, visit contacts and organisations based there, with their part', () => {
    const contacts = regionContacts(atlas, 'r1');
    expect(contacts.map((c) => c.organisation.id)).toEqual(['o1', 'o2', 'o3']);
    const o1 = contacts[0]!;
    expect([ids(o1.leads), ids(o1.partners), o1.basedHere]).toEqual([['a'], ['b'], true]);
    expect(ids(contacts[2]!.visitContact)).toEqual(['a']);
    // Every factory organisation is based in r1; r2 has only the lead and partner of b.
    expect(regionContacts(atlas, 'r2').map((c) => c.organisation.id)).toEqual(['o1', 'o2']);
  });

  it('lists the languages a visit can be held in, for cases that state them', () => {
    expect(visitLanguages(atlas.cases).map((v) => [v.entry.id, v.languages])).toEqual([['a', ['it']]]);
  });
});

describe('tour calendar', () => {
  const opts = { briefUrl: 'https://atlas.test/tours/planned/', uidDomain: 'atlas.test', stamp: new Date('2026-01-01T00:00:00Z') };

  it('has no calendar for a tour without dates', () => {
    expect(tourCalendar(atlas, undated, opts)).toBeUndefined();
    expect(tourEvents(atlas, undated, opts)).toEqual([]);
  });

  it('has an all-day event per day and a timed event per stop with a day and a time', () => {
    const vcal = new ICAL.Component(ICAL.parse(tourCalendar(atlas, planned, opts)!));
    const events = vcal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const allDay = events.filter((e) => e.startDate.isDate);
    expect(allDay.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['2026-05-11', '2026-05-12'],
      ['2026-05-12', '2026-05-13'],
    ]);
    const timed = events.filter((e) => !e.startDate.isDate);
    expect(timed.map((e) => e.startDate.toString()).sort()).toEqual(['2026-05-11T09:30:00', '2026-05-12T14:00:00']);
    const mediation = timed.find((e) => e.summary.includes('Mediation, then lunch'))!;
    expect(mediation.location).toBe('1 Via Roma, Torino');
    expect(mediation.description).toContain(opts.briefUrl);
    // An untimed stop is named in its day's event, not given an hour.
    expect(allDay[0]!.description).toContain('Debrief at the cooperative');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('names no brief address when the site has none (a calendar URL must be a full address)', () => {
    const events = tourEvents(atlas, planned, { ...opts, briefUrl: undefined });
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.url).toBeUndefined();
      expect(e.description).not.toMatch(/Brief:/);
    }
    expect(tourCalendar(atlas, planned, { ...opts, briefUrl: undefined })).not.toMatch(/^URL:/m);
  });
});
