// Reads every submission, in parallel when there are many: at statewide scale (hundreds of
// workbooks) reading is most of the merge's time, and each file is independent. This thread reads
// too, alongside one worker per further core, and a shared counter hands the next file to whichever
// is free: as many readers as cores, never more, and no thread waits for a share to be dealt.

import { setImmediate as yieldToEvents } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { Jurisdiction, ReceivedFile } from '../../src/core';
import { readSubmissionFile } from '../xlsx/read-submission';
import { helperCount, takeReaderThreads } from './reader-threads';

/** Below this, starting a worker costs more than it saves. */
const PARALLEL_FROM = 24;

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
}
export interface ReaderResult {
  readonly index: number;
  readonly read: ReceivedFile;
}

export function readOne(f: ToRead, j: Jurisdiction): ReceivedFile {
  return { ...readSubmissionFile(f.path, j), modifiedAt: f.modifiedAt };
}

/** Claims file after file from the shared counter until none is left. */
export function* claim(next: Int32Array, count: number): Generator<number> {
  for (let i = Atomics.add(next, 0, 1); i < count; i = Atomics.add(next, 0, 1)) yield i;
}

/** The results in the order of `files`; `onRead` is called once per file as it is done. */
export async function readSubmissions(files: readonly ToRead[], j: Jurisdiction, onRead: () => void): Promise<ReceivedFile[]> {
  const results: (ReceivedFile | undefined)[] = new Array<ReceivedFile | undefined>(files.length);
  const store = (index: number, read: ReceivedFile): void => {
    results[index] = read;
    onRead();
  };
  const helpers = files.length < PARALLEL_FROM ? 0 : helperCount();
  const data: ReaderData = { files, jurisdiction: j, next: new SharedArrayBuffer(4) };
  const workers = Promise.all(takeReaderThreads(helpers).map((w) => run(w, data, store)));
  // Awaited once this thread has read its share; a thread failing before then is not unhandled.
  workers.catch(() => undefined);
  for (const i of claim(new Int32Array(data.next), files.length)) {
    store(i, readOne(files[i] as ToRead, j));
    // Let the workers' results and the progress bar through between files.
    if (helpers > 0) await yieldToEvents();
  }
  await workers;
  return results.map((r, i) => {
    if (r === undefined) throw new Error(`no reader returned ${files[i]?.path ?? i}`);
    return r;
  });
}

function run(worker: Worker, data: ReaderData, store: (index: number, read: ReceivedFile) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.on('message', (r: ReaderResult) => store(r.index, r.read));
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a reader thread stopped early (exit ${code})`))));
    worker.postMessage(data);
  });
}
