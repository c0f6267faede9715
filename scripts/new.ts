/**
 * npm run new: scaffold a case study, organisation, tour or transfer trail that passes `npm run check`.
 *
 *   npm run new                                   asks everything
 *   npm run new -- case --title "…" --region piemonte --domain health --lead cop [--source discorsi-il-progetto]
 *   npm run new -- organisation --name "…" --type ngo --country IT [--region …] [--url …]
 *   npm run new -- tour --title "…" --host catalonia --organisation lafede-cat --topic "…"
 *   npm run new -- trail --title "…" --from-case alcorcon-employment-protocol --to-region madrid --stage interest
 *                        [--kind method] [--scope within-region] [--channel study-tour --tour …] [--domain skills] [--source …]
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
import { entryExt, listFile, type EntryCollection } from '../src/lib/collections.ts';
import {
  caseStatuses,
  governanceModes,
  organisationTypes,
  practiceTypes,
  targetGroups,
  trailChannels,
  trailKinds,
  trailScopes,
  trailStages,
} from '../src/schemas/enums.ts';
import { toKebab } from './check/suggest.ts';
import { closest, idFor, type Choice } from './new/choices.ts';
import { Asker } from './new/ask.ts';
import { caseFile, organisationFile, tourFile, trailFile } from './new/scaffold.ts';

const kinds = ['case', 'organisation', 'tour', 'trail'] as const;
const textFlags = [
  'title',
  'lead',
  'name',
  'type',
  'country',
  'url',
  'host',
  'organisation',
  'topic',
  'practice-type',
  'governance',
  'status',
  'author',
  'source',
  'from-case',
  'from-project',
  'from-region',
  'to-region',
  'to-project',
  'stage',
  'kind',
  'scope',
  'channel',
  'tour',
] as const;
const listFlags = ['region', 'domain', 'target-group', 'to-case'] as const;
// Object.fromEntries loses the keys; the type gives parseArgs them back, so `values.title` is a string and `values.region` a list.
type Flags = Record<(typeof textFlags)[number], { type: 'string' }> &
  Record<(typeof listFlags)[number], { type: 'string'; multiple: true }>;
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
// Originals only: "<id>.<lang>.yaml" is a translation of <id> (CONTRIBUTING.md, Translating).
const isOriginal = (f: string) => !f.startsWith('_') && f.split('.').length === 2;
const organisations = (): Choice[] =>
  readdirSync(join(dir, 'organisations'))
    .filter((f) => f.endsWith(entryExt('organisations')) && isOriginal(f))
    .map((f) => {
      const o = parse(readFileSync(join(dir, 'organisations', f), 'utf8')) as { name: string; shortName?: string };
      return [f.slice(0, -5), o.name, ...(o.shortName ? [o.shortName] : [])];
    });
const pairs = (items: readonly string[]): Choice[] => items.map((i) => [i, i]);
/** Entries of a folder collection as [id, the value of `field`], for choosing by id. */
const entries = (collection: EntryCollection, field: string): [string, string][] => {
  const ext = entryExt(collection);
  const path = join(dir, collection);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((f) => f.endsWith(ext) && isOriginal(f))
    .map((f): [string, string] => {
      const text = readFileSync(join(path, f), 'utf8');
      const data = (ext === '.mdx' ? parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : parse(text)) as Record<string, unknown>;
      return [f.slice(0, -ext.length), String(data[field] ?? f)];
    });
};
const sources = (): Choice[] => {
  const folder = join(dir, 'sources');
  const found = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
        .map((f): Choice => [f.slice(0, -5), (parse(readFileSync(join(folder, f), 'utf8')) as { title: string }).title])
    : [];
  // Every fact cites a source by id, so the source is recorded first.
  if (found.length === 0)
    throw new Error(
      'no source yet: add the document you take facts from as content/sources/<id>.yaml (fields in docs/content-model.md), then run npm run new again',
    );
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

async function write(folder: EntryCollection, id: string, text: string): Promise<void> {
  const file = join(dir, folder, `${id}${entryExt(folder)}`);
  if (existsSync(file)) throw new Error(`${relative(process.cwd(), file)} already exists: choose another title or name`);
  await mkdir(join(dir, folder), { recursive: true });
  await writeFile(file, text);
  process.stdout.write(`\nCreated ${relative(process.cwd(), file)}\nFill in the TODOs, then run: npm run check && npm run dev\n`);
}

async function newCase(): Promise<void> {
  const title = values.title ?? (await askText('title', 'Title (at most 120 characters)', (t) => (t.length > 120 ? 'too long' : undefined)));
  const regions = await pick(values.region, 'Regions', list(listFile('regions')), true, 'region');
  const domains = await pick(values.domain, 'Domains', list(listFile('domains')), true, 'domain');
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
  const text = caseFile({
    title,
    regions,
    domains,
    lead: lead!,
    practiceType: practiceType!,
    governance: governance!,
    targetGroups: groups,
    status: status!,
    source: source!,
    author,
    defaulted,
  });
  await write('cases', toKebab(title).slice(0, 60).replace(/-+$/, ''), text);
}

async function newOrganisation(): Promise<void> {
  const name = values.name ?? (await askText('name', 'Full name in its own language'));
  const [type] = await pick(values.type, 'Type', pairs(organisationTypes), false, 'type');
  const country = values.country ?? (await askText('country', 'Country (two letters, e.g. IT)', (c) => (/^[A-Z]{2}$/.test(c) ? undefined : 'two capital letters')));
  const region = values.region ? (await pick(values.region.slice(0, 1), 'Region', list(listFile('regions')), false, 'region'))[0] : undefined;
  await write('organisations', toKebab(name).slice(0, 60).replace(/-+$/, ''), organisationFile({ name, type: type!, country, region, url: values.url }));
}

async function newTour(): Promise<void> {
  const title = values.title ?? (await askText('title', 'Title'));
  const [host] = await pick(values.host, 'Host region', list(listFile('regions')), false, 'host');
  const [organisation] = await pick(values.organisation, 'First organisation visited', organisations(), false, 'organisation');
  const topic = values.topic ?? (await askText('topic', 'Topic of that visit'));
  const [source] = values.source === undefined && values.title !== undefined ? [sources()[0]![0]] : await pick(values.source, 'Source that reports the tour', sources(), false, 'source');
  const author = values.author ?? gitAuthor() ?? 'TODO: your name';
  await write(
    'tours',
    toKebab(title).slice(0, 60).replace(/-+$/, ''),
    tourFile({ title, host: host!, organisation: organisation!, topic, source: source!, author }),
  );
}

async function newTrail(): Promise<void> {
  const interactive = values.title === undefined;
  const title =
    values.title ?? (await ask.text('Title: what travelled, from where to where', (t) => (t.length > 120 ? 'too long' : undefined)));
  const defaulted: string[] = [];
  // With flags, what is left out gets the first value and a TODO; asked, it is chosen.
  const choose = async (flag: string | undefined, field: string, question: string, options: readonly string[]) => {
    if (flag === undefined && !interactive) {
      defaulted.push(field);
      return options[0]!;
    }
    return (await pick(flag, question, pairs(options)))[0]!;
  };
  // An end as precise as the source: a case, else a project, else a region.
  let from: { case?: string; project?: string; region?: string };
  if (values['from-case'] || values['from-project'] || values['from-region']) {
    from = {
      ...(values['from-case']
        ? { case: (await pick(values['from-case'], 'Case it comes from', entries('cases', 'title')))[0]! }
        : {}),
      ...(values['from-project']
        ? { project: (await pick(values['from-project'], 'Project it comes from', entries('projects', 'name')))[0]! }
        : {}),
      ...(values['from-region'] ? { region: (await pick(values['from-region'], 'Region it comes from', list(listFile('regions'))))[0]! } : {}),
    };
  } else {
    const [precision] = await ask.choose('Where it comes from, as precisely as the source says', ['case', 'project', 'region'].map((k): [string, string] => [k, k]));
    const choices: [string, string][] =
      precision === 'case'
        ? entries('cases', 'title')
        : precision === 'project'
          ? entries('projects', 'name')
          : list(listFile('regions')).map(([id, label]): [string, string] => [id, label]);
    from = { [precision!]: (await ask.choose(`The ${precision}`, choices))[0]! };
  }
  const toRegion =
    values['to-region'] ??
    (values['to-project'] || values['to-case'] ? undefined : (await pick(undefined, 'Region taking it up', list(listFile('regions'))))[0]);
  const to = {
    ...(toRegion ? { region: (await pick(toRegion, 'Region taking it up', list(listFile('regions'))))[0]! } : {}),
    ...(values['to-project']
      ? { project: (await pick(values['to-project'], 'Project taking it up', entries('projects', 'name')))[0]! }
      : {}),
    ...(values['to-case'] ? { cases: await pick(values['to-case'], 'Cases taking it up', entries('cases', 'title'), true) } : {}),
  };
  const stage = await choose(values.stage, 'stages', 'Furthest stage a source reports', trailStages);
  const kind = await choose(values.kind, 'what', 'What travels', trailKinds);
  const scope = await choose(values.scope, 'scope', 'Scope', trailScopes);
  const channel = values.channel === undefined ? undefined : (await pick(values.channel, 'How it travelled', pairs(trailChannels)))[0];
  const tour = values.tour === undefined ? undefined : (await pick(values.tour, 'Study tour', entries('tours', 'title')))[0];
  const domains = values.domain === undefined ? [] : await pick(values.domain, 'Domains', list(listFile('domains')), true);
  if (values.source === undefined && !interactive) defaulted.push('stages');
  const [source] =
    values.source === undefined && !interactive ? [sources()[0]![0]] : await pick(values.source, 'Source reporting the stage', sources());
  const text = trailFile({
    title,
    kind,
    from,
    to,
    domains,
    channel,
    tour,
    scope,
    stage,
    source: source!,
    defaulted: [...new Set(defaulted)],
  });
  await write('trails', toKebab(title).slice(0, 60).replace(/-+$/, ''), text);
}

try {
  if (positionals[0] === undefined && !canAsk) throw new Error('say what to add: npm run new -- case (or organisation, tour or trail), with its flags');
  const kind = positionals[0] ?? (await ask.choose('What do you want to add', kinds.map((k): [string, string] => [k, k])))[0];
  if (!kinds.includes(kind as (typeof kinds)[number])) throw new Error(`unknown kind "${kind}": use case, organisation, tour or trail`);
  await { case: newCase, organisation: newOrganisation, tour: newTour, trail: newTrail }[kind as (typeof kinds)[number]]();
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  ask.close();
}
