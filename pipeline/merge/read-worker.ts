// Worker thread: given the files, claims them from the shared counter one by one and posts each
// result back as it is done, then ends. It may be started before the files are known (see reader-threads).

import { parentPort } from 'node:worker_threads';
import { claim, readOne, type ReaderData, type ReaderResult } from './read-submissions';

parentPort?.once('message', ({ files, jurisdiction, next }: ReaderData) => {
  for (const index of claim(new Int32Array(next), files.length)) {
    const result: ReaderResult = { index, read: readOne(files[index] as (typeof files)[number], jurisdiction) };
    parentPort?.postMessage(result);
  }
});
