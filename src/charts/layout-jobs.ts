/**
 * The chart layouts that cost real time at scale (the network's force simulation, the
 * brief maps' projections), named so a worker thread can run them: see off-thread.ts.
 * Each job takes and returns plain data, which crosses threads as a structured clone.
 */
import { hostMapLayout } from '../lib/host-map.ts';
import { countries50m } from '../lib/world.ts';
import type { NetworkData } from './network/data.ts';
import { networkLayout } from './network/layout.ts';

export const layoutJobs = {
  network: (data: NetworkData) => networkLayout(data),
  hostMap: (point: readonly [number, number]) => hostMapLayout(countries50m, point),
};

export type LayoutJobs = typeof layoutJobs;
