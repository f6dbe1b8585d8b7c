// What several sub-commands share: loading the jurisdiction file (warnings printed), the --as-of day
// and the --group filter, each checked once with the same messages.

import * as path from 'node:path';
import { findWorkGroup, formatIssue, isIsoDate, type Jurisdiction, type WorkGroup } from '../../src/core';
import { checkOutputs, makeFolder, type NamedFile } from '../atomic-write';
import { CliError } from '../cli-error';
import { fileErrorWords } from '../file-errors';
import { readJurisdiction } from '../config/read-jurisdiction';
import { localIsoDate } from '../local-date';

export const AS_OF_FLAG = '--as-of <yyyy-mm-dd>';

export async function loadJurisdiction(file: string): Promise<Jurisdiction> {
  const { jurisdiction, warnings } = await readJurisdiction(file);
  for (const w of warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
  return jurisdiction;
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

/**
 * An --out-dir, created if missing (as its help says), and the files a command will write in it,
 * checked like every output: none may be an input, a folder, or another output.
 */
export async function prepareOutDir(outDir: string, j: Jurisdiction, groups: readonly string[] | undefined, fileName: (g: WorkGroup) => string, inputs: readonly NamedFile[]): Promise<void> {
  try {
    await makeFolder(outDir);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no folder can be made there' : fileErrorWords(error);
    throw new CliError(`Cannot create the folder ${outDir} for --out-dir: ${why}. Nothing was written.`, 2, { cause: error });
  }
  const wanted = (groups ?? []).map((g) => g.toLowerCase());
  const chosen = j.workGroups.filter((g) => wanted.length === 0 || wanted.includes(g.id.toLowerCase()));
  await checkOutputs(chosen.map((g) => ({ path: path.join(outDir, fileName(g)), option: `--out-dir (${g.id})` })), inputs);
}
