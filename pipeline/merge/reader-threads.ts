// Reader threads, started before they are needed: a thread takes a few hundred milliseconds to load
// its code, better spent while the command line itself loads than after the files are listed. An
// idle thread does not keep the process alive, so starting one that is never used costs nothing.

import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** As many readers as cores, this thread included, and no more than this. */
const MAX_READERS = 4;
/**
 * A reader thread's heap: many times what it needs (it expands no workbook past DEFER_ABOVE), so that
 * a reader that goes wrong stops alone, its file reported, instead of taking the process with it.
 * Not less: V8 lets a heap grow by a factor that falls from 4 at 2 GB to 1.3 at 256 MB, and at 512 MB
 * the reader collected so often that reading the statewide files took 6% longer.
 */
const READER_HEAP_MB = 2048;
/** The same for a thread that reads one big workbook alone: up to the reader's limit, as UTF-16 text. */
const ALONE_HEAP_MB = 1536;

const idle: Worker[] = [];

export function helperCount(): number {
  return Math.min(availableParallelism(), MAX_READERS) - 1;
}

function spawn(heapMb = READER_HEAP_MB): Worker {
  const worker = new Worker(path.join(__dirname, 'read-worker.js'), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  worker.unref();
  return worker;
}

/**
 * A fresh thread for one big workbook: when it ends, all it held goes with it, at once, instead of
 * waiting in this thread's heap for a collection while the next big file is read.
 */
export function aloneThread(): Worker {
  const worker = spawn(ALONE_HEAP_MB);
  worker.ref();
  return worker;
}

export function startReaderThreads(): void {
  while (idle.length < helperCount()) idle.push(spawn());
}

/** `count` reader threads, those started early first; each waits for its ReaderData message. */
export function takeReaderThreads(count: number): Worker[] {
  const taken = idle.splice(0, count);
  while (taken.length < count) taken.push(spawn());
  for (const w of taken) w.ref();
  return taken;
}
