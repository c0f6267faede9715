/** What a citation needs to know about a page. */
export interface CitationInput {
  id: string;
  title: string;
  authors: string[];
  /** Date the page's content was last changed, YYYY-MM-DD, when known. */
  date?: string | undefined;
  url: string;
  siteName: string;
  /** Date the reader consulted the page, YYYY-MM-DD. */
  accessed: string;
}

const year = (date: string | undefined) => (date ? date.slice(0, 4) : 'n.d.');

/** APA 7 reference for a web page of a research repository. */
export function apa(c: CitationInput): string {
  const authors = c.authors.length > 0 ? c.authors.join(', ') : c.siteName;
  return `${authors}. (${year(c.date)}). ${c.title}. ${c.siteName}. Retrieved ${c.accessed}, from ${c.url}`;
}

/** BibTeX @misc entry; braces in titles are escaped so LaTeX keeps the text as written. */
export function bibtex(c: CitationInput): string {
  const esc = (s: string) => s.replace(/([{}&%$#_])/g, '\\$1');
  const fields = [
    ['title', `{${esc(c.title)}}`],
    // A person's name stays splittable into first and last; a site name is kept whole.
    ['author', c.authors.length > 0 ? c.authors.map(esc).join(' and ') : `{${esc(c.siteName)}}`],
    ...(c.date ? [['year', year(c.date)]] : []),
    ['howpublished', esc(c.siteName)],
    ['url', c.url],
    ['urldate', c.accessed],
  ];
  const key = `atlas-${c.id}`;
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}
