// Reads every submission, in parallel when there are many: at statewide scale (hundreds of
// workbooks) reading is most of the merge's time, and each file is independent. This thread reads
// too, alongside one worker per further core, and a shared counter hands the next file to whichever
// is free: as many readers as cores, never more, and no thread waits for a share to be dealt.
//
// Memory stays bounded for the whole run, not only per file: a reader expands a workbook to
// DEFER_ABOVE bytes at most; a bigger one (a real submission never is) is put aside and read
// afterwards, alone, up to the reader's own limit, on a fresh thread that takes all it held with it.

import * as path from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { Jurisdiction, ReceivedFile } from '../../src/core';
import { DeferredRead, readSubmissionFile } from '../xlsx/read-submission';
import { aloneThread, helperCount, takeReaderThreads } from './reader-threads';

/** Below this, starting a worker costs more than it saves. */
const PARALLEL_FROM = 24;
/** Expanded bytes a reader takes before it puts a file aside: a real submission expands to well under 1 MB. */
export const DEFER_ABOVE = 4 * 1024 * 1024;

export interface ToRead {
  readonly path: string;
  readonly modifiedAt: string;
}

/** What a worker is given, and what it sends back for each file it reads. */
export interface ReaderData {
  readonly files: readonly ToRead[];
  readonly jurisdiction: Jurisdiction;
  /** One Int32: the index of the next file nobody has claimed yet. */
  readonly next: SharedArrayBuffer;
  /** One Int32 per worker: the file it is reading (-1 for none), so a worker that dies is not blamed on another file. */
  readonly current: SharedArrayBuffer;
  /** This worker's place in `current`. */
  readonly slot: number;
  /** See readOne; none for a thread reading one file alone. */
  readonly deferAbove?: number;
}
export interface ReaderResult {
  readonly index: number;
  /** Null: put aside, to be read alone (see DEFER_ABOVE). */
  readonly read: ReceivedFile | null;
}

/** The file read, or null when it needs more memory than `deferAbove` allows just now. */
export function readOne(f: ToRead, j: Jurisdiction, deferAbove?: number): ReceivedFile | null {
  try {
    return { ...readSubmissionFile(f.path, j, deferAbove), modifiedAt: f.modifiedAt };
  } catch (error) {
    if (error instanceof DeferredRead) return null;
    throw error;
  }
}

/** Claims file after file from the shared counter until none is left. */
export function* claim(next: Int32Array, count: number): Generator<number> {
  for (let i = Atomics.add(next, 0, 1); i < count; i = Atomics.add(next, 0, 1)) yield i;
}

/** The results in the order of `files`; `onRead` is called once per file as it is done. */
export async function readSubmissions(files: readonly ToRead[], j: Jurisdiction, onRead: () => void): Promise<ReceivedFile[]> {
  const results: (ReceivedFile | undefined)[] = new Array<ReceivedFile | undefined>(files.length);
  const store = (index: number, read: ReceivedFile): void => {
    if (results[index] !== undefined) return;
    results[index] = read;
    onRead();
  };
  const helpers = files.length < PARALLEL_FROM ? 0 : helperCount();
  const data: Omit<ReaderData, 'slot'> = { files, jurisdiction: j, next: new SharedArrayBuffer(4), current: slots(helpers), deferAbove: DEFER_ABOVE };
  const workers = Promise.all(takeReaderThreads(helpers).map((w, slot) => run(w, { ...data, slot }, store)));
  // Awaited once this thread has read its share; a thread failing before then is not unhandled.
  workers.catch(() => undefined);
  for (const i of claim(new Int32Array(data.next), files.length)) {
    const read = readOne(files[i] as ToRead, j, DEFER_ABOVE);
    if (read !== null) store(i, read);
    // Let the workers' results and the progress bar through between files.
    if (helpers > 0) await yieldToEvents();
  }
  await workers;
  // What was put aside, one at a time, and anything a thread never answered for.
  for (const [i, f] of files.entries()) {
    if (results[i] !== undefined) continue;
    await run(aloneThread(), { files: [f], jurisdiction: j, next: new SharedArrayBuffer(4), current: slots(1), slot: 0 }, (_index, read) => store(i, read));
    store(i, readerStopped(f, 'it gave no answer'));
  }
  return results as ReceivedFile[];
}

/** One Int32 per thread, each -1: no file being read. */
function slots(count: number): SharedArrayBuffer {
  const current = new SharedArrayBuffer(4 * Math.max(count, 1));
  new Int32Array(current).fill(-1);
  return current;
}

/** Resolves when the worker has ended, however: a worker that dies is reported against the file it was reading. */
function run(worker: Worker, data: ReaderData, store: (index: number, read: ReceivedFile) => void): Promise<void> {
  return new Promise((resolve) => {
    let failure: Error | null = null;
    worker.on('message', (r: ReaderResult) => {
      if (r.read !== null) store(r.index, r.read);
    });
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      const index = Atomics.load(new Int32Array(data.current), data.slot);
      const f = data.files[index];
      if ((failure !== null || code !== 0) && f !== undefined) store(index, readerStopped(f, failure?.message ?? `exit code ${code}`));
      resolve();
    });
    worker.postMessage(data);
  });
}

function readerStopped(f: ToRead, why: string): ReceivedFile {
  const file = path.basename(f.path);
  return {
    file,
    modifiedAt: f.modifiedAt,
    submission: null,
    issues: [{ code: 'READER_FAILED', severity: 'error', message: `service-array could not read this workbook (its reader stopped: ${why})`, advice: 'Please report this with the file; the other submissions were merged', file }],
  };
}
