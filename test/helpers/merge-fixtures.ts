// A scratch submissions folder per test: the bundled samples copied with fixed modification times,
// plus whatever a test adds, and a quiet progress reporter.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { MergeOptions, MergeProgress } from '../../pipeline/merge/run-merge';
import { ROOT } from './fixtures';

export const SAMPLES = path.join(ROOT, 'samples/submissions');
export const CONFIG = path.join(ROOT, 'samples/jurisdiction.json');
export const QUIET: MergeProgress = { start() {}, tick() {}, stop() {} };
/** Chosen so some sample steps are overdue and the next meeting is a quarterly one. */
export const AS_OF = '2027-06-15';
export const NOW = new Date(Date.UTC(2027, 5, 15, 8, 0, 0));
const MTIME = new Date(Date.UTC(2026, 10, 20, 12, 0, 0));

export interface Scratch {
  readonly dir: string;
  readonly submissions: string;
  options(extra?: Partial<MergeOptions>): MergeOptions;
  remove(): void;
}

export function scratch(copySamples = true): Scratch {
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-merge-'));
  const submissions = path.join(dir, 'submissions');
  copyInto(submissions, copySamples ? readdirSync(SAMPLES).map((f) => path.join(SAMPLES, f)) : []);
  // The merge never creates an output folder.
  mkdirSync(path.join(dir, 'out'));
  return {
    dir,
    submissions,
    options: (extra = {}) => ({ submissionsDir: submissions, config: CONFIG, out: path.join(dir, 'out/plan.xlsx'), asOf: AS_OF, now: NOW, ...extra }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function copyInto(dir: string, files: readonly string[], names?: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  files.forEach((f, i) => {
    const target = path.join(dir, names?.[i] ?? path.basename(f));
    copyFileSync(f, target);
    utimesSync(target, MTIME, MTIME);
  });
}
