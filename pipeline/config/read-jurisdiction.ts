// Reads and validates a jurisdiction file from disk. Any error stops the run (exit 2) with every
// problem listed; warnings are returned for the caller to print.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatIssue, parseJurisdiction, type Issue, type Jurisdiction } from '../../src/core';
import { CliError } from '../cli-error';

export interface LoadedJurisdiction {
  readonly jurisdiction: Jurisdiction;
  readonly warnings: readonly Issue[];
}

export async function readJurisdiction(file: string): Promise<LoadedJurisdiction> {
  const name = path.basename(file);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot read the jurisdiction file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 2, { cause: error });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`${name} is not valid JSON: ${(error as Error).message}. Check for a missing comma or quote near that position.`, 2, { cause: error });
  }
  const { jurisdiction, issues } = parseJurisdiction(raw, name);
  if (jurisdiction === null) {
    const lines = issues.filter((i) => i.severity === 'error').map((i) => `  - ${formatIssue(i)}`);
    throw new CliError(`${name} has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
  }
  return { jurisdiction, warnings: issues };
}
