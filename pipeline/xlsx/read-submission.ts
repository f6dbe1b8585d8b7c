// One submitted file to typed records plus problems. Every failure mode of a real file (unreadable,
// not a workbook, damaged, encrypted, foreign) becomes an Issue naming the file: this never throws.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { STATUS_UPDATE_KIND, embeddedStatusUpdate, parseStatusUpdate, parseSubmission, workbookKind, type Issue, type Jurisdiction, type StatusUpdate, type Submission } from '../../src/core';
import type { Problem } from './file-guard';
import { WorkbookFormatError, readGrid } from './fast-grid-reader';

export interface SubmissionRead {
  /** The file name as people know it (no folder). */
  readonly file: string;
  readonly submission: Submission | null;
  /** A quarterly status-update workbook found among the submissions. */
  readonly update?: StatusUpdate | null;
  readonly issues: readonly Issue[];
}

/** Synchronous: the merge reads on several threads, each one file after another. */
export function readSubmissionFile(filePath: string, j: Jurisdiction): SubmissionRead {
  const file = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return problem(file, { code: 'FILE_UNREADABLE', message: `Cannot read the file (${reason})`, advice: 'Check the file is not open elsewhere and that you may read it' });
  }
  return readSubmissionBytes(bytes, file, j);
}

/** The same, for bytes already in memory (tests, worker threads). */
export function readSubmissionBytes(bytes: Uint8Array, file: string, j: Jurisdiction): SubmissionRead {
  try {
    const grid = readGrid(bytes);
    if (workbookKind(grid) === STATUS_UPDATE_KIND) {
      const { update, issues } = parseStatusUpdate(grid, j, file);
      return { file, submission: null, update, issues };
    }
    const { submission, issues } = parseSubmission(grid, j, file);
    // A member's own workbook may also carry the quarter's status update, made by the add-in.
    const embedded = submission === null ? null : embeddedStatusUpdate(grid);
    if (embedded === null) return { file, submission, issues };
    const status = parseStatusUpdate(embedded, j, file);
    return { file, submission, update: status.update, issues: [...issues, ...status.issues] };
  } catch (error) {
    if (error instanceof WorkbookFormatError) return problem(file, error.problem);
    // A bug in our reader must not stop a merge: report it against the file and carry on.
    return problem(file, { code: 'READER_FAILED', message: `service-array could not read this workbook (${firstLine(error)})`, advice: 'Please report this with the file; the other submissions were merged' });
  }
}

function problem(file: string, p: Problem): SubmissionRead {
  return { file, submission: null, issues: [{ ...p, severity: 'error', file }] };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 160);
}
