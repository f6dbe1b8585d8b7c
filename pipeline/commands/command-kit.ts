// What several sub-commands share: loading the jurisdiction file (warnings printed), the --as-of day
// and the --group filter, each checked once with the same messages.

import { findWorkGroup, formatIssue, isIsoDate, type Jurisdiction } from '../../src/core';
import { CliError } from '../cli-error';
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
