// Worker thread: given the files, claims them from the shared counter one by one and posts each
// result back as it is done, then ends. It may be started before the files are known (see reader-threads).

import { parentPort } from 'node:worker_threads';
import { claim, readOne, type ReaderData, type ReaderResult } from './read-submissions';

parentPort?.once('message', ({ files, jurisdiction, next, current, slot, deferAbove }: ReaderData) => {
  const reading = new Int32Array(current);
  for (const index of claim(new Int32Array(next), files.length)) {
    Atomics.store(reading, slot, index);
    const result: ReaderResult = { index, read: readOne(files[index] as (typeof files)[number], jurisdiction, deferAbove) };
    parentPort?.postMessage(result);
  }
  Atomics.store(reading, slot, -1);
});
