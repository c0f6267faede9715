/** The part of datapackage-js (no types of its own) the data package test uses. */
declare module 'datapackage' {
  export interface Resource {
    name: string;
    descriptor: Record<string, unknown>;
    read(options?: { cast?: boolean; relations?: boolean; keyed?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    getResource(name: string): Resource;
  }
}
