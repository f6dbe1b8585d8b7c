// Reads the Snapshot JSON (written by `service-array snapshot --json`) for the merge's capacity
// reports. Every field the merge uses is checked, and each mistake listed with its JSON path, like
// the jurisdiction file's; a file that is not a usable Snapshot stops the run before anything is written.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type Snapshot } from '../../src/core';
import { SNAPSHOT_SCHEMA } from '../../src/core/snapshot';
import { CliError } from '../cli-error';
import { fileErrorWords } from '../file-errors';

const ADVICE = 'Give the JSON file written by "service-array snapshot --json".';
/** Far larger than any Snapshot (a few hundred kilobytes): refused before it is read. */
const MAX_BYTES = 64 * 1024 * 1024;
/** What one cell of the plan can hold. */
const MAX_TEXT = 32_767;
const MAX_ROWS = 10_000;
const PROBLEMS_SHOWN = 20;

export async function readSnapshotJson(file: string): Promise<Snapshot> {
  const name = path.basename(file);
  let raw: unknown;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new CliError(`The Snapshot ${file} is not a file. ${ADVICE}`);
    if (stat.size > MAX_BYTES) throw new CliError(`The Snapshot ${name} is ${(stat.size / 1024 / 1024).toFixed(0)} MB, far larger than a Snapshot. ${ADVICE}`);
    raw = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const why = error instanceof SyntaxError ? `is not valid JSON (${error.message.slice(0, 200)})` : `cannot be read: ${fileErrorWords(error)}`;
    throw new CliError(`The Snapshot ${name} ${why}. ${ADVICE}`, 2, { cause: error });
  }
  const problems = snapshotProblems(raw);
  if (problems.length > 0) {
    const shown = problems.slice(0, PROBLEMS_SHOWN).map((p) => `  - ${p}`);
    if (problems.length > PROBLEMS_SHOWN) shown.push(`  - … and ${problems.length - PROBLEMS_SHOWN} more`);
    const head = isObject(raw) && raw['schema'] === SNAPSHOT_SCHEMA ? `${name} is not a Snapshot the merge can use` : `${name} is not a Snapshot: expected "schema": "${SNAPSHOT_SCHEMA}" with indicators, community and period`;
    throw new CliError(`${head} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}\n${ADVICE}`);
  }
  return raw as Snapshot;
}

type Rule = (value: unknown, at: string, problems: string[]) => void;

const isObject = (v: unknown): v is Readonly<Record<string, unknown>> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return v.length > 40 ? `a text of ${v.length} characters` : JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  if (isObject(v)) return 'an object';
  return String(v);
}

const text: Rule = (v, at, problems) => {
  if (typeof v !== 'string') problems.push(`${at}: must be text, got ${describe(v)}`);
  else if (v.length > MAX_TEXT) problems.push(`${at}: must be at most ${MAX_TEXT.toLocaleString('en-US')} characters, got ${v.length.toLocaleString('en-US')}`);
};
const optionalText: Rule = (v, at, problems) => {
  if (v !== undefined) text(v, at, problems);
};
/** A rule that `ok` says a value passes, with `what` it must be. */
const simple = (ok: (v: unknown) => boolean, what: string): Rule => (v, at, problems) => {
  if (!ok(v)) problems.push(`${at}: must be ${what}, got ${describe(v)}`);
};
const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const flag = simple((v) => typeof v === 'boolean', 'true or false');
const number = simple(finite, 'a number');
const numberOrNull = simple((v) => v === null || finite(v), 'a number or null');

function object(fields: Readonly<Record<string, Rule>>): Rule {
  return (v, at, problems) => {
    if (!isObject(v)) problems.push(`${at}: must be an object, got ${describe(v)}`);
    else for (const [key, rule] of Object.entries(fields)) rule(v[key], `${at}.${key}`, problems);
  };
}

function list(item: Rule): Rule {
  return (v, at, problems) => {
    if (!Array.isArray(v)) problems.push(`${at}: must be a list, got ${describe(v)}`);
    else if (v.length > MAX_ROWS) problems.push(`${at}: must list at most ${MAX_ROWS.toLocaleString('en-US')} entries, got ${v.length.toLocaleString('en-US')}`);
    else v.forEach((x, i) => item(x, `${at}[${i}]`, problems));
  };
}

/** The fields the merge reads (see snapshotOverview and the quarterly review's measures). */
const SNAPSHOT = object({
  schema: simple((v) => v === SNAPSHOT_SCHEMA, `"${SNAPSHOT_SCHEMA}"`),
  title: text,
  period: object({ label: text, start: text, end: text }),
  suppression: object({ marker: text, rule: text, threshold: number }),
  indicators: list(object({ code: text, name: text, unit: text, higherIsBetter: flag, denominatorLabel: text, numerator: numberOrNull, denominator: numberOrNull, value: numberOrNull, suppressed: flag, note: optionalText })),
  community: list(object({ indicator: text, geography: text, year: number, value: numberOrNull, unit: text, source: text, suppressed: flag })),
});

/** Every problem with the fields the merge uses, as "at path: what is wrong". */
export function snapshotProblems(raw: unknown): string[] {
  const problems: string[] = [];
  SNAPSHOT(raw, 'at (top level)', problems);
  return problems.map((p) => p.replace(/^at \(top level\)\./, 'at '));
}
