// What several sub-commands share: loading the jurisdiction (a setup workbook or a JSON file, its
// warnings printed), the --as-of day, the --group filter and the help every command ends with
// (examples and exit codes), each written once with the same words.

import type { Command } from 'commander';
import * as path from 'node:path';
import { assignmentsFrom, findWorkGroup, formatIssue, hasErrors, isIsoDate, type Assignment, type Jurisdiction, type Stakeholder, type WorkGroup } from '../../src/core';
import { checkOutputs, prepareFolder, type NamedFile } from '../atomic-write';
import { CliError, EXIT_FAILED, EXIT_OK, EXIT_PROBLEMS } from '../cli-error';
import { readJurisdiction } from '../config/read-jurisdiction';
import { localIsoDate } from '../local-date';

export const AS_OF_FLAG = '--as-of <yyyy-mm-dd>';
export const CONFIG_FLAG = '-c, --config <setup.xlsx|jurisdiction.json>';
export const CONFIG_HELP = 'the setup workbook (from "service-array init") or the jurisdiction file (JSON)';
export const QUIET_FLAG = '-q, --quiet';
export const QUIET_HELP = 'print nothing unless the run fails; the exit code tells how it went';

export async function loadJurisdiction(file: string, quiet = false): Promise<Jurisdiction> {
  const { jurisdiction, warnings } = await readJurisdiction(file);
  if (!quiet) for (const w of warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  return jurisdiction;
}

/**
 * The roster: the jurisdiction's stakeholders and work groups, or a roster file the committee keeps
 * (--roster); a roster with problems stops the run.
 */
export async function loadRoster(j: Jurisdiction, file: string | undefined): Promise<{ people: readonly Stakeholder[]; assignments: ReadonlyMap<string, readonly Assignment[]> }> {
  if (file === undefined) return { people: j.stakeholders, assignments: assignmentsFrom(j) };
  const { readRoster } = await import('../roster/read-roster.js');
  const parsed = await readRoster(file, j);
  if (hasErrors(parsed.issues)) throw new CliError(`The roster has ${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}; nothing was written:\n${parsed.issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
  return { people: parsed.people, assignments: parsed.assignments ?? assignmentsFrom(j) };
}

/** The --as-of value, checked; today (local calendar) when not given. */
export function asOfDay(value: string | undefined, now = new Date()): string {
  if (value === undefined) return localIsoDate(now);
  if (!isIsoDate(value)) throw new CliError(`--as-of must be a date written yyyy-mm-dd, got "${value}"`);
  return value;
}

/** Refuses --group ids the jurisdiction file does not list. */
export function checkGroups(j: Jurisdiction, groups: readonly string[] | undefined): void {
  const unknown = (groups ?? []).filter((g) => findWorkGroup(j, g) === undefined);
  if (unknown.length > 0) throw new CliError(`Unknown work group ${unknown.join(', ')}; the jurisdiction file lists ${j.workGroups.map((w) => w.id).join(', ')}`);
}

export type ExitCodes = readonly (readonly [code: number, meaning: string])[];

/** Commands that either write everything or nothing. */
export const WRITES_OR_FAILS: ExitCodes = [
  [EXIT_OK, 'written'],
  [EXIT_FAILED, 'nothing written: a bad option, setup or input file (the message says which and what to do)'],
];

/** Commands that write even when some inputs have problems. */
export const WRITES_WITH_PROBLEMS = (what: string): ExitCodes => [
  [EXIT_OK, 'written, no problems'],
  [EXIT_PROBLEMS, `written, but ${what} (listed, and in the output)`],
  [EXIT_FAILED, 'nothing written: a bad option, setup or input file (the message says which and what to do)'],
];

/** Appends examples and the exit codes to a command's --help. */
export function helpFooter(command: Command, examples: readonly string[], exits: ExitCodes): Command {
  const lines = ['', 'Examples:', ...examples.map((e) => `  $ service-array ${e}`), '', 'Exit codes:', ...exits.map(([code, meaning]) => `  ${code}  ${meaning}`)];
  return command.addHelpText('after', lines.join('\n'));
}

/** Writes lines to standard output unless --quiet. */
export function say(quiet: boolean | undefined, lines: readonly string[]): void {
  if (quiet !== true && lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * An --out-dir, created if missing (as its help says), and the files a command will write in it,
 * checked like every output: none may be an input, a folder, or another output.
 */
export async function prepareOutDir(outDir: string, j: Jurisdiction, groups: readonly string[] | undefined, fileName: (g: WorkGroup) => string, inputs: readonly NamedFile[]): Promise<void> {
  await prepareFolder(outDir);
  const wanted = (groups ?? []).map((g) => g.toLowerCase());
  const chosen = j.workGroups.filter((g) => wanted.length === 0 || wanted.includes(g.id.toLowerCase()));
  await checkOutputs(chosen.map((g) => ({ path: path.join(outDir, fileName(g)), option: `--out-dir (${g.id})` })), inputs);
}
