// Reads every submission, in parallel on worker threads when there are many: at statewide scale
// (hundreds of workbooks) reading is most of the merge's time, and each file is independent.

import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Jurisdiction, ReceivedFile } from '../../src/core';
import { readSubmissionFile } from '../xlsx/read-submission';

/** Below this, starting workers costs more than it saves. */
const PARALLEL_FROM = 24;

export interface ToRead {
  readonly path: string;
  readonly modifiedAt: string;
}

export async function readSubmissions(files: readonly ToRead[], j: Jurisdiction, onRead: () => void): Promise<ReceivedFile[]> {
  const workers = Math.min(availableParallelism(), 4);
  if (files.length < PARALLEL_FROM || workers < 2) {
    const out: ReceivedFile[] = [];
    for (const f of files) {
      out.push({ ...(await readSubmissionFile(f.path, j)), modifiedAt: f.modifiedAt });
      onRead();
    }
    return out;
  }
  // Interleave files across workers so each gets a similar share; results keep the input order.
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_f, i) => i % workers === w));
  const results = await Promise.all(shares.map((share) => readOnWorker(share, j, onRead)));
  return files.map((_f, i) => {
    const r = results[i % workers]?.[Math.floor(i / workers)];
    if (r === undefined) throw new Error(`worker lost the result for ${files[i]?.path ?? i}`);
    return r;
  });
}

function readOnWorker(files: readonly ToRead[], j: Jurisdiction, onRead: () => void): Promise<ReceivedFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'read-worker.js'), { workerData: { files, jurisdiction: j } });
    const out: ReceivedFile[] = [];
    worker.on('message', (r: ReceivedFile) => {
      out.push(r);
      onRead();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 && out.length === files.length ? resolve(out) : reject(new Error(`a reader thread stopped early (exit ${code})`))));
  });
}
