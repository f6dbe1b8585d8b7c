// The Snapshot's JSON form, read back by `merge --snapshot`. The shape is the core's `Snapshot` type.

import { promises as fs } from 'node:fs';
import type { Snapshot } from '../../src/core/snapshot';
import { writeThroughTemp } from '../atomic-write';

export async function writeSnapshotJson(path: string, snapshot: Snapshot): Promise<void> {
  await writeThroughTemp(path, (temp) => fs.writeFile(temp, `${JSON.stringify(snapshot, null, 2)}\n`, 'utf8'));
}
