/**
 * npm run new: scaffold a case study, organisation or tour that passes `npm run check`.
 *
 *   npm run new                                   asks everything
 *   npm run new -- case --title "…" --region piemonte --domain health --lead cop [--source discorsi-il-progetto]
 *   npm run new -- organisation --name "…" --type ngo --country IT [--region …] [--url …]
 *   npm run new -- tour --title "…" --host catalonia --organisation lafede-cat --topic "…"
 *
 * On a terminal, any flag left out is asked for. Regions, domains and organisations are
 * offered from the content folder (CONTENT_DIR), so a reference is right from the start,
 * and are accepted by id or by name ("--region piedmont" is piemonte). Without a terminal
 * (CI, a script) nothing is asked: a missing or unknown value stops it with the closest
 * valid values. `--ask` asks anyway, reading the answers piped in.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentDir } from '../src/lib/content-dir.ts';
import { caseStatuses, governanceModes, organisationTypes, practiceTypes, targetGroups } from '../src/schemas/enums.ts';
import { toKebab } from './check/suggest.ts';
import { closest, idFor, type Choice } from './new/choices.ts';
import { Asker } from './new/ask.ts';
import { caseFile, organisationFile, tourFile } from './new/scaffold.ts';

const kinds = ['case', 'organisation', 'tour'] as const;
const textFlags = ['title', 'lead', 'name', 'type', 'country', 'url', 'host', 'organisation', 'topic', 'practice-type', 'governance', 'status', 'author', 'source'] as const;
const listFlags = ['region', 'domain', 'target-group'] as const;
// Object.fromEntries loses the keys; the type gives parseArgs them back, so `values.title` is a string and `values.region` a list.
type Flags = Record<(typeof textFlags)[number], { type: 'string' }> & Record<(typeof listFlags)[number], { type: 'string'; multiple: true }>;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    ...Object.fromEntries(textFlags.map((k) => [k, { type: 'string' }])),
    ...Object.fromEntries(listFlags.map((k) => [k, { type: 'string', multiple: true }])),
    ask: { type: 'boolean' },
  } as Flags & { ask: { type: 'boolean' } },
});
// A question nobody can answer would hang a script or a CI job: only a terminal is asked.
const canAsk = process.stdin.isTTY === true || values.ask === true;

const dir = contentDir();
const ask = new Asker(process.stdin, process.stdout);
const list = (file: string): Choice[] =>
  existsSync(join(dir, file))
    ? (parse(readFileSync(join(dir, file), 'utf8')) as { id: string; name: string; localName?: string }[]).map((r) => [r.id, r.name, ...(r.localName ? [r.localName] : [])])
    : [];
const organisations = (): Choice[] =>
  readdirSync(join(dir, 'organisations'))
    .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
    .map((f) => {
      const o = parse(readFileSync(join(dir, 'organisations', f), 'utf8')) as { name: string; shortName?: string };
      return [f.slice(0, -5), o.name, ...(o.shortName ? [o.shortName] : [])];
    });
const pairs = (items: readonly string[]): Choice[] => items.map((i) => [i, i]);
const sources = (): Choice[] => {
  const folder = join(dir, 'sources');
  const found = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
        .map((f): Choice => [f.slice(0, -5), (parse(readFileSync(join(folder, f), 'utf8')) as { title: string }).title])
    : [];
  // Every fact cites a source by id, so the source is recorded first.
  if (found.length === 0) throw new Error('no source yet: add the document you take facts from as content/sources/<id>.yaml (fields in docs/content-model.md), then run npm run new again');
  return found;
};

/** A flag's values as ids when all are known; otherwise asked on a terminal, refused elsewhere. */
async function pick(flag: string[] | string | undefined, question: string, choices: Choice[], many = false, option = question.toLowerCase()): Promise<string[]> {
  const given = flag === undefined ? [] : Array.isArray(flag) ? flag : [flag];
  const ids = given.map((g) => idFor(g, choices));
  const unknown = given.filter((_, i) => ids[i] === undefined);
  if (given.length > 0 && unknown.length === 0) return ids as string[];
  const known = choices.map(([id]) => id);
  const problem =
    unknown.length > 0
      ? `--${option} "${unknown[0]}" is not known${closest(unknown[0]!, choices)}`
      : `--${option} is needed: ${known.slice(0, 12).join(', ')}${known.length > 12 ? `, … (${known.length} in all)` : ''}`;
  if (!canAsk) throw new Error(`${problem}\n(no terminal to ask on: pass it as a flag, or run with --ask to answer questions piped in)`);
  process.stdout.write(`${problem}\n`);
  return ask.choose(question, choices.map(([id, label]) => [id, label]), many);
}



function gitAuthor(): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A line of text: asked on a terminal, else a missing flag. */
function askText(option: string, question: string, valid?: (v: string) => string | undefined): Promise<string> {
  if (!canAsk) return Promise.reject(new Error(`--${option} is needed (${question.toLowerCase()}); there is no terminal to ask on`));
  return ask.text(question, valid);
}

async function write(folder: string, id: string, ext: string, text: string): Promise<void> {
  const file = join(dir, folder, `${id}.${ext}`);
  if (existsSync(file)) throw new Error(`${relative(process.cwd(), file)} already exists: choose another title or name`);
  await mkdir(join(dir, folder), { recursive: true });
  await writeFile(file, text);
  process.stdout.write(`\nCreated ${relative(process.cwd(), file)}\nFill in the TODOs, then run: npm run check && npm run dev\n`);
}

async function newCase(): Promise<void> {
  const title = values.title ?? (await askText('title', 'Title (at most 120 characters)', (t) => (t.length > 120 ? 'too long' : undefined)));
  const regions = await pick(values.region, 'Regions', list('regions.yaml'), true, 'region');
  const domains = await pick(values.domain, 'Domains', list('domains.yaml'), true, 'domain');
  const [lead] = await pick(values.lead, 'Lead organisation', organisations(), false, 'lead');
  // With flags, unanswered classifications get the first value and a TODO; asked, they are chosen.
  const interactive = values.title === undefined;
  const defaulted: string[] = [];
  // With flags and no --source, the first source, marked for checking like other defaults.
  if (values.source === undefined && !interactive) defaulted.push('sources');
  const [source] = values.source === undefined && !interactive ? [sources()[0]![0]] : await pick(values.source, 'Source the facts come from', sources(), false, 'source');
  const classify = async (flag: string | string[] | undefined, field: string, question: string, options: readonly string[], many = false, option = field) => {
    if (flag === undefined && !interactive) {
      defaulted.push(field);
      return [options[0]!];
    }
    return pick(flag, question, pairs(options), many, option);
  };
  const [practiceType] = await classify(values['practice-type'], 'practiceType', 'Practice type', practiceTypes, false, 'practice-type');
  const [governance] = await classify(values.governance, 'governance', 'Governance', governanceModes);
  const groups = await classify(values['target-group'], 'targetGroups', 'Target groups', targetGroups, true, 'target-group');
  const [status] = await classify(values.status, 'status', 'Status', caseStatuses);
  const author = values.author ?? gitAuthor() ?? 'TODO: your name';
  const text = caseFile({ title, regions, domains, lead: lead!, practiceType: practiceType!, governance: governance!, targetGroups: groups, status: status!, source: source!, author, defaulted });
  await write('cases', toKebab(title).slice(0, 60).replace(/-+$/, ''), 'mdx', text);
}

async function newOrganisation(): Promise<void> {
  const name = values.name ?? (await askText('name', 'Full name in its own language'));
  const [type] = await pick(values.type, 'Type', pairs(organisationTypes), false, 'type');
  const country = values.country ?? (await askText('country', 'Country (two letters, e.g. IT)', (c) => (/^[A-Z]{2}$/.test(c) ? undefined : 'two capital letters')));
  const region = values.region ? (await pick(values.region.slice(0, 1), 'Region', list('regions.yaml'), false, 'region'))[0] : undefined;
  await write('organisations', toKebab(name).slice(0, 60).replace(/-+$/, ''), 'yaml', organisationFile({ name, type: type!, country, region, url: values.url }));
}

async function newTour(): Promise<void> {
  const title = values.title ?? (await askText('title', 'Title'));
  const [host] = await pick(values.host, 'Host region', list('regions.yaml'), false, 'host');
  const [organisation] = await pick(values.organisation, 'First organisation visited', organisations(), false, 'organisation');
  const topic = values.topic ?? (await askText('topic', 'Topic of that visit'));
  const [source] = values.source === undefined && values.title !== undefined ? [sources()[0]![0]] : await pick(values.source, 'Source that reports the tour', sources(), false, 'source');
  const author = values.author ?? gitAuthor() ?? 'TODO: your name';
  await write('tours', toKebab(title).slice(0, 60).replace(/-+$/, ''), 'mdx', tourFile({ title, host: host!, organisation: organisation!, topic, source: source!, author }));
}

try {
  if (positionals[0] === undefined && !canAsk) throw new Error('say what to add: npm run new -- case (or organisation, or tour), with its flags');
  const kind = positionals[0] ?? (await ask.choose('What do you want to add', kinds.map((k): [string, string] => [k, k])))[0];
  if (!kinds.includes(kind as (typeof kinds)[number])) throw new Error(`unknown kind "${kind}": use case, organisation or tour`);
  await { case: newCase, organisation: newOrganisation, tour: newTour }[kind as (typeof kinds)[number]]();
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  ask.close();
}
