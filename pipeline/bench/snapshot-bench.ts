// Benchmark: 1,000,000 episodes + 1,000,000 reports → full Snapshot (xlsx + JSON); prints wall
// time and peak RSS. Generates the data first (in a child process, so its memory is not counted).

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSnapshot } from '../snapshot/snapshot-command';

async function main(): Promise<void> {
  const episodes = Number(process.env.SNAPSHOT_BENCH_EPISODES ?? 1_000_000);
  const reports = Number(process.env.SNAPSHOT_BENCH_REPORTS ?? 1_000_000);
  const dir = join(tmpdir(), `service-array-snapshot-bench-${episodes}-${reports}`);
  if (!existsSync(join(dir, 'reports.csv'))) {
    process.stdout.write(`generating ${episodes} episodes and ${reports} reports into ${dir} …\n`);
    const gen = spawnSync(process.execPath, [join(__dirname, '../snapshot/generate-snapshot-data.js'), '--episodes', String(episodes), '--reports', String(reports), '--out-dir', dir, '--seed', '1'], { stdio: 'inherit' });
    if (gen.status !== 0) throw new Error('data generation failed');
  }
  const started = process.hrtime.bigint();
  const outcome = await runSnapshot(
    { episodes: join(dir, 'episodes.csv'), reports: join(dir, 'reports.csv'), out: join(dir, 'snapshot.xlsx'), json: join(dir, 'snapshot.json'), period: process.env.SNAPSHOT_BENCH_PERIOD ?? 'FFY2026', quiet: true },
    { log: () => undefined, warn: () => undefined },
  );
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const rows = outcome.files.map((f) => `${f.file} ${f.rows.toLocaleString('en-US')} rows`).join(', ');
  process.stdout.write(`snapshot: ${rows}\nwall ${(wallMs / 1000).toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB (targets: 4 s, 250 MB)\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e instanceof Error ? e.stack : e)}\n`);
  process.exitCode = 1;
});
