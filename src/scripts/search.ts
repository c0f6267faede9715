/**
 * The search page's island: reads the query and filters from the URL, asks Pagefind,
 * and lists results. The form is plain HTML, so the URL of any search can be shared.
 */
import { firstResults, pagefindOptions } from './pagefind-options.ts';
import { excerptNodes, genuineMatch, type ResultData } from './search-match.ts';
import { didYouMean } from '../../scripts/check/suggest.ts';

interface PagefindResult {
  data(): Promise<ResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  /** Counts among the results, every chosen filter applied. */
  filters?: FilterCounts;
  /** Counts for the words searched for, no filter applied. */
  totalFilters?: FilterCounts;
}
interface Pagefind {
  options(options: typeof pagefindOptions & { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  /** Loads the filter index; searches report counts only once it is loaded. */
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
}
interface Messages {
  none: string;
  noneFor: string;
  didYouMean: string;
  /** A question mark as the page's language writes it (French spaces it). */
  question: string;
  /** The results count, one wording per plural category of the page's language ({n} the number). */
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** The tag the count is worded and formatted in (document language). */
  intl: string;
}

const PAGE_SIZE = 20;

function readState(form: HTMLFormElement): { term: string; filters: Record<string, { any: string[] }> } {
  const data = new FormData(form);
  const filters: Record<string, { any: string[] }> = {};
  let term = '';
  for (const [key, value] of data.entries()) {
    if (typeof value !== 'string') continue;
    if (key === 'q') term = value.trim();
    else (filters[key] ??= { any: [] }).any.push(value);
  }
  return { term, filters };
}

function applyUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  (form.elements.namedItem('q') as HTMLInputElement).value = params.get('q') ?? '';
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = params.getAll(box.name).includes(box.value);
  }
}

function renderResult(item: ResultData, term: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.meta['title'] ?? item.url;
  // An untranslated original's words are marked with their language (Base.astro's `searchLangs`).
  if (item.meta['title_lang']) a.lang = item.meta['title_lang'];
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [item.meta['kind'], item.meta['regions'], item.meta['domains']].filter(Boolean).join(' · ');
  // With words searched for, the passage that matched them, words marked; without, the summary.
  const text = document.createElement('p');
  if (term && item.excerpt) {
    text.className = 'excerpt';
    text.append(...excerptNodes(item.excerpt));
    if (item.meta['body_lang']) text.lang = item.meta['body_lang'];
  } else {
    text.textContent = item.meta['summary'] ?? '';
    if (item.meta['summary_lang']) text.lang = item.meta['summary_lang'];
  }
  li.append(h, meta, text);
  return li;
}

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const status = document.getElementById('results-status')!;
  const list = document.getElementById('results')!;
  const empty = document.getElementById('no-results')!;
  const hint = document.getElementById('did-you-mean')!;
  const counts = [...form.querySelectorAll<HTMLElement>('.filter-count')];
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as Messages;
  const vocabulary = JSON.parse(form.dataset['vocabulary'] ?? '[]') as string[];
  const rules = new Intl.PluralRules(messages.intl);
  const numbers = new Intl.NumberFormat(messages.intl);
  const countText = (n: number) => (messages.results[rules.select(n)] ?? messages.results.other).replaceAll('{n}', numbers.format(n));
  applyUrl(form);
  const pagefind = (await import(/* @vite-ignore */ form.dataset['bundle']!)) as Pagefind;
  // Each language's bundle sits in its folder (/it/pagefind/); result addresses are the site's own.
  await pagefind.options({ ...pagefindOptions, baseUrl: form.dataset['base'] ?? '/' });
  await pagefind.init();
  // The counts need the filter index; it loads after the first results are shown, so
  // they never wait for it.
  let countsReady = false;
  let filtersLoaded: Promise<void> | undefined;
  let run = 0;

  /**
   * Each value's count. In a filter with a value ticked, the count of that value alone
   * for the words searched (what ticking it adds); in the others, how many of the
   * current results it would keep.
   */
  function showCounts(search: PagefindSearch | undefined, chosen: Record<string, unknown>): void {
    for (const c of counts) {
      const key = c.dataset['filter']!;
      const source = key in chosen ? search?.totalFilters : search?.filters;
      c.textContent = `(${source?.[key]?.[c.dataset['value']!] ?? 0})`;
    }
  }

  function showNone(term: string): void {
    list.replaceChildren();
    status.textContent = term ? messages.noneFor.replace('{q}', term) : messages.none;
    const words = term.split(/\s+/).filter(Boolean);
    const fixed = words.map((w) => didYouMean(w, vocabulary) ?? w);
    hint.replaceChildren();
    hint.hidden = fixed.join(' ') === words.join(' ');
    if (!hint.hidden) {
      const link = document.createElement('a');
      link.href = `?q=${encodeURIComponent(fixed.join(' '))}`;
      link.textContent = fixed.join(' ');
      hint.append(`${messages.didYouMean} `, link, messages.question);
    }
    empty.hidden = false;
  }

  async function update(): Promise<void> {
    const mine = ++run;
    const { term, filters } = readState(form);
    // A search started before the filter index arrived carries no counts.
    const counted = countsReady;
    const search = await pagefind.search(term || null, { filters });
    if (!search || mine !== run) return; // a newer search superseded this one
    // The first few results are shown as soon as their data arrives, the rest of the page
    // after: a reader sees results after one round of fetches, not four.
    const first = await Promise.all(search.results.slice(0, firstResults).map((r) => r.data()));
    if (mine !== run) return;
    // Pagefind answers a word it does not know with pages holding a shorter prefix of it
    // ("Torino" finds every "to"); such an answer is no match, whatever its count.
    if (first.length === 0 || (term && !genuineMatch(term, first[0]!))) {
      showCounts(undefined, filters);
      showNone(term);
      return;
    }
    empty.hidden = true;
    if (counted) showCounts(search, filters);
    else
      // Loaded once the first results are on screen, so they never share the network with it.
      void (filtersLoaded ??= pagefind.filters().then(() => void (countsReady = true))).then(async () => {
        const again = mine === run ? await pagefind.search(term || null, { filters }) : null;
        if (again && mine === run) showCounts(again, filters);
      });
    list.replaceChildren(...first.map((r) => renderResult(r, term)));
    const n = search.results.length;
    status.textContent = countText(n);
    const rest = await Promise.all(search.results.slice(firstResults, PAGE_SIZE).map((r) => r.data()));
    if (mine !== run) return;
    list.append(...rest.map((r) => renderResult(r, term)));
  }

  function commit(): void {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) if (typeof v === 'string' && v !== '') params.append(k, v);
    history.replaceState(null, '', params.size > 0 ? `?${params}` : location.pathname);
    void update();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit();
  });
  form.addEventListener('change', commit);
  form.addEventListener('input', commit);
  // "Clear filters" unticks the filters and keeps the words searched for.
  document.getElementById('search-clear')!.addEventListener('click', () => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    commit();
  });
  await update();
}
