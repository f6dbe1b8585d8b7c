// Benchmark: the steering committee's merge at statewide scale (300 submissions, target ≤ 2.5 s
// wall and ≤ 500 MB peak RSS on 2 cores) and for the 4 bundled samples; plus the foundation
// figures: template size, writing 300 templates, reading 300 filled submissions back.
// Each timed merge runs as a fresh `service-array merge` process, as a user would run it.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readSubmissionBytes } from '../xlsx/read-submission';
import { buildTemplate } from '../template/write-templates';
import { ensureStatewideData } from './statewide-data';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'build/pipeline/cli.js');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

function timedMerge(submissions: string, config: string): { wallS: number; rssMb: number } {
  const out = path.join(tmpdir(), 'service-array-bench-plan.xlsx');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', path.join(__dirname, 'report-rss.js'), CLI, 'merge', submissions, '--config', config, '--out', out, '--quiet'], { encoding: 'utf8' });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /peak-rss-kb (\d+)/.exec(r.stderr ?? '');
  if (rss === null || (r.status !== 0 && r.status !== 1)) throw new Error(`merge failed (exit ${r.status}): ${r.stderr}`);
  return { wallS, rssMb: Number(rss[1]) / 1024 };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function report(label: string, runs: readonly { wallS: number; rssMb: number }[], target: string): void {
  const walls = runs.map((r) => r.wallS);
  process.stdout.write(`${label}: wall median ${median(walls).toFixed(2)} s (min ${Math.min(...walls).toFixed(2)}, max ${Math.max(...walls).toFixed(2)}, ${runs.length} runs), peak RSS median ${median(runs.map((r) => r.rssMb)).toFixed(0)} MB${target}\n`);
}

async function main(): Promise<void> {
  const groups = Number(process.env['BENCH_GROUPS'] ?? 300);
  const dir = path.join(tmpdir(), `service-array-bench-statewide-${groups}-v3`);
  process.stdout.write(`statewide data: ${groups} submissions in ${dir} (generated once)\n`);
  const data = await ensureStatewideData(dir, groups);
  const files = readdirSync(data.submissions).map((f) => path.join(data.submissions, f));
  const sizes = files.map((f) => statSync(f).size);
  process.stdout.write(`submission size: median ${(median(sizes) / 1024).toFixed(0)} KB, total ${(sizes.reduce((a, b) => a + b, 0) / 1024 / 1024).toFixed(1)} MB\n`);

  // Foundation figures, in this process.
  const j = data.jurisdiction;
  let t = process.hrtime.bigint();
  let templateBytes = 0;
  for (const g of j.workGroups) templateBytes += (await buildTemplate(j, g, new Date(), `t-${g.id}`)).length;
  process.stdout.write(`write ${j.workGroups.length} templates: ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(2)} s (mean template ${(templateBytes / j.workGroups.length / 1024).toFixed(0)} KB)\n`);
  const buffers = files.map((f) => readFileSync(f));
  t = process.hrtime.bigint();
  let problems = 0;
  for (const [i, b] of buffers.entries()) problems += readSubmissionBytes(b, path.basename(files[i] ?? ''), j).issues.length;
  process.stdout.write(`read ${buffers.length} filled submissions back (one thread): ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(2)} s, ${problems} problems\n`);

  const samples = Array.from({ length: RUNS }, () => timedMerge(path.join(ROOT, 'samples/submissions'), path.join(ROOT, 'samples/jurisdiction.json')));
  report('merge 4 sample submissions', samples, '');
  const statewide = Array.from({ length: RUNS }, () => timedMerge(data.submissions, data.config));
  report(`merge ${groups} submissions`, statewide, ' (targets: 2.5 s, 500 MB)');
}

main().catch((e: unknown) => {
  process.stderr.write(`${String(e instanceof Error ? e.stack : e)}\n`);
  process.exitCode = 1;
});
