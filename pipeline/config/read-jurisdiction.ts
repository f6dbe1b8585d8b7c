// Reads and validates the steering committee's setup: a setup workbook (.xlsx, from
// `service-array init`) or a jurisdiction file (JSON), with the same checks and messages — the sheet
// and cell, or the JSON line and column or path. Any error stops the run (exit 2) with every problem
// listed; warnings are returned for the caller to print.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatIssue, isSetupWorkbook, parseJsonText, parseJurisdiction, parseSetupWorkbook, type Issue, type Jurisdiction, type ParsedJurisdiction } from '../../src/core';
import { CliError } from '../cli-error';
import { WorkbookFormatError, readGrid } from '../xlsx/fast-grid-reader';

export interface LoadedJurisdiction {
  readonly jurisdiction: Jurisdiction;
  readonly warnings: readonly Issue[];
}

/** A file system error in words, for people. */
export function fileErrorWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'you may not read it (permission denied)';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  return code ?? String(error);
}

export async function readJurisdiction(file: string): Promise<LoadedJurisdiction> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new CliError(`Cannot read the setup ${file}: ${fileErrorWords(error)}. Give --config the setup workbook (from "service-array init") or the jurisdiction file (JSON).`, 2, { cause: error });
  }
  // A zip package (PK…) is a workbook, whatever its name says.
  const parsed = bytes[0] === 0x50 && bytes[1] === 0x4b ? readSetupWorkbook(bytes, name) : readJson(bytes, name);
  const { jurisdiction, issues } = parsed;
  if (jurisdiction === null) {
    const lines = issues.filter((i) => i.severity === 'error').map((i) => `  - ${formatIssue(i)}`);
    throw new CliError(`${name} has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
  }
  return { jurisdiction, warnings: issues };
}

function readJson(bytes: Buffer, name: string): ParsedJurisdiction {
  const json = parseJsonText(bytes.toString('utf8'), name);
  if (!json.ok) throw new CliError(`${name} cannot be used: ${formatIssue(json.issue)}`);
  return parseJurisdiction(json.value, name);
}

function readSetupWorkbook(bytes: Buffer, name: string): ParsedJurisdiction {
  let grid;
  try {
    grid = readGrid(bytes);
  } catch (error) {
    if (error instanceof WorkbookFormatError) throw new CliError(`${name} cannot be read: ${error.problem.message}. ${error.problem.advice ?? ''}`.trim(), 2, { cause: error });
    throw error;
  }
  if (!isSetupWorkbook(grid)) {
    throw new CliError(`${name} is not a setup workbook: give --config the workbook "service-array init" wrote, or the jurisdiction file (JSON).`);
  }
  return parseSetupWorkbook(grid, name);
}
