// Random small counties for the attacker: seeded synthetic files of 40–600 episodes, and the three
// consecutive yearly Snapshots (FFY2022, FFY2023, FFY2024) a county would publish from them.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSnapshotData, seededRandom } from '../../pipeline/snapshot/generate-snapshot-data';
import { runSnapshot } from '../../pipeline/snapshot/snapshot-command';
import type { Snapshot } from '../../src/core/snapshot';

export const RELEASES = ['FFY2022', 'FFY2023', 'FFY2024'] as const;
const quiet = { today: new Date('2024-11-15T12:00:00Z'), log: () => undefined, warn: () => undefined, threads: false };

const made: string[] = [];

/** A fresh temporary folder, removed by `removeTemporaryFolders`. */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTemporaryFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface County {
  readonly seed: number;
  readonly episodes: number;
  readonly releases: readonly Snapshot[];
  /** Where the county's files are. */
  readonly dir: string;
}

/** Publishes the releases of files already written in `dir`. */
export async function publish(dir: string, periods: readonly string[] = RELEASES, today = quiet.today): Promise<Snapshot[]> {
  const out: Snapshot[] = [];
  for (const period of periods) {
    const json = join(dir, `${period}.json`);
    await runSnapshot({ episodes: join(dir, 'episodes.csv'), reports: join(dir, 'reports.csv'), period, out: join(dir, `${period}.xlsx`), json, quiet: true }, { ...quiet, today });
    out.push(JSON.parse(readFileSync(json, 'utf8')) as Snapshot);
  }
  return out;
}

export async function county(seed: number): Promise<County> {
  const rnd = seededRandom(seed * 7919 + 1);
  const episodes = 40 + Math.floor(rnd() * 561);
  const dir = temporaryFolder(`county-${seed}-`);
  await generateSnapshotData({ episodes, reports: Math.round(episodes * (1.5 + rnd() * 2)), outDir: dir, seed, through: '2024-10-31', years: 5 + Math.floor(rnd() * 5) });
  return { seed, episodes, releases: await publish(dir), dir };
}
