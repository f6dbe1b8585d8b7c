// One fuzz case: hostile files in a folder beside the four good samples, merged by a real
// `service-array merge` process, then held to the promise: exit 1 (the samples have problems),
// every good group merged, every hostile file named, no reader failure, in bounded time and memory.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
export const SAMPLES = path.join(ROOT, 'samples/submissions');
const CONFIG = path.join(ROOT, 'samples/jurisdiction.json');
const CLI = path.join(ROOT, 'build/pipeline/cli.js');
const RSS = path.join(ROOT, 'build/pipeline/bench/report-rss.js');

/** The promise's bounds for one folder. */
export const LIMITS = { seconds: 15, rssMb: 1024 };
/** A stalled merge is stopped here, so the run goes on. */
const KILL_AFTER_S = 40;

export interface Hostile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface Outcome {
  readonly seconds: number;
  readonly rssMb: number | null;
  readonly exitCode: number | null;
  /** Broken promises, in words; empty when the case passed. */
  readonly failures: readonly string[];
  readonly crashed: boolean;
  readonly stalled: boolean;
  readonly overMemory: boolean;
}

interface Report {
  readonly plan: {
    readonly groups: readonly { readonly groupId: string; readonly state: string; readonly file: string | null; readonly superseded?: readonly string[] }[];
    readonly problems: readonly { readonly code: string; readonly file?: string }[];
  };
}

/** Merges the samples and `hostile` in a fresh folder, and checks the outcome. */
export async function runCase(hostile: readonly Hostile[]): Promise<Outcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-fuzz-'));
  try {
    const submissions = path.join(dir, 'submissions');
    mkdirSync(submissions);
    mkdirSync(path.join(dir, 'out'));
    const samples = readdirSync(SAMPLES);
    for (const f of samples) copyFileSync(path.join(SAMPLES, f), path.join(submissions, f));
    for (const h of hostile) writeFileSync(path.join(submissions, h.name), h.bytes);
    const json = path.join(dir, 'out/plan.json');
    const run = await merge(['merge', submissions, '--config', CONFIG, '--out', path.join(dir, 'out/plan.xlsx'), '--json', json, '--as-of', '2027-01-15', '--quiet']);
    const failures: string[] = [];
    const crashed = run.code !== 1 || /internal error|\n\s+at .*\.js:\d+/.test(run.stderr);
    if (run.killed) failures.push(`still running after ${KILL_AFTER_S} s`);
    else if (crashed) failures.push(`exit ${run.code ?? run.signal}: ${run.stderr.trim().split('\n').slice(0, 3).join(' / ').slice(0, 300)}`);
    const stalled = run.killed || run.seconds > LIMITS.seconds;
    if (stalled && !run.killed) failures.push(`took ${run.seconds.toFixed(1)} s`);
    const overMemory = run.rssMb !== null && run.rssMb > LIMITS.rssMb;
    if (overMemory) failures.push(`peak memory ${run.rssMb?.toFixed(0)} MB`);
    if (!crashed && !run.killed) failures.push(...checkReport(json, samples, hostile));
    return { seconds: run.seconds, rssMb: run.rssMb, exitCode: run.code, failures, crashed: crashed && !run.killed, stalled, overMemory };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkReport(json: string, samples: readonly string[], hostile: readonly Hostile[]): string[] {
  let report: Report;
  try {
    report = JSON.parse(readFileSync(json, 'utf8')) as Report;
  } catch (error) {
    return [`no JSON report (${(error as Error).message})`];
  }
  const failures: string[] = [];
  const lying = new Set(hostile.map((h) => h.name));
  for (const g of report.plan.groups) {
    // A hostile file that claims a group and is newer may take its place (and be invalid): it is then named.
    const ok = g.file !== null && (lying.has(g.file) || (samples.includes(g.file) && g.state === 'received'));
    if (!ok) failures.push(`${g.groupId} is ${g.state} (${g.file ?? 'no file'})`);
  }
  const named = new Set<string>([...report.plan.problems.flatMap((p) => (p.file === undefined ? [] : [p.file])), ...report.plan.groups.flatMap((g) => [g.file ?? '', ...(g.superseded ?? [])])]);
  for (const h of hostile) if (!named.has(h.name)) failures.push(`${h.name} is not named in the report`);
  const bugs = report.plan.problems.filter((p) => p.code === 'READER_FAILED');
  if (bugs.length > 0) failures.push(`READER_FAILED for ${bugs.map((b) => b.file).join(', ')}`);
  return failures;
}

interface Run {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stderr: string;
  readonly seconds: number;
  readonly rssMb: number | null;
  readonly killed: boolean;
}

function merge(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--require', RSS, CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 100_000) stderr += chunk.toString();
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_AFTER_S * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Reader threads print their own figure as they end; the process's is the largest, printed last.
      const rss = [...stderr.matchAll(/peak-rss-kb (\d+)/g)].map((m) => Number(m[1]) / 1024);
      resolve({ code, signal, stderr, seconds: Number(process.hrtime.bigint() - started) / 1e9, rssMb: rss.length === 0 ? null : Math.max(...rss), killed });
    });
  });
}

/** Runs `cases` with `jobs` at a time, in order of their index. */
export async function inTurn<T, R>(cases: readonly T[], jobs: number, run: (c: T, i: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(cases.length);
  let next = 0;
  await Promise.all(Array.from({ length: jobs }, async () => {
    for (let i = next++; i < cases.length; i = next++) results[i] = await run(cases[i] as T, i);
  }));
  return results;
}
