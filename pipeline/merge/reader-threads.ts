// Reader threads, started before they are needed: a thread takes a few hundred milliseconds to load
// its code, better spent while the command line itself loads than after the files are listed. An
// idle thread does not keep the process alive, so starting one that is never used costs nothing.

import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

/** As many readers as cores, this thread included, and no more than this. */
const MAX_READERS = 4;

const idle: Worker[] = [];

export function helperCount(): number {
  return Math.min(availableParallelism(), MAX_READERS) - 1;
}

function spawn(): Worker {
  const worker = new Worker(path.join(__dirname, 'read-worker.js'));
  worker.unref();
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
