/**
 * The search page's island: reads the query and filters from the URL, asks Pagefind,
 * and lists results. The form is plain HTML, so the URL of any search can be shared.
 */
import { firstResults, pagefindOptions } from './pagefind-options.ts';

interface PagefindResult {
  data(): Promise<{ url: string; meta: Record<string, string>; excerpt: string }>;
}
interface Pagefind {
  options(options: typeof pagefindOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
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

function renderResult(item: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = item.url;
  a.textContent = item.meta['title'] ?? item.url;
  h.append(a);
  const summary = document.createElement('p');
  summary.textContent = item.meta['summary'] ?? '';
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [item.meta['regions'], item.meta['domains']].filter(Boolean).join(' · ');
  li.append(h, summary, meta);
  return li;
}

export async function startSearch(form: HTMLFormElement): Promise<void> {
  const status = document.getElementById('results-status')!;
  const list = document.getElementById('results')!;
  const messages = JSON.parse(form.dataset['messages'] ?? '{}') as { none: string; one: string; many: string };
  applyUrl(form);
  const pagefind = (await import(/* @vite-ignore */ form.dataset['bundle']!)) as Pagefind;
  await pagefind.options(pagefindOptions);
  await pagefind.init();
  let run = 0;

  async function update(): Promise<void> {
    const mine = ++run;
    const { term, filters } = readState(form);
    const search = await pagefind.search(term || null, { filters });
    if (!search || mine !== run) return; // a newer search superseded this one
    // The first few results are shown as soon as their data arrives, the rest of the page
    // after: a reader sees results after one round of fetches, not four.
    const first = await Promise.all(search.results.slice(0, firstResults).map((r) => r.data()));
    if (mine !== run) return;
    list.replaceChildren(...first.map(renderResult));
    const n = search.results.length;
    status.textContent = n === 0 ? messages.none : n === 1 ? messages.one : messages.many.replace('{n}', String(n));
    const rest = await Promise.all(search.results.slice(firstResults, PAGE_SIZE).map((r) => r.data()));
    if (mine !== run) return;
    list.append(...rest.map(renderResult));
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
  form.addEventListener('reset', () => setTimeout(commit));
  await update();
}
