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

/** How an APA reference is worded in the page's language ("Retrieved …, from …", "n.d."). */
export interface ApaWords {
  retrieved: (date: string, url: string) => string;
  noDate: string;
  /** The access date as the language writes it. */
  date: (iso: string) => string;
}

const englishApa: ApaWords = { retrieved: (date, url) => `Retrieved ${date}, from ${url}`, noDate: 'n.d.', date: (iso) => iso };

/** APA 7 reference for a web page of a research repository, in the words of the page's language. */
export function apa(c: CitationInput, words: ApaWords = englishApa): string {
  const authors = c.authors.length > 0 ? c.authors.join(', ') : c.siteName;
  const when = c.date ? c.date.slice(0, 4) : words.noDate;
  return `${authors}. (${when}). ${c.title}. ${c.siteName}. ${words.retrieved(words.date(c.accessed), c.url)}`;
}

const texSpecial: Record<string, string> = { '\\': '\\textbackslash{}', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' };

/**
 * Text as LaTeX prints it, and nothing more: every character TeX reads as a command is
 * escaped, backslash and ^ included, so a title cannot \input a file on the citing
 * author's machine (or spell one as ^^5c). Line breaks become spaces.
 */
export function texEscape(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\^~{}&%$#_]/g, (ch) => texSpecial[ch] ?? `\\${ch}`);
}

/** A person's name in a BibTeX author list: " and " inside a name would split it in two. */
const texName = (name: string) => texEscape(name).replace(/\s+and\s+/gi, ' {and} ');

/** BibTeX @misc entry; the text is escaped so LaTeX keeps it as written and runs none of it. */
export function bibtex(c: CitationInput): string {
  const esc = texEscape;
  const fields = [
    ['title', `{${esc(c.title)}}`],
    // A person's name stays splittable into first and last; a site name is kept whole.
    ['author', c.authors.length > 0 ? c.authors.map(texName).join(' and ') : `{${esc(c.siteName)}}`],
    ...(c.date ? [['year', year(c.date)]] : []),
    ['howpublished', esc(c.siteName)],
    ['url', c.url],
    ['urldate', c.accessed],
  ];
  const key = `atlas-${c.id}`;
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** One RIS field per line; a value never spans lines, which would end the field. */
const risLine = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;

/**
 * RIS record (EndNote, Zotero, Mendeley, Citavi): ELEC, the type reference managers
 * import as a web page; T2 names the website, Y2 the access date.
 */
export function ris(c: CitationInput & { abstract?: string | undefined; lang?: string | undefined }): string {
  const lines = [
    risLine('TY', 'ELEC'),
    risLine('TI', c.title),
    ...(c.authors.length > 0 ? c.authors.map((a) => risLine('AU', a)) : [risLine('AU', c.siteName)]),
    ...(c.date ? [risLine('PY', year(c.date)), risLine('DA', c.date.replaceAll('-', '/'))] : []),
    risLine('T2', c.siteName),
    risLine('PB', c.siteName),
    risLine('UR', c.url),
    risLine('Y2', c.accessed.replaceAll('-', '/')),
    ...(c.abstract ? [risLine('AB', c.abstract)] : []),
    ...(c.lang ? [risLine('LA', c.lang)] : []),
    risLine('ID', `atlas-${c.id}`),
    'ER  - ',
  ];
  return lines.join('\r\n') + '\r\n';
}

/** A date as CSL's date-parts: [[year, month?, day?]]. */
const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/** A CSL-JSON item (Zotero, pandoc and citeproc processors). Names are kept whole (literal). */
export function cslItem(c: CitationInput & { abstract?: string | undefined; lang?: string | undefined }): Record<string, unknown> {
  return {
    id: `atlas-${c.id}`,
    type: 'webpage',
    title: c.title,
    author: (c.authors.length > 0 ? c.authors : [c.siteName]).map((literal) => ({ literal })),
    ...(c.date ? { issued: dateParts(c.date) } : {}),
    accessed: dateParts(c.accessed),
    'container-title': c.siteName,
    publisher: c.siteName,
    URL: c.url,
    ...(c.abstract ? { abstract: c.abstract } : {}),
    ...(c.lang ? { language: c.lang } : {}),
  };
}

/** CSL-JSON is a list of items, even for one. */
export const cslJson = (c: Parameters<typeof cslItem>[0]): string => JSON.stringify([cslItem(c)], null, 2) + '\n';

/** What CITATION.cff says about the atlas as a dataset (src/lib/citation-cff.ts reads it). */
export interface DatasetCitation {
  title: string;
  abstract: string;
  authors: string[];
  version?: string | undefined;
  /** date-released, YYYY-MM-DD. */
  released?: string | undefined;
  license: string;
  keywords: string[];
  /** Where the dataset can be had: the data page's address (or path, without a site address). */
  url: string;
}

/** APA 7 reference for the dataset, as CITATION.cff describes it. */
export function datasetApa(d: DatasetCitation, words: { version: (v: string) => string; dataSet: string } = { version: (v) => `Version ${v}`, dataSet: 'Data set' }): string {
  const version = d.version ? ` (${words.version(d.version)})` : '';
  return `${d.authors.join(', ')}. (${year(d.released)}). ${d.title}${version} [${words.dataSet}]. ${d.url}`;
}

/** BibTeX @misc entry for the dataset (BibTeX has no dataset type; biblatex reads @misc too). */
export function datasetBibtex(d: DatasetCitation): string {
  const esc = texEscape;
  const fields = [
    ['title', `{${esc(d.title)}}`],
    ['author', d.authors.map((a) => `{${esc(a)}}`).join(' and ')],
    ...(d.released ? [['year', year(d.released)]] : []),
    ...(d.version ? [['version', esc(d.version)]] : []),
    ['howpublished', 'Dataset'],
    ['url', d.url],
    ['note', `Licence: ${esc(d.license)}`],
  ];
  return `@misc{practice-atlas,\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
}

/** A case's reference data: the page, its authors, its last change, the site's address. */
export function caseCitation(
  entry: {
    id: string;
    data: { title: string; summary: string; lang: string; authors: { name: string }[]; review: { date?: string | undefined } };
  },
  opts: { updated: string | undefined; url: string; siteName: string; accessed: string },
): CitationInput & { abstract: string; lang: string } {
  return {
    id: entry.id,
    title: entry.data.title,
    authors: entry.data.authors.map((a) => a.name),
    date: opts.updated ?? entry.data.review.date,
    url: opts.url,
    siteName: opts.siteName,
    accessed: opts.accessed,
    abstract: entry.data.summary,
    lang: entry.data.lang,
  };
}
