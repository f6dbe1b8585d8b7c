// The one error the .xlsx readers throw for a file that cannot be read as a workbook.

import { PACKAGE_PROBLEMS, type Problem } from './file-guard';

/** The package cannot be read as a workbook; carries the problem to report. */
export class WorkbookFormatError extends Error {
  constructor(
    readonly problem: Problem,
    options?: { cause?: unknown },
  ) {
    super(problem.message, options);
    this.name = 'WorkbookFormatError';
  }
}

export const damaged = (detail: string, cause?: unknown): WorkbookFormatError => new WorkbookFormatError(PACKAGE_PROBLEMS.damaged(detail), { cause });
