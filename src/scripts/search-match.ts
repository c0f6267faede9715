/**
 * What a Pagefind result really matched, judged from the words at its match locations,
 * and its excerpt turned into DOM nodes without running any of it as HTML.
 */
export interface ResultData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
  content?: string;
  locations?: number[];
}

/** Lower case, without accents or punctuation: "Rhône," → "rhone". */
const fold = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

const commonPrefix = (a: string, b: string): number => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Whether a page's matched words answer every word of the query. Pagefind stems words
 * ("studies" and "study" share "studi") and, for a word it does not know, falls back to
 * the longest prefix it does know ("torino" to "to"). A stem leaves most of the word;
 * that fallback does not. So each query word needs a matched word sharing all but its
 * last three letters (at least three), or the whole of a short word.
 */
export function genuineMatch(term: string, data: Pick<ResultData, 'content' | 'locations'>): boolean {
  const words = (data.content ?? '').split(/\s+/);
  const matched = (data.locations ?? []).flatMap((i) => {
    const word = words[i] ?? '';
    // A hyphenated or dotted word is indexed whole and in parts ("Auvergne-Rhône-Alpes").
    return [fold(word), ...word.split(/[^\p{L}\p{N}]+/u).map(fold)].filter(Boolean);
  });
  const query = term
    .split(/[\s\-–—/]+/)
    .map(fold)
    .filter(Boolean);
  return query.every((q) => {
    const need = q.length <= 3 ? q.length : Math.max(3, q.length - 3);
    return matched.some((m) => commonPrefix(q, m) >= need);
  });
}

/**
 * Pagefind's excerpt is escaped page text with the matched words in <mark>. It is parsed
 * in an inert document and rebuilt from its text and marks only, so nothing in it runs.
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
