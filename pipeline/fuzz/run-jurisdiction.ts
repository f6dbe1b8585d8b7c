// One jurisdiction-file case: the file is validated, and then every command that reads it is run,
// in this process, through the command line's own entry: `template`, `merge` (over the samples),
// `roster` and `status-template` (on the plan the merge wrote). A file that passes validation must
// run them all (exit 0, or 1 for the merge); one that does not must be refused with exit 2. No
// command may fail any other way.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseJurisdiction } from '../../src/core';
import { main } from '../cli';
import { SAMPLES } from './run-variant';

export interface JurisdictionOutcome {
  readonly valid: boolean;
  readonly failures: readonly string[];
  readonly seconds: number;
}

export async function runJurisdictionCase(json: unknown): Promise<JurisdictionOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-jfuzz-'));
  const started = process.hrtime.bigint();
  try {
    const config = path.join(dir, 'jurisdiction.json');
    writeFileSync(config, JSON.stringify(json));
    mkdirSync(path.join(dir, 'out'));
    const valid = parseJurisdiction(json, 'jurisdiction.json').jurisdiction !== null;
    const plan = path.join(dir, 'out/plan.xlsx');
    const commands: [string, string[], readonly number[]][] = [
      ['template', ['template', '--config', config, '--out-dir', path.join(dir, 'templates')], [0]],
      ['merge', ['merge', SAMPLES, '--config', config, '--out', plan, '--json', path.join(dir, 'out/plan.json'), '--as-of', '2027-06-15', '--quiet'], [0, 1]],
      ['roster', ['roster', '--config', config, '--out', path.join(dir, 'out/roster.xlsx'), '--as-of', '2027-06-15'], [0]],
      ['status-template', ['status-template', '--config', config, '--plan', plan, '--out-dir', path.join(dir, 'updates'), '--as-of', '2027-06-15'], [0]],
    ];
    const failures: string[] = [];
    for (const [name, args, expected] of commands) {
      const r = await quietly(() => main(args));
      const want = valid ? expected : [2];
      if (r.error !== null) failures.push(`${name} failed: ${r.error.split('\n')[0]?.slice(0, 200) ?? ''}`);
      else if (!want.includes(r.code)) failures.push(`${name} exit ${r.code} (${valid ? 'valid' : 'invalid'} file): ${r.stderr.trim().split('\n')[0]?.slice(0, 200) ?? ''}`);
    }
    return { valid, failures, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `run` with this process's stdout and stderr caught, as a command line would print them. */
async function quietly(run: () => Promise<number>): Promise<{ code: number; stderr: string; error: string | null }> {
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  let stderr = '';
  process.stdout.write = (() => true) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    if (stderr.length < 10_000) stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await run(), stderr, error: null };
  } catch (error) {
    return { code: 3, stderr, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
