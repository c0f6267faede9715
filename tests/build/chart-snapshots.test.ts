import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/built-site.ts';
import { normaliseSvg } from '../helpers/svg.ts';
import { readContent } from '../helpers/read-content.ts';
import { fixtureContent } from '../setup/fixture-site.ts';

const dist = inject('fixtureDist');
const domain = readContent(fixtureContent).domains[0]!.id;

/**
 * Each chart's SVG as the fixture build renders it. A change here is a change in what
 * readers see: look at the diff, then accept it with `vitest run -u` if it is meant.
 */
const charts: [path: string, figure: string][] = [
  ['/compare/', 'coverage'],
  ['/compare/', 'region-map'],
  ['/compare/', 'timeline'],
  ['/compare/', 'network'],
  [`/compare/${domain}/`, 'fields-governance'],
  [`/compare/${domain}/`, 'fields-targetGroups'],
  ['/transfers/', 'transfer-arcs'],
  ['/transfers/', 'transfer-stages'],
];

describe('chart SVG snapshots (fixture site)', () => {
  it('have a normaliser that rounds numbers and renames ids with their references', () => {
    expect(
      normaliseSvg('<svg aria-labelledby="a-title"><title id="a-title">T</title><path d="M1.23456 2"/><use href="#a-title"/></svg>'),
    ).toBe('<svg aria-labelledby="id0">\n<title id="id0">T</title>\n<path d="M1.235 2"/>\n<use href="#id0"/>\n</svg>\n');
  });

  for (const [path, id] of charts) {
    it(`${id} on ${path}`, async () => {
      const svg = page(dist, path).querySelector(`#${id} svg`);
      expect(svg, `no #${id} svg on ${path}`).not.toBeNull();
      await expect(normaliseSvg(svg!.outerHTML)).toMatchFileSnapshot(`__snapshots__/${id}.svg`);
    });
  }
});
