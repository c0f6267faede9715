/** The content schemas, in one place: Astro's collections and the checker both build on these. */
export { caseSchema } from './case.ts';
export { idRef, type Ref, type RefFactory } from './common.ts';
export { organisationSchema } from './organisation.ts';
export { projectSchema } from './project.ts';
export { domain, region } from './taxonomy.ts';
export { tourSchema } from './tour.ts';
export { sourceSchema } from './source.ts';
export { trailSchema } from './trail.ts';
