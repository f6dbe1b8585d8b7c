// Worker thread: reads its share of the submissions and posts each result back as it is done.

import { parentPort, workerData } from 'node:worker_threads';
import type { Jurisdiction } from '../../src/core';
import { readSubmissionFile } from '../xlsx/read-submission';
import type { ToRead } from './read-submissions';

const { files, jurisdiction } = workerData as { files: readonly ToRead[]; jurisdiction: Jurisdiction };

async function run(): Promise<void> {
  for (const f of files) parentPort?.postMessage({ ...(await readSubmissionFile(f.path, jurisdiction)), modifiedAt: f.modifiedAt });
}

void run();
