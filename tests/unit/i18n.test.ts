import { describe, expect, it } from 'vitest';
import { localeConfig, locales } from '../../src/i18n/config.ts';
import { i18nFor } from '../../src/i18n/context.ts';
import { strings } from '../../src/i18n/index.ts';
import { caseFieldNames, caseFields, labelOf } from '../../src/lib/case-fields.ts';
import { filterKeys } from '../../src/lib/facets.ts';
import { vocabularies } from '../../src/lib/vocabularies.ts';

const pluralKeys = new Set(['none', 'zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value: object) => 'other' in value && Object.keys(value).every((k) => pluralKeys.has(k));

type Leaf = { path: string; kind: string; value: unknown };

/** Every leaf of a dictionary with its kind: text, a plural, or a function of so many arguments. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string') return [{ path, kind: 'text', value: node }];
  if (typeof node === 'function') return [{ path, kind: `function/${node.length}`, value: node }];
  if (node && typeof node === 'object') {
    if (isPlural(node)) return [{ path, kind: 'plural', value: node }];
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [{ path, kind: typeof node, value: node }];
}

const english = new Map(leaves(strings('en')).map((l) => [l.path, l.kind]));
const others = locales.filter((l) => l !== 'en');

describe('every interface language has every string', () => {
  it.each(others)('%s has each English key with the same kind, and no other key', (locale) => {
    const theirs = new Map(leaves(strings(locale)).map((l) => [l.path, l.kind]));
    const missing = [...english.keys()].filter((k) => !theirs.has(k));
    const extra = [...theirs.keys()].filter((k) => !english.has(k));
    const differing = [...english]
      .filter(([k, kind]) => theirs.has(k) && theirs.get(k) !== kind)
      .map(([k, kind]) => `${k}: en ${kind}, ${locale} ${theirs.get(k)}`);
    expect({ missing, extra, differing }).toEqual({ missing: [], extra: [], differing: [] });
    // Text is never left empty.
    expect(
      leaves(strings(locale))
        .filter((l) => l.kind === 'text' && !(l.value as string).trim())
        .map((l) => l.path),
    ).toEqual([]);
  });

  it.each(locales)('each plural in %s words every category its language uses', (locale) => {
    const intl = localeConfig.find((l) => l.code === locale)!.intl;
    const categories = [...new Intl.PluralRules(intl).resolvedOptions().pluralCategories, 'other'];
    const gaps = leaves(strings(locale))
      .filter((l) => l.kind === 'plural')
      .flatMap((l) => categories.filter((c) => !(c in (l.value as object))).map((c) => `${l.path}.${c}`));
    expect(gaps).toEqual([]);
  });

  it('the check can fail: a dictionary missing a key is found', () => {
    const { search: _dropped, ...nav } = strings('it').nav;
    const broken = { ...strings('it'), nav, cases: { ...strings('it').cases, count: 'casi' } };
    const theirs = new Map(leaves(broken).map((l) => [l.path, l.kind]));
    expect([...english.keys()].filter((k) => !theirs.has(k))).toEqual(['nav.search']);
    expect(theirs.get('cases.count')).not.toBe(english.get('cases.count'));
  });
});

describe('every language words every case field and every vocabulary value', () => {
  /** What a dictionary lacks for the case fields (src/lib/case-fields.ts) and vocabularies (src/lib/vocabularies.ts). */
  function gaps(s: ReturnType<typeof strings>): string[] {
    const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
    const labels = s.labels as unknown as Record<string, Record<string, unknown>>;
    return [
      ...caseFieldNames.map((k) => caseFields[k].label).filter((key) => !text(labelOf(s, key))),
      ...filterKeys.filter((k) => !text(s.search.filterNames[k])).map((k) => `search.filterNames.${k}`),
      ...Object.entries(vocabularies).flatMap(([group, values]) =>
        values.filter((v) => !text(labels[group]?.[v])).map((v) => `labels.${group}.${v}`),
      ),
      // A label for a value no vocabulary has is a leftover of a renamed or removed value.
      ...Object.entries(labels).flatMap(([group, words]) =>
        Object.keys(words)
          .filter((v) => !(vocabularies as Record<string, readonly string[]>)[group]?.includes(v))
          .map((v) => `labels.${group}.${v} (not a value)`),
      ),
    ];
  }

  it.each(locales)('%s has a label for each case field, search filter and vocabulary value, and none for other values', (locale) => {
    expect(gaps(strings(locale))).toEqual([]);
  });

  it('the check can fail: a missing field label, value label or stray value is found', () => {
    const it_ = strings('it');
    const { practiceType: _gone, ...facts } = it_.facts;
    const broken = {
      ...it_,
      facts,
      labels: { ...it_.labels, governance: { ...it_.labels.governance, 'ngo-led': '', 'old-value': 'Vecchio' } },
    };
    expect(gaps(broken as unknown as typeof it_)).toEqual([
      'facts.practiceType',
      'labels.governance.ngo-led',
      'labels.governance.old-value (not a value)',
    ]);
  });
});

describe('formatting follows each language', () => {
  const count = (locale: (typeof locales)[number]) => strings(locale).charts.map.count;

  it('counts case studies on the map in agreement with the number', () => {
    const loc = i18nFor('en');
    expect([0, 1, 2, 12].map((n) => loc.plural(count('en'), n))).toEqual([
      'no case study yet',
      '1 case study',
      '2 case studies',
      '12 case studies',
    ]);
  });

  it('French treats 0 and 1 alike, Italian and German only 1', () => {
    const cases = (locale: (typeof locales)[number]) => strings(locale).cases.count;
    const fr = i18nFor('fr');
    expect(fr.plural(cases('fr'), 0)).toBe(fr.plural(cases('fr'), 1).replace('1', '0'));
    expect(fr.plural(cases('fr'), 2)).not.toBe(fr.plural(cases('fr'), 1).replace('1', '2'));
    const it_ = i18nFor('it');
    expect(it_.plural(cases('it'), 0)).toBe(it_.plural(cases('it'), 2).replace('2', '0'));
    expect(it_.plural(cases('it'), 1)).not.toBe(it_.plural(cases('it'), 2).replace('2', '1'));
    const de = i18nFor('de');
    expect(de.plural(cases('de'), 0)).toBe(de.plural(cases('de'), 2).replace('2', '0'));
  });

  it('writes numbers the way each language does', () => {
    expect(i18nFor('de').number(12345.5)).toBe('12.345,5');
    expect(i18nFor('en').number(12345.5)).toBe('12,345.5');
    expect(i18nFor('fr').number(12345.5).replace(/\s/g, ' ')).toBe('12 345,5');
    expect(i18nFor('it').plural(strings('it').cases.count, 12345)).toContain('12.345');
  });

  it('writes dates and periods in the page language', () => {
    expect(i18nFor('it').date('2017-05')).toBe('maggio 2017');
    expect(i18nFor('fr').date('2017-05-15')).toBe('15 mai 2017');
    expect(i18nFor('de').date('2017-05-15')).toBe('15. Mai 2017');
    expect(i18nFor('es').date('2017-05')).toBe('mayo de 2017');
    expect(i18nFor('en').date('2017')).toBe('2017');
    expect(i18nFor('it').period({ start: '2017', end: '2019-06' })).toBe('2017 – giugno 2019');
  });

  it('joins lists with the language’s own word', () => {
    const items = ['A', 'B', 'C'];
    expect(i18nFor('en').list(items)).toBe('A, B and C');
    expect(i18nFor('it').list(items)).toBe('A, B e C');
    expect(i18nFor('fr').list(items)).toBe('A, B et C');
    expect(i18nFor('es').list(items)).toBe('A, B y C');
    expect(i18nFor('de').list(items)).toBe('A, B und C');
  });

  it('sorts accented names beside their plain letters, not after Z', () => {
    const names = ['Zoe', 'Émile', 'Emilia', 'Ada', 'Ettore'];
    const sorted = i18nFor('it').sortBy(names, (n) => n);
    expect(sorted.indexOf('Émile')).toBeLessThan(sorted.indexOf('Zoe'));
    expect(Math.abs(sorted.indexOf('Émile') - sorted.indexOf('Emilia'))).toBe(1);
    // A plain code-point sort would put it last: the collator is what moves it.
    expect([...names].sort().at(-1)).toBe('Émile');
    expect(i18nFor('de').sortBy(['Zürich', 'Österreich', 'Oberhausen'], (n) => n)).toEqual(['Oberhausen', 'Österreich', 'Zürich']);
  });

  it('names countries in the page language', () => {
    expect(i18nFor('de').country('IT')).toBe('Italien');
    expect(i18nFor('fr').country('DE')).toBe('Allemagne');
    expect(i18nFor('it').country('FR')).toBe('Francia');
  });
});
