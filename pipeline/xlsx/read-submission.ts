// One submitted file to typed records plus problems. Every failure mode of a real file (unreadable,
// not a workbook, damaged, encrypted, foreign) becomes an Issue naming the file: this never throws.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseSubmission, type Issue, type Jurisdiction, type Submission, type WorkbookGrid } from '../../src/core';
import { checkWorkbookBytes } from './file-guard';
import { loadGrid } from './grid-reader';

export interface SubmissionRead {
  /** The file name as people know it (no folder). */
  readonly file: string;
  readonly submission: Submission | null;
  readonly issues: readonly Issue[];
}

export async function readSubmissionFile(filePath: string, j: Jurisdiction): Promise<SubmissionRead> {
  const file = path.basename(filePath);
  const problem = (code: string, message: string, advice: string): SubmissionRead => ({
    file,
    submission: null,
    issues: [{ code, severity: 'error', message, advice, file }],
  });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return problem('FILE_UNREADABLE', `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`, 'Check the file is not open elsewhere and that you may read it');
  }
  return readSubmissionBytes(bytes, file, j);
}

/** The same, for bytes already in memory (the add-in's upload, tests, worker threads). */
export async function readSubmissionBytes(bytes: Buffer, file: string, j: Jurisdiction): Promise<SubmissionRead> {
  const problem = (code: string, message: string, advice: string): SubmissionRead => ({
    file,
    submission: null,
    issues: [{ code, severity: 'error', message, advice, file }],
  });
  const refused = await checkWorkbookBytes(bytes);
  if (refused !== null) return { file, submission: null, issues: [{ ...refused, severity: 'error', file }] };
  let grid: WorkbookGrid;
  try {
    grid = await loadGrid(bytes);
  } catch (error) {
    const detail = firstLine(error);
    return problem('FILE_DAMAGED', `The file is damaged: a part of the workbook cannot be read (${detail})`, 'Ask the work group to open it in Excel, save it again and resend it');
  }
  try {
    const { submission, issues } = parseSubmission(grid, j, file);
    return { file, submission, issues };
  } catch (error) {
    // A bug in our reader must not stop a merge: report it against the file and carry on.
    return problem('READER_FAILED', `service-array could not read this workbook (${firstLine(error)})`, 'Please report this with the file; the other submissions were merged');
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 160);
}
