/**
 * Tour and region briefs, and tour calendars, against the fixture site. What a brief
 * must hold is computed from the fixture files, so adding a fixture adds assertions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { readContent, type RawEntry } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';
import { caseQuestionTexts as questionsOf, stopCases, type RawStop as Stop } from '../helpers/brief-content.ts';

const dist = inject('fixtureDist');
const content = readContent(fixtureContent);
type Raw = Record<string, unknown>;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const textOf = (el: { text: string } | null | undefined) => squash(el?.text ?? '');
const byId = (list: RawEntry[], id: string): Raw => list.find((x) => x.id === id)?.data ?? {};
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const links = (el: ReturnType<typeof page> | null | undefined) => (el?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));

describe('tour briefs', () => {
  for (const tour of content.tours) {
    const d = tour.data;
    const stops = d['stops'] as Stop[];
    const doc = page(dist, `/tours/${tour.id}/`);
    const main = doc.querySelector('main')!;

    describe(tour.id, () => {
      it('holds every objective and every stop: organisation, what it does, web address, topic, address, time and cases', () => {
        for (const o of list(d['objectives'])) expect(textOf(main)).toContain(squash(o));
        const programme = main.querySelector('#programme-heading')!.parentNode!;
        const items = programme.querySelectorAll('.brief-stop');
        expect(items).toHaveLength(stops.length);
        // Stops are grouped by day, so look each up by its topic rather than by position.
        for (const stop of stops) {
          const item = items.find((li) => textOf(li).includes(squash(stop.topic)));
          expect(item, `${tour.id}: stop "${stop.topic}"`).toBeDefined();
          const org = byId(content.organisations, stop.organisation);
          expect(textOf(item)).toContain(squash(String(org['name'])));
          expect(links(item)).toContain(`/organisations/${stop.organisation}/`);
          if (org['description']) expect(textOf(item)).toContain(squash(String(org['description'])));
          if (org['url']) expect(links(item)).toContain(org['url']);
          if (stop.address) expect(textOf(item)).toContain(squash(stop.address));
          if (stop.time) expect(textOf(item)).toContain(stop.time);
          for (const c of stop.cases ?? []) expect(links(item)).toContain(`/cases/${c}/`);
        }
      });

      it('lists every case to read, with its summary, defaulting to the cases of the stops', () => {
        const reading = list(d['reading']).length ? list(d['reading']) : stopCases(tour);
        const section = main.querySelector('#reading-heading')!.parentNode!;
        expect(section.querySelectorAll('li').map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(
          reading.map((id) => `/cases/${id}/`),
        );
        for (const id of reading) expect(textOf(section)).toContain(squash(String(byId(content.cases, id)['summary'])));
      });

      it('gathers every question from the tour and from each visited case, under that case', () => {
        const section = main.querySelector('#questions-heading')!.parentNode!;
        for (const q of list(d['questions'])) expect(textOf(section)).toContain(squash(q));
        for (const [caseId, q] of questionsOf(content, stopCases(tour))) {
          const group = section.querySelector(`#questions-${caseId}`)?.parentNode;
          expect(links(group), `${tour.id}: questions of ${caseId}`).toContain(`/cases/${caseId}/`);
          expect(textOf(group)).toContain(squash(q));
        }
      });

      it('states languages and interpretation as the frontmatter gives them', () => {
        const logistics = d['logistics'] as { languages?: string[]; interpretation?: boolean; notes?: string } | undefined;
        const text = textOf(main.querySelector('#logistics-heading')!.parentNode);
        for (const tag of logistics?.languages ?? []) expect(text).toContain(new Intl.DisplayNames(['en'], { type: 'language' }).of(tag)!);
        if (logistics?.interpretation !== undefined) expect(text).toContain(logistics.interpretation ? 'Provided' : 'Not provided');
        if (logistics?.notes) expect(text).toContain(squash(logistics.notes));
      });

      it('links a calendar only when the tour has dates', () => {
        const ics = `/tours/${tour.id}.ics`;
        expect(links(main).includes(ics)).toBe(Boolean(d['dates']));
        expect(existsSync(join(dist, ics))).toBe(Boolean(d['dates']));
      });

      it('shows the body, with what participants learned when the tour records it', () => {
        const body = readFileSync(join(fixtureContent, 'tours', `${tour.id}.mdx`), 'utf8').split(/^---$/m)[2] ?? '';
        const headings = main.querySelectorAll('.tour-body h2').map((h) => textOf(h));
        expect(headings).toEqual([...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim()));
        if (d['status'] === 'completed' && /^## What we learned$/m.test(body)) expect(headings).toContain('What we learned');
      });

      it('draws the host map as an image with a name, inline, with nothing fetched', () => {
        const svg = main.querySelector('.host-map svg[role=img]')!;
        const title = svg.querySelector('title')!;
        expect(svg.getAttribute('aria-labelledby')).toBe(title.id);
        expect(title.text).toContain(String(byId(content.regions, String(d['host']))['name']));
        expect(svg.querySelectorAll('path.host').length).toBeGreaterThan(0);
        expect(main.querySelectorAll('img, iframe, object')).toHaveLength(0);
      });
    });
  }
});

describe('tour calendars', () => {
  for (const tour of content.tours.filter((t) => t.data['dates'])) {
    it(`${tour.id}.ics is RFC 5545 with a day event per day and a timed event per timed stop`, () => {
      const text = readFileSync(join(dist, `tours/${tour.id}.ics`), 'utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      for (const line of text.slice(0, -2).split('\r\n')) {
        expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        expect(line).not.toMatch(/[\r\n]/);
      }
      const vcal = new ICAL.Component(ICAL.parse(text));
      expect(vcal.getFirstPropertyValue('version')).toBe('2.0');
      expect(vcal.getFirstPropertyValue('prodid')).toBeTruthy();
      expect(vcal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
      const events = vcal.getAllSubcomponents('vevent');
      for (const e of events) expect(e.getFirstPropertyValue('dtstamp')).toBeTruthy();
      const parsed = events.map((v) => new ICAL.Event(v));
      expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);

      const { start, end } = tour.data['dates'] as { start: string; end?: string };
      const days: string[] = [];
      for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end ?? start}T00:00:00Z`); t += 86_400_000)
        days.push(new Date(t).toISOString().slice(0, 10));
      const allDay = parsed.filter((e) => e.startDate.isDate);
      expect(allDay.map((e) => e.startDate.toString())).toEqual(days);
      for (const e of allDay) expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(86_400_000);

      const timedStops = (tour.data['stops'] as Stop[]).filter((s) => s.day && s.time);
      const timed = parsed.filter((e) => !e.startDate.isDate);
      expect(timed.map((e) => e.startDate.toString())).toEqual(timedStops.map((s) => `${s.day}T${s.time}:00`));
      timedStops.forEach((s, i) => {
        expect(timed[i]!.summary).toContain(s.topic);
        if (s.address) expect(timed[i]!.location).toBe(s.address);
      });
    });
  }
});

describe('tour calendars in the brief’s language', () => {
  const tour = content.tours.find((t) => t.data['dates'])!;
  it('links each language’s brief to a calendar worded in that language, its text tagged with it', () => {
    for (const lang of ['it', 'de']) {
      expect(links(page(dist, `/${lang}/tours/${tour.id}/`).querySelector('main'))).toContain(`/${lang}/tours/${tour.id}.ics`);
      const text = readFileSync(join(dist, `${lang}/tours/${tour.id}.ics`), 'utf8');
      const vcal = new ICAL.Component(ICAL.parse(text));
      const events = vcal.getAllSubcomponents('vevent');
      expect(events.length).toBeGreaterThan(0);
      for (const e of events) expect(e.getFirstProperty('summary')!.getParameter('language')).toBe(lang);
      // The day events say "day n of N" in the brief's language, not in English.
      const days = events.map((e) => String(e.getFirstPropertyValue('summary'))).filter((x) => /\d+\D+\d+$/.test(x));
      expect(days.length).toBeGreaterThan(0);
      for (const d of days) expect(d).not.toMatch(/ day \d+ of /);
    }
  });
});

describe('region briefs', () => {
  for (const region of content.regions) {
    it(`${region.id} has a brief with its cases by domain, organisations to contact and questions`, () => {
      const main = page(dist, `/regions/${region.id}/brief/`).querySelector('main')!;
      expect(links(page(dist, `/regions/${region.id}/`).querySelector('main'))).toContain(`/regions/${region.id}/brief/`);
      const cases = content.cases.filter((c) => list(c.data['regions']).includes(region.id));
      for (const c of cases) {
        for (const domain of list(c.data['domains'])) {
          const section = main.querySelector(`#domain-${domain}`)?.parentNode;
          expect(links(section), `${c.id} under ${domain}`).toContain(`/cases/${c.id}/`);
        }
      }
      const contacts = main.querySelector('#contacts-heading')!.parentNode!;
      const orgIds = new Set([
        ...content.organisations.filter((o) => o.data['region'] === region.id).map((o) => o.id),
        ...cases.flatMap((c) => [String(c.data['lead']), ...list(c.data['partners'])]),
      ]);
      expect(
        contacts
          .querySelectorAll('h3 a')
          .map((a) => a.getAttribute('href'))
          .sort(),
      ).toEqual([...orgIds].map((id) => `/organisations/${id}/`).sort());
      for (const id of orgIds) {
        const org = byId(content.organisations, id);
        if (org['description']) expect(textOf(contacts)).toContain(squash(String(org['description'])));
        if (org['url']) expect(links(contacts)).toContain(org['url']);
      }
      const questions = main.querySelector('#questions-heading')!.parentNode!;
      for (const [caseId, q] of questionsOf(
        content,
        cases.map((c) => c.id),
      )) {
        expect(textOf(questions.querySelector(`#questions-${caseId}`)?.parentNode), `${region.id}: ${caseId}`).toContain(squash(q));
      }
    });
  }

  it('are listed on the tours page', () => {
    const hrefs = links(page(dist, '/tours/').querySelector('main'));
    for (const region of content.regions) expect(hrefs).toContain(`/regions/${region.id}/brief/`);
  });
});
