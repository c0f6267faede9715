// Its own module, with no imports: the search page's script uses it (through scripts/check/suggest.ts),
// and must not pull in the content schemas.

/** A file name turned into the id it was probably meant to be: "Foo Bar.mdx" → "foo-bar". */
export function toKebab(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
