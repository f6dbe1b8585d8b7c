// The `snapshot` sub-command: checks arguments, streams the CSVs through the core's SnapshotRun,
// writes the workbook and JSON atomically. Bad arguments or unusable inputs throw CliError (exit 2).

import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname } from 'node:path';
import type { Command } from 'commander';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_PROBLEMS } from '../cli-error';
import type { RegisterCommand } from '../commands';
import { formatIssue, type Issue } from '../../src/core/issue';
import {
  type ColumnMapping, type CommunityRecord, DEFAULT_THRESHOLD, type DatasetKind, type EpisodeAggregates, type FileReadSummary, type Period, type ReportAggregates,
  type Snapshot, SnapshotRun, type SnapshotRunOptions, SuppressionError, assembleSnapshot, dataRange, parseColumnMapping, latestCompleteFfy, latestCoveredFfy, parseIsoDay, parsePeriod, periodOutsideData,
} from '../../src/core/snapshot';
import { readInput } from './read-input';
import { readOnThreads } from './read-threads';
import { writeSnapshotJson } from './json-writer';

export interface SnapshotArgs {
  readonly episodes: string;
  readonly reports?: string;
  readonly community?: string;
  readonly period?: string;
  readonly mapping?: string;
  readonly out: string;
  readonly json?: string;
  readonly jurisdiction?: string;
  readonly threshold?: string;
  readonly maxBad?: string;
  readonly childPopulation?: string;
  readonly notForPublication?: boolean;
  readonly asOf?: string;
  readonly quiet?: boolean;
}

export interface SnapshotEnv {
  /** Today, for the default as-of date; tests pin it. */
  readonly today?: Date;
  readonly log?: (line: string) => void;
  readonly warn?: (line: string) => void;
  /** Read episodes and reports on two worker threads at once; default: when the files are big and there are two cores. */
  readonly threads?: boolean;
}

/** From this many bytes of episodes + reports, two reader threads pay for their start-up. */
const THREADS_FROM_BYTES = 16 * 1024 * 1024;

async function worthThreads(episodes: string, reports: string): Promise<boolean> {
  if (availableParallelism() < 2) return false;
  const [e, r] = await Promise.all([fs.stat(episodes), fs.stat(reports)]);
  return e.size + r.size >= THREADS_FROM_BYTES;
}

export interface SnapshotOutcome {
  readonly exitCode: number;
  readonly snapshot: Snapshot;
  readonly issues: readonly Issue[];
  /** Rows read and skipped per file, exactly: for the analyst's terminal, never published. */
  readonly files: readonly FileReadSummary[];
}

const MAX_PRINTED_ISSUES = 20;

function positiveNumber(text: string | undefined, name: string, fallback: number, integer: boolean): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) throw new CliError(`${name} must be a ${integer ? 'whole ' : ''}number of 0 or more, got "${text}"`);
  return n;
}

async function mustExist(path: string, what: string): Promise<void> {
  try {
    const st = await fs.stat(path);
    if (!st.isFile()) throw new CliError(`${what} must be a file, got the folder "${path}"`);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${what} "${path}" cannot be read: no such file`, EXIT_FAILED, { cause: error });
  }
}

export async function readMapping(path: string): Promise<ColumnMapping> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(path, 'utf8'));
  } catch (error) {
    throw new CliError(`Mapping file "${path}" must be JSON like {"episodes": {"childId": "CHILD_NO"}}, but it could not be read: ${String(error instanceof Error ? error.message : error)}`, EXIT_FAILED, { cause: error });
  }
  const mapping = parseColumnMapping(parsed, path);
  if ('error' in mapping) throw new CliError(mapping.error);
  return mapping;
}

function parsePeriodArg(text: string): Period {
  const p = parsePeriod(text);
  if ('error' in p) throw new CliError(p.error);
  return p;
}

function parseAsOf(text: string | undefined, today: Date): number {
  if (text === undefined) return Math.floor(today.getTime() / 86_400_000);
  const day = parseIsoDay(text.trim());
  if (day < 0) throw new CliError(`--as-of must be a date written yyyy-mm-dd, got "${text}"`);
  return day;
}

/** Below the default only with --not-for-publication; 0 never (it would publish counts of 1 and 2). */
function checkThreshold(threshold: number, notForPublication: boolean): void {
  if (threshold === 0) throw new CliError('--threshold 0 would publish counts of 1, 2 and 3, which could identify a child: give 1 or more (10 for a public Snapshot)');
  if (threshold < DEFAULT_THRESHOLD && !notForPublication) {
    throw new CliError(
      `--threshold ${threshold} is below ${DEFAULT_THRESHOLD}, the smallest for a Snapshot shown to the public. For the agency's own use, add ` +
        '--not-for-publication: every sheet and the JSON then say "NOT FOR PUBLICATION"',
    );
  }
}

async function checkOutput(path: string, ext: string, what: string): Promise<void> {
  if (extname(path).toLowerCase() !== ext) throw new CliError(`${what} must end in ${ext}, got "${path}"`);
  try {
    // Like the template command's --out-dir: a missing output folder is made, not an error.
    await fs.mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw new CliError(`${what} "${path}": the folder ${dirname(path)} cannot be made (${String(error instanceof Error ? error.message : error)})`, EXIT_FAILED, { cause: error });
  }
}

/** Runs the command; returns the exit code (0 clean, 1 written with skipped rows) or throws CliError. */
export async function runSnapshot(args: SnapshotArgs, env: SnapshotEnv = {}): Promise<SnapshotOutcome> {
  const log = env.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const warn = env.warn ?? ((l: string) => process.stderr.write(`${l}\n`));
  const threshold = positiveNumber(args.threshold, '--threshold', DEFAULT_THRESHOLD, true);
  checkThreshold(threshold, args.notForPublication === true);
  const asOf = parseAsOf(args.asOf, env.today ?? new Date());
  const maxBad = positiveNumber(args.maxBad, '--max-bad', 5, false) / 100;
  const childPopulation = args.childPopulation === undefined ? undefined : positiveNumber(args.childPopulation, '--child-population', 0, true);
  const explicit = args.period === undefined ? undefined : parsePeriodArg(args.period);
  await checkOutput(args.out, '.xlsx', '--out');
  if (args.json !== undefined) await checkOutput(args.json, '.json', '--json');
  const inputs: [DatasetKind, string | undefined][] = [['episodes', args.episodes], ['reports', args.reports], ['community', args.community]];
  for (const [kind, path] of inputs) if (path !== undefined) await mustExist(path, `--${kind}`);
  const mapping = args.mapping === undefined ? undefined : await readMapping(args.mapping);

  const base: Omit<SnapshotRunOptions, 'period'> = {
    threshold,
    asOf,
    ...(args.notForPublication === true ? { notForPublication: true } : {}),
    ...(args.jurisdiction === undefined ? {} : { jurisdiction: args.jurisdiction }),
    ...(mapping === undefined ? {} : { mapping }),
    ...(childPopulation === undefined ? {} : { childPopulation }),
  };
  // Loaded here, as the other commands do, so --help and argument errors answer without loading exceljs.
  let writer: Promise<typeof import('./xlsx-writer.js')> | null = null;
  const loadWriter = (): Promise<typeof import('./xlsx-writer.js')> => (writer ??= import('./xlsx-writer.js'));
  const threads = args.reports !== undefined && (env.threads ?? (await worthThreads(args.episodes, args.reports)));
  // Without --period: the latest federal year ended by the as-of date, and if the data ends earlier, read again for the latest it covers.
  let period = explicit ?? latestCompleteFfy(asOf);
  let read = await readAll(args, { ...base, period }, inputs, maxBad, threads, loadWriter);
  const range = dataRange(read.episodes, read.reports);
  if (range === null) throw new CliError(`${basename(args.episodes)} has no dated rows: no Snapshot can be made`);
  const outside = periodOutsideData(period, range);
  if (outside !== null && explicit !== undefined) throw new CliError(outside);
  const covered = latestCoveredFfy(range);
  if (explicit === undefined && covered.label !== period.label) {
    period = covered;
    read = await readAll(args, { ...base, period }, inputs, maxBad, threads, loadWriter);
  }
  const options: SnapshotRunOptions = { ...base, period };
  const snapshot = build(() => assembleSnapshot(options, read.episodes, read.reports, read.community, read.files));
  const { writeSnapshotXlsx } = await loadWriter();
  await writeSnapshotXlsx(args.out, snapshot);
  if (args.json !== undefined) await writeSnapshotJson(args.json, snapshot);
  const { issues, files } = read;
  const skipped = files.reduce((a, f) => a + f.skipped, 0);
  for (const issue of issues.slice(0, MAX_PRINTED_ISSUES)) warn(formatIssue(issue));
  if (issues.length > MAX_PRINTED_ISSUES) warn(`… and ${issues.length - MAX_PRINTED_ISSUES} more problems (the first 50 per file are kept).`);
  if (args.quiet !== true) {
    for (const f of files) log(`${f.file}: ${f.rows.toLocaleString('en-US')} rows read, ${f.skipped.toLocaleString('en-US')} skipped`);
    log(`Snapshot ${period.label} written to ${args.out}${args.json === undefined ? '' : ` and ${args.json}`}`);
  }
  return { exitCode: skipped > 0 || issues.some((i) => i.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK, snapshot, issues, files };
}

/** A Snapshot whose suppression cannot be proven is not written: said as a refusal, not a crash. */
function build(make: () => Snapshot): Snapshot {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof SuppressionError)) throw error;
    throw new CliError(`No Snapshot was written: ${error.message}. Choose a larger area or a longer period, or report this with the files' sizes`, EXIT_FAILED, { cause: error });
  }
}

interface ReadResult {
  readonly episodes: EpisodeAggregates;
  readonly reports: ReportAggregates | null;
  readonly community: readonly CommunityRecord[] | null;
  readonly files: readonly FileReadSummary[];
  readonly issues: readonly Issue[];
}

/** Reads every input for one period: big episodes and reports on two threads at once, else one after the other. */
async function readAll(
  args: SnapshotArgs,
  options: SnapshotRunOptions,
  inputs: readonly [DatasetKind, string | undefined][],
  maxBad: number,
  threads: boolean,
  loadWriter: () => Promise<unknown>,
): Promise<ReadResult> {
  const run = new SnapshotRun(options);
  const issues: Issue[] = [];
  if (threads && args.reports !== undefined) {
    // The workbook writer loads as soon as the reports thread is done and a core is free.
    const parts = await readOnThreads(options, args.episodes, args.reports, maxBad, () => void loadWriter().catch(() => undefined));
    issues.push(...parts.issues);
    if (args.community !== undefined) issues.push(...(await readInput(run, 'community', args.community, maxBad)));
    return { episodes: parts.episodes, reports: parts.reports, community: run.community, files: [...parts.files, ...run.files()], issues };
  }
  for (const [kind, path] of inputs) if (path !== undefined) issues.push(...(await readInput(run, kind, path, maxBad)));
  const parts = run.finishParts();
  return { ...parts, files: run.files(), issues };
}

export const registerSnapshot: RegisterCommand = (program: Command, setExitCode) => {
  program
    .command('snapshot')
    .description('Build the Child and Family Snapshot (aggregates only, small counts suppressed) from episode, report and community CSVs')
    .requiredOption('--episodes <file.csv>', 'foster care episodes, one row per removal episode (AFCARS-like)')
    .option('--reports <file.csv>', 'maltreatment reports, one row per child per report (NCANDS-like)')
    .option('--community <file.csv>', 'community indicators (KIDS COUNT-like)')
    .option('--period <period>', 'FFY2025, CY2024 or 2024-07 (12 months from July 2024); default: the latest federal fiscal year the data covers')
    .option('--mapping <file.json>', 'column mapping: {"episodes": {"childId": "CHILD_NO"}, ...}')
    .requiredOption('--out <file.xlsx>', 'the Snapshot workbook to write')
    .option('--json <file.json>', 'also write the Snapshot as JSON (for merge --snapshot)')
    .option('--jurisdiction <name>', 'name shown on the Snapshot', 'the jurisdiction')
    .option('--threshold <n>', 'suppress counts from 1 to n (below 10 only with --not-for-publication)', '10')
    .option('--not-for-publication', 'allow a threshold below 10; every sheet and the JSON are stamped NOT FOR PUBLICATION')
    .option('--as-of <yyyy-mm-dd>', 'dates after this day are reported and their rows skipped (default: today)')
    .option('--max-bad <percent>', 'stop when more than this percent of a file\'s rows are bad', '5')
    .option('--child-population <n>', 'children under 18, for rates per 1,000 (else taken from --community)')
    .option('--quiet', 'print problems only')
    .action(async (opts: SnapshotArgs) => {
      const outcome = await runSnapshot(opts);
      setExitCode(outcome.exitCode);
    });
};
