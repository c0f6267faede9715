import { chartTables } from '../charts/csv.ts';
import type { Atlas } from './atlas.ts';
import { datasetCitation } from './citation-cff.ts';
import { dataPackage, type PackageSource } from './datapackage.ts';
import { collections } from './collections.ts';
import { collectionNames, exportRecords } from './export.ts';
import { getAtlas, getOriginalAtlas } from './load.ts';
import { labelRows, labelsTable, type LabelRow } from './labels.ts';
import { locales, type Locale } from '../i18n/config.ts';
import { paths } from './paths.ts';
import { absoluteUrl } from './site.ts';
import { tidyTables, type TidyTable } from './tidy.ts';

/** Every tidy table of every collection, in the data page's order. */
export function atlasTables(atlas: Atlas): TidyTable[] {
  return collectionNames.flatMap((name) => tidyTables(name, exportRecords(atlas, name), (id) => absoluteUrl(collections[name].page(paths)(id))));
}

let tables: Promise<TidyTable[]> | undefined;
let labels: Promise<LabelRow[]> | undefined;

/** The rows of labels.csv and labels.json (src/lib/labels.ts), from every language's atlas, once per build. */
export function getLabelRows(): Promise<LabelRow[]> {
  return (labels ??= Promise.all(locales.map(async (l) => [l, await getAtlas(l)] as const)).then((pairs) =>
    labelRows(Object.fromEntries(pairs) as Record<Locale, Awaited<ReturnType<typeof getAtlas>>>),
  ));
}

/** The tables, computed once per build and shared by the CSV routes, the data page and the package; labels last. */
export function getDataTables(): Promise<TidyTable[]> {
  return (tables ??= Promise.all([getOriginalAtlas(), getLabelRows()]).then(([atlas, rows]) => [...atlasTables(atlas), labelsTable(rows)]));
}

/** Every source document the atlas cites (the sources collection), sorted by title, with its address or its page. */
export function citedSources(atlas: Atlas): PackageSource[] {
  return atlas.sources
    .map((s) => ({ title: s.data.title, path: s.data.url ?? absoluteUrl(paths.source(s.id)) }))
    .sort((a, b) => atlas.i18n.compare(a.title, b.title));
}

/** datapackage.json for this build. */
export async function atlasDataPackage(): Promise<Record<string, unknown>> {
  const atlas = await getOriginalAtlas();
  const charts = chartTables(atlas).map((c) => ({ name: c.name, title: c.title, table: c.table() }));
  return dataPackage({
    cff: datasetCitation(),
    tables: await getDataTables(),
    charts,
    sources: citedSources(atlas),
    homepage: absoluteUrl(paths.data()),
  });
}
