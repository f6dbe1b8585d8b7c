// Reads and validates a jurisdiction file from disk. Any error stops the run (exit 2) with every
// problem listed; warnings are returned for the caller to print.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { formatIssue, parseJsonText, parseJurisdiction, type Issue, type Jurisdiction } from '../../src/core';
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
  const json = parseJsonText(text, name);
  if (!json.ok) throw new CliError(`${name} cannot be used: ${formatIssue(json.issue)}`);
  const { jurisdiction, issues } = parseJurisdiction(json.value, name);
  if (jurisdiction === null) {
    const lines = issues.filter((i) => i.severity === 'error').map((i) => `  - ${formatIssue(i)}`);
    throw new CliError(`${name} has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
  }
  return { jurisdiction, warnings: issues };
}
