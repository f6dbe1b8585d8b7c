// Reads the Snapshot JSON (written by `service-array snapshot --json`) for the merge's capacity
// reports. A file that is not one stops the run before anything is written.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../../src/core';
import { CliError } from '../cli-error';

export async function readSnapshotJson(file: string): Promise<Snapshot> {
  const name = path.basename(file);
  const advice = 'Give the JSON file written by "service-array snapshot --json".';
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    throw new CliError(`The Snapshot ${name} ${why}. ${advice}`, 2, { cause: error });
  }
  const s = raw as Partial<Snapshot> | null;
  if (s === null || typeof s !== 'object' || s.schema !== SNAPSHOT_SCHEMA || !Array.isArray(s.indicators) || !Array.isArray(s.community) || s.period === undefined) {
    throw new CliError(`${name} is not a Snapshot: expected "schema": "${SNAPSHOT_SCHEMA}" with indicators, community and period. ${advice}`);
  }
  return s as Snapshot;
}
