// Measurement, not a test: the whole 1M + 1M Snapshot against pandas merely reading the same two CSVs
// (`pd.read_csv(path, dtype=str)`), run in alternation in one go so both see the same machine.
// Needs Debian's python3-pandas (`apt-get install python3-pandas`); prints medians, ranges and peaks.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = process.env.SNAPSHOT_BENCH_DIR ?? join(tmpdir(), 'service-array-snapshot-bench-1000000-1000000');
const rounds = Number(process.env.ROUNDS ?? 5);
const period = process.env.PERIOD ?? 'FFY2026';
const python = '/usr/bin/python3';

interface Run {
  readonly wall: number;
  readonly peakMb: number;
}

/** Runs a command under /usr/bin/time for its peak memory (all threads). */
function timed(cmd: string, args: string[]): Run {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', cmd, ...args], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const kb = Number(/peak-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { wall, peakMb: kb / 1024 };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const show = (name: string, runs: readonly Run[]): string => {
  const w = runs.map((r) => r.wall);
  return `${name}: ${median(w).toFixed(2)} s (${Math.min(...w).toFixed(2)}–${Math.max(...w).toFixed(2)}), peak ${median(runs.map((r) => r.peakMb)).toFixed(0)} MiB`;
};

function main(): void {
  for (const f of ['episodes.csv', 'reports.csv']) if (!existsSync(join(dir, f))) throw new Error(`${join(dir, f)} is missing: run npm run bench:snapshot once to make it`);
  const cli = join(__dirname, '../cli.js');
  const snapshot: Run[] = [];
  const pandas: Run[] = [];
  const read = `import pandas as pd\nfor f in ("episodes.csv", "reports.csv"): pd.read_csv("${dir}/" + f, dtype=str)`;
  for (let i = 0; i < rounds; i++) {
    snapshot.push(timed(process.execPath, [cli, 'snapshot', '--episodes', join(dir, 'episodes.csv'), '--reports', join(dir, 'reports.csv'), '--period', period, '--out', join(dir, 'vs-pandas.xlsx'), '--json', join(dir, 'vs-pandas.json'), '--quiet']));
    pandas.push(timed(python, ['-c', read]));
  }
  process.stdout.write(`${show(`snapshot ${period} (xlsx + JSON)`, snapshot)}\n${show('pandas read_csv(dtype=str) of both files', pandas)}\n`);
  process.stdout.write(`snapshot / pandas, median wall: ${(median(snapshot.map((r) => r.wall)) / median(pandas.map((r) => r.wall))).toFixed(2)} over ${rounds} alternating rounds\n`);
}

main();
