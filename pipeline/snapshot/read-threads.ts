// Reads the episodes and the reports file at the same time, each on its own worker thread with its
// own SnapshotRun. Only plain aggregates cross back (counts, breakdowns, file summaries, issues);
// S1's in-care match runs on the episodes thread, so child ids travel only as the reports' short
// list of pending victim reports. Errors come back in file order, as the one-thread path throws them.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Issue } from '../../src/core/issue';
import {
  type DatasetKind, type EpisodeAggregates, type FileReadSummary, type ReportAggregates, type ReportPartial, type SnapshotRunOptions, completeReports,
} from '../../src/core/snapshot';
import { CliError } from '../cli-error';

export type PendingReports = ReportPartial['s1Pending'];

export interface ReadJob {
  readonly kind: DatasetKind;
  readonly path: string;
  readonly maxBad: number;
  readonly options: SnapshotRunOptions;
}

export type ReadReply =
  | { readonly ok: true; readonly kind: 'episodes'; readonly issues: Issue[]; readonly file: FileReadSummary; readonly episodes: EpisodeAggregates }
  | { readonly ok: true; readonly kind: 'reports'; readonly issues: Issue[]; readonly file: FileReadSummary; readonly reports: ReportPartial }
  | { readonly ok: true; readonly kind: 's1'; readonly inCare: number }
  | { readonly ok: false; readonly message: string; readonly exitCode?: number };

export interface ThreadedParts {
  readonly episodes: EpisodeAggregates;
  readonly reports: ReportAggregates;
  /** Episodes then reports, as the one-thread path lists them. */
  readonly files: readonly FileReadSummary[];
  readonly issues: readonly Issue[];
}

/** Replies of one worker, in order, as promises: the n-th call answers the n-th message. */
class Replies {
  private readonly queue: ReadReply[] = [];
  private readonly waiting: ((r: ReadReply) => void)[] = [];
  private failure: Error | null = null;
  private readonly failed: ((e: Error) => void)[] = [];

  constructor(readonly worker: Worker) {
    worker.on('message', (r: ReadReply) => {
      const w = this.waiting.shift();
      if (w !== undefined) w(r);
      else this.queue.push(r);
    });
    const fail = (e: Error): void => {
      if (this.failure !== null) return;
      this.failure = e;
      for (const f of this.failed.splice(0)) f(e);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a reader thread stopped early (exit ${code})`)));
  }

  next(): Promise<ReadReply> {
    const r = this.queue.shift();
    if (r !== undefined) return Promise.resolve(r);
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push(resolve);
      this.failed.push(reject);
    });
  }
}

function unwrap(r: ReadReply): Exclude<ReadReply, { ok: false }> {
  if (r.ok) return r;
  if (r.exitCode !== undefined) throw new CliError(r.message, r.exitCode);
  throw new Error(r.message);
}

function start(job: ReadJob): Replies {
  // A smaller young generation per thread: keeps peak RSS of the three heaps well under budget, at no measurable cost in time.
  return new Replies(new Worker(path.join(__dirname, 'read-worker.js'), { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 16 } }));
}

/**
 * Reads both files at once. `onReportsRead` runs when the (usually smaller) reports file is done,
 * so the caller can use the idle core, e.g. to load the workbook writer.
 */
export async function readOnThreads(
  options: SnapshotRunOptions,
  episodesPath: string,
  reportsPath: string,
  maxBad: number,
  onReportsRead: () => void = () => undefined,
): Promise<ThreadedParts> {
  const episodes = start({ kind: 'episodes', path: episodesPath, maxBad, options });
  const reports = start({ kind: 'reports', path: reportsPath, maxBad, options });
  try {
    // Reports first: its pending list is what the episodes thread waits for at its end.
    const repReply = reports.next();
    const epReply = episodes.next();
    // Keep an early episodes failure from being an unhandled rejection while reports is awaited.
    epReply.catch(() => undefined);
    let rep: Exclude<ReadReply, { ok: false }> | Error;
    try {
      rep = unwrap(await repReply);
    } catch (error) {
      rep = error instanceof Error ? error : new Error(String(error));
    }
    if (!(rep instanceof Error)) onReportsRead();
    // An episodes problem is reported before a reports problem, as when reading one file after the other.
    const ep = unwrap(await epReply);
    if (rep instanceof Error) throw rep;
    if (ep.kind !== 'episodes' || rep.kind !== 'reports') throw new Error('the reader threads answered out of order');
    episodes.worker.postMessage(rep.reports.s1Pending);
    const s1 = unwrap(await episodes.next());
    if (s1.kind !== 's1') throw new Error('the episodes thread answered out of order');
    return {
      episodes: ep.episodes,
      reports: completeReports(rep.reports, s1.inCare),
      files: [ep.file, rep.file],
      issues: [...ep.issues, ...rep.issues],
    };
  } finally {
    await Promise.all([episodes.worker.terminate(), reports.worker.terminate()]);
  }
}
