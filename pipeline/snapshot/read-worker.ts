// Worker thread: reads one Snapshot input (episodes or reports) into its own SnapshotRun and posts
// back plain aggregate data. The episodes thread also answers S1's "in care on that day?" for the
// reports' pending victim reports, so the per-child stay spans never leave it.

import { parentPort, workerData } from 'node:worker_threads';
import { SnapshotRun, countInCare } from '../../src/core/snapshot';
import { CliError } from '../cli-error';
import { readInput } from './read-input';
import type { PendingReports, ReadJob, ReadReply } from './read-threads';

const job = workerData as ReadJob;

let pending: PendingReports | null = null;
let wake: (() => void) | null = null;
parentPort?.on('message', (message: PendingReports) => {
  pending = message;
  wake?.();
});

function nextPending(): Promise<PendingReports> {
  return new Promise((resolve) => {
    const take = (): void => resolve(pending ?? []);
    if (pending !== null) take();
    else wake = take;
  });
}

function post(reply: ReadReply): void {
  parentPort?.postMessage(reply);
}

async function main(): Promise<void> {
  const run = new SnapshotRun(job.options);
  try {
    const issues = await readInput(run, job.kind, job.path, job.maxBad);
    const [file] = run.files();
    if (file === undefined) throw new Error('the reader thread lost its file summary');
    if (job.kind === 'episodes') {
      const episodes = run.episodes.finish();
      post({ ok: true, kind: 'episodes', issues, file, episodes });
      // The reports thread's pending victim reports come through the main thread, or [] without reports.
      post({ ok: true, kind: 's1', inCare: countInCare(await nextPending(), run.episodes.inCareOn) });
    } else {
      post({ ok: true, kind: 'reports', issues, file, reports: run.reports.finishPartial() });
    }
  } catch (error) {
    if (error instanceof CliError) post({ ok: false, message: error.message, exitCode: error.exitCode });
    else post({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void main();
