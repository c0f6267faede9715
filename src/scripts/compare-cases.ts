/**
 * The side-by-side view: reads the selection from the address (?ids=a,b), loads the
 * JSON the build wrote, and draws the comparison table. Kept small and dependency-free:
 * the page already explains itself and lists every case without it.
 */
interface SideData {
  groups: { key: string; label: string }[];
  fields: { key: string; label: string; group: string; prose?: boolean }[];
  cases: { id: string; title: string; lang?: string; url: string; fields: Record<string, string[]>; langs?: Record<string, string> }[];
}
type Messages = Record<
  'tooFew' | 'tooMany' | 'unknown' | 'failed' | 'field' | 'differs' | 'same' | 'partly' | 'caption' | 'notStated',
  string
>;

export const maxCases = 4;

/** Ids from `?ids=a,b` and from a plain form's `?ids=a&ids=b`, in order, without repeats. */
export function parseIds(search: string): string[] {
  const ids = new URLSearchParams(search).getAll('ids').flatMap((v) => v.split(','));
  return [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
}

/** Whether a field differs across cases, and the items every case shares (left unmarked). */
export function differences(values: string[][]): { differs: boolean; shared: Set<string> } {
  const key = (v: string[]) => JSON.stringify([...v].sort());
  const differs = values.some((v) => key(v) !== key(values[0] ?? []));
  const shared = new Set((values[0] ?? []).filter((item) => values.every((v) => v.includes(item))));
  return { differs, shared };
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
};

function comparisonTable(data: SideData, cases: SideData['cases'], m: Messages): HTMLElement {
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, m.field),
    ...cases.map((c) => el('th', { scope: 'col' }, el('a', { href: c.url, ...(c.lang ? { lang: c.lang } : {}) }, c.title))),
  );
  const row = (f: SideData['fields'][number], values: string[][]) => {
    const { differs, shared } = differences(values);
    // Same for all, partly shared or different; free text is worded by each author, so unmarked.
    const verdict = f.prose ? undefined : !differs ? 'same' : shared.size > 0 ? 'partly' : 'differs';
    const label = el('th', { scope: 'row' }, f.label, ...(verdict ? [el('span', { class: 'badge' }, m[verdict])] : []));
    const item = (text: string) =>
      f.prose || values.length < 2 ? text : shared.has(text) ? el('span', { class: 'shared' }, text) : el('mark', {}, text);
    // A case's own words in another language than the page's are marked with it.
    const cells = values.map((v, i) =>
      el(
        'td',
        {},
        v.length === 0
          ? el('span', { class: 'not-stated' }, m.notStated)
          : el('ul', cases[i]!.langs?.[f.key] ? { lang: cases[i]!.langs[f.key]! } : {}, ...v.map((text) => el('li', {}, item(text)))),
      ),
    );
    return el('tr', verdict ? { class: verdict } : {}, label, ...cells);
  };
  // One body per group of fields, under its name; a field no chosen case states says
  // nothing about them and is left out, and so is a group left empty.
  const bodies = data.groups.flatMap((g) => {
    const rows = data.fields
      .filter((f) => f.group === g.key)
      .map((f) => ({ f, values: cases.map((c) => c.fields[f.key] ?? []) }))
      .filter(({ values }) => values.some((v) => v.length > 0))
      .map(({ f, values }) => row(f, values));
    if (rows.length === 0) return [];
    const heading = el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: String(cases.length + 1) }, g.label));
    return [el('tbody', { 'data-group': g.key }, heading, ...rows)];
  });
  return el(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'group', 'aria-label': m.caption },
    el('table', { class: 'side-table compare-table' }, el('caption', {}, m.caption), el('thead', {}, head), ...bodies),
  );
}

export function startSideBySide(section: HTMLElement, form: HTMLFormElement): void {
  const m = JSON.parse(section.dataset['messages'] ?? '{}') as Messages;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="ids"]')];
  const status = section.querySelector<HTMLElement>('#side-status')!;
  const result = section.querySelector<HTMLElement>('#side-result')!;
  const legend = section.querySelector<HTMLElement>('#side-legend')!;
  for (const node of [...boxes, form.querySelector<HTMLElement>('.side-actions'), section]) if (node) node.hidden = false;

  let data: Promise<SideData> | undefined;
  const load = () =>
    (data ??= fetch(section.dataset['source']!).then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<SideData>;
    }));
  // Past four, the other boxes are disabled: a fifth column would not fit a screen or a page.
  const limit = () => {
    const full = boxes.filter((b) => b.checked).length >= maxCases;
    for (const b of boxes) b.disabled = full && !b.checked;
  };

  async function show(ids: string[]): Promise<void> {
    // The boxes mirror what is drawn: the first four known cases, never a fifth.
    const drawn = ids.filter((id) => boxes.some((b) => b.value === id)).slice(0, maxCases);
    for (const b of boxes) b.checked = drawn.includes(b.value);
    limit();
    result.replaceChildren();
    legend.hidden = true;
    status.textContent = '';
    if (ids.length === 0) return;
    let d: SideData;
    try {
      d = await load();
    } catch {
      status.textContent = m.failed;
      return;
    }
    const byId = new Map(d.cases.map((c) => [c.id, c]));
    const known = ids.filter((id) => byId.has(id));
    const unknown = ids.filter((id) => !byId.has(id));
    const chosen = known.slice(0, maxCases).map((id) => byId.get(id)!);
    status.textContent = [
      unknown.length > 0 ? `${m.unknown} ${new Intl.ListFormat(document.documentElement.lang || undefined).format(unknown)}.` : '',
      known.length > maxCases ? m.tooMany : '',
      chosen.length < 2 ? m.tooFew : '',
    ]
      .join(' ')
      .trim();
    if (chosen.length < 2) return;
    result.append(comparisonTable(d, chosen, m));
    legend.hidden = false;
  }

  const go = (ids: string[]) => {
    history.pushState(null, '', ids.length > 0 ? `?ids=${ids.join(',')}` : location.pathname);
    void show(ids);
  };
  form.addEventListener('change', limit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(boxes.filter((b) => b.checked).map((b) => b.value));
  });
  // "reset" fires before the boxes are cleared; clearing the selection is what it means anyway.
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    go([]);
  });
  window.addEventListener('popstate', () => void show(parseIds(location.search)));
  void show(parseIds(location.search));
}
