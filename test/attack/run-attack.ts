// The full attack (`npm run attack:snapshot [-- --seeds 30]`): many random small counties, three yearly
// releases each, attacked together; prints how many suppressed counts were attacked and how many an
// exact integer program pinned or narrowed below 3 values. With SNAPSHOT_BASELINE_CLI=<cli.js> the same
// counties are published by that build too, to compare (the cost in information: cells suppressed).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../../src/core/snapshot';
import { RELEASES, county, removeTemporaryFolders } from './counties';
import { attackSnapshots } from './snapshot-attacker';

const countCells = (s: Snapshot) => s.sections.flatMap((x) => x.tables).flatMap((t) => t.rows).flatMap((r) => r.cells).filter((c) => c.kind === 'count');
const suppressed = (s: Snapshot): number => countCells(s).filter((c) => c.suppressed).length;
const cells = (xs: readonly Snapshot[]): number => xs.reduce((n, s) => n + countCells(s).length, 0);

function baseline(cli: string, dir: string): Snapshot[] {
  return RELEASES.map((period) => {
    const json = join(dir, `baseline-${period}.json`);
    execFileSync(process.execPath, [cli, 'snapshot', '--episodes', join(dir, 'episodes.csv'), '--reports', join(dir, 'reports.csv'), '--period', period, '--out', join(dir, `b-${period}.xlsx`), '--json', json, '--quiet']);
    return JSON.parse(readFileSync(json, 'utf8')) as Snapshot;
  });
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--seeds');
  const seeds = at > 0 ? Number(process.argv[at + 1]) : 30;
  const cli = process.env['SNAPSHOT_BASELINE_CLI'];
  let attacked = 0, narrowed = 0, hiddenNow = 0, hiddenBefore = 0, baseAttacked = 0, baseNarrowed = 0, basePinned = 0, baseCounties = 0, allNow = 0, allBefore = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const c = await county(seed);
    const r = await attackSnapshots(c.releases);
    attacked += r.cells.length;
    narrowed += r.narrowed.length;
    hiddenNow += c.releases.reduce((n, s) => n + suppressed(s), 0);
    allNow += cells(c.releases);
    let line = `county ${seed} (${c.episodes} episodes): ${r.cells.length} suppressed counts attacked, ${r.narrowed.length} narrowed below 3 values`;
    if (cli !== undefined) {
      const b = baseline(cli, c.dir);
      hiddenBefore += b.reduce((n, s) => n + suppressed(s), 0);
      allBefore += cells(b);
      const br = await attackSnapshots(b).catch(() => null);
      if (br !== null) {
        baseAttacked += br.cells.length;
        baseNarrowed += br.narrowed.length;
        basePinned += br.narrowed.filter((x) => x.min === x.max).length;
        if (br.narrowed.length > 0) baseCounties += 1;
        line += `; the baseline: ${br.narrowed.length} of ${br.cells.length} narrowed`;
      }
    }
    process.stdout.write(`${line}\n`);
    for (const x of r.narrowed) process.stdout.write(`  NARROWED ${x.name} [${x.min}, ${x.max}]\n`);
  }
  process.stdout.write(`\n${seeds} counties × ${RELEASES.length} releases: ${attacked} suppressed counts attacked, ${narrowed} pinned or narrowed below 3 values\n`);
  process.stdout.write(`count cells suppressed in the releases: ${hiddenNow} of ${allNow}`);
  if (cli !== undefined) {
    process.stdout.write(`; the baseline: ${hiddenBefore} of ${allBefore}, and its releases attacked the same way: ${baseNarrowed} of ${baseAttacked} narrowed below 3 values (${basePinned} pinned exactly) in ${baseCounties} of ${seeds} counties`);
  }
  process.stdout.write('\n');
  removeTemporaryFolders();
  if (narrowed > 0) process.exitCode = 1;
}

void main();
