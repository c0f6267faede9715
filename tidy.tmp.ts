import { tidyTables } from './src/lib/tidy.ts';
import { makeAtlas } from './tests/helpers/atlas.ts';
import { exportRecords } from './src/lib/export.ts';
const atlas = makeAtlas({ cases: { zeta: { regions: ['r1', 'r2'], partners: ['o2'], project: 'p1', period: { start: '2020-01' }, related: ['alpha'] }, alpha: { title: '=Alpha', domains: ['housing'], visit: { open: true, contact: 'o3' } } } });
for (const c of ['cases', 'tours', 'regions'] as const) for (const t of tidyTables(c, exportRecords(atlas, c), (id) => `/x/${id}/`)) {
  console.log(t.name, t.primaryKey, JSON.stringify(t.foreignKeys), t.fields.map((f) => f.name + ':' + f.type).join(','));
  console.log('   ', JSON.stringify(t.rows.slice(0, 2)));
}
