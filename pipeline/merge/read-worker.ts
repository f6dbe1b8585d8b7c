// Worker thread: claims submissions from the shared counter and posts each result back as it is done.

import { parentPort, workerData } from 'node:worker_threads';
import { claim, readOne, type ReaderData, type ReaderResult } from './read-submissions';

const { files, jurisdiction, next } = workerData as ReaderData;
const counter = new Int32Array(next);
for (const index of claim(counter, files.length)) {
  const result: ReaderResult = { index, read: readOne(files[index] as (typeof files)[number], jurisdiction) };
  parentPort?.postMessage(result);
}
