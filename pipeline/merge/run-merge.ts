// The merge as one function the CLI and the tests call: read the jurisdiction, the previous plan and
// every submission, merge, then write the plan (and the JSON and CSV reports) all at once or not at all.

import * as path from 'node:path';
import { mergePlan, snapshotOverview, type Issue, type MergeResult, type PreviousPlan, type Snapshot } from '../../src/core';
import { engagementHeadline } from '../../src/core/engagement';
import { checkOutputs, writeFilesAtomic, type NamedFile, type Output } from '../atomic-write';
import { readJurisdiction } from '../config/read-jurisdiction';
import { EXIT_OK, EXIT_PROBLEMS } from '../cli-error';
import { findSubmissions } from './find-submissions';
import { planCsv, planJson } from './plan-exports';
import { readPreviousPlan } from './previous-plan-reader';
import { readSubmissions } from './read-submissions';
import { localIsoDate } from '../local-date';
import { readEngagementFile } from '../engagement/read-engagement';
import { takeClampedCount } from './sheet-kit';

export interface MergeOptions {
  readonly submissionsDir: string;
  readonly config: string;
  readonly out: string;
  readonly previous?: string;
  /** The committee's engagement workbook: its headline goes on the Overview, its problems on Problems. */
  readonly engagement?: string;
  /** Put the committee's engagement colours, next steps and owners into the plan's roster (plan.json). */
  readonly engagementColours?: boolean;
  readonly json?: string;
  readonly csv?: string;
  /** The Child and Family Snapshot, already read (see --snapshot). */
  readonly snapshot?: Snapshot;
  /** The file it was read from: no output may overwrite it. */
  readonly snapshotFile?: string;
  /** yyyy-mm-dd; defaults to today. */
  readonly asOf?: string;
  /** The time stamped as "Generated"; tests fix it. */
  readonly now?: Date;
}

export interface MergeRun {
  readonly result: MergeResult;
  readonly exitCode: number;
  readonly written: readonly { readonly path: string; readonly bytes: number }[];
  readonly configWarnings: readonly Issue[];
  /** Cells of plan.xlsx cut to Excel's 32,767 characters. */
  readonly clamped: number;
}

export interface MergeProgress {
  start(total: number): void;
  tick(): void;
  stop(): void;
}

export async function runMerge(options: MergeOptions, progress: MergeProgress): Promise<MergeRun> {
  const now = options.now ?? new Date();
  const { jurisdiction, warnings } = await readJurisdiction(options.config);
  let previous: PreviousPlan | null = null;
  const extraIssues: Issue[] = [];
  if (options.previous !== undefined) {
    const read = await readPreviousPlan(options.previous, jurisdiction);
    previous = read.plan;
    extraIssues.push(...read.warnings);
  }
  const asOf = options.asOf ?? localIsoDate(now);
  let engagement: (readonly [string, string])[] = [];
  if (options.engagement !== undefined) {
    const parsed = readEngagementFile(options.engagement, jurisdiction, asOf);
    engagement = engagementHeadline(parsed, jurisdiction, asOf);
    extraIssues.push(...parsed.issues);
  }
  const found = await findSubmissions(options.submissionsDir);
  extraIssues.push(...found.skipped);
  const targets: NamedFile[] = [{ path: options.out, option: '--out' }];
  if (options.json !== undefined) targets.push({ path: options.json, option: '--json' });
  if (options.csv !== undefined) targets.push({ path: options.csv, option: '--csv' });
  // Checked before the long part of the run: a mistyped output is refused at once.
  const inputs: NamedFile[] = [{ path: options.config, option: '--config' }, ...found.files.map((f) => ({ path: f.path, option: `the submission ${path.basename(f.path)}` }))];
  if (options.previous !== undefined) inputs.push({ path: options.previous, option: '--previous' });
  if (options.snapshotFile !== undefined) inputs.push({ path: options.snapshotFile, option: '--snapshot' });
  if (options.engagement !== undefined) inputs.push({ path: options.engagement, option: '--engagement' });
  await checkOutputs(targets, inputs);
  // exceljs takes a while to load; let it load while the reader threads work.
  const writer = import('./plan-writer.js');
  progress.start(found.files.length);
  let files;
  try {
    files = await readSubmissions(found.files, jurisdiction, () => progress.tick());
  } finally {
    progress.stop();
  }
  const data = options.snapshot === undefined ? null : snapshotOverview(options.snapshot, jurisdiction.settings.capacities.map((c) => c.id));
  // Snapshot indicators for the quarterly review's measures; suppressed values stay unknown.
  const current = options.snapshot === undefined ? null : new Map(options.snapshot.indicators.map((i) => [i.code, { value: i.suppressed ? null : i.value, period: options.snapshot?.period.label ?? '' }] as const));
  const result = mergePlan({ jurisdiction, files, previous, data, asOf, extraIssues, indicators: { current, previous: null }, engagementColours: options.engagementColours === true });
  const { renderPlan } = await writer;
  takeClampedCount();
  const outputs: Output[] = [{ path: options.out, option: '--out', data: await renderPlan(result.plan, result.basis, jurisdiction, now, result.applied, engagement) }];
  // Texts joined from many groups can pass Excel's 32,767 characters a cell: cut there (plan.json has them whole).
  const clamped = takeClampedCount();
  if (options.json !== undefined) outputs.push({ path: options.json, option: '--json', data: Buffer.from(planJson(result.plan, now)) });
  if (options.csv !== undefined) outputs.push({ path: options.csv, option: '--csv', data: Buffer.from(planCsv(result.plan)) });
  await writeFilesAtomic(outputs);
  const t = result.plan.totals;
  // A workbook with nothing filled in needs the committee as much as a missing one.
  const clean = t.errors === 0 && t.missing === 0 && t.invalid === 0 && t.empty === 0;
  return {
    result,
    exitCode: clean ? EXIT_OK : EXIT_PROBLEMS,
    written: outputs.map((o) => ({ path: path.resolve(o.path), bytes: o.data.length })),
    configWarnings: warnings,
    clamped,
  };
}
