// One submitted file to typed records plus problems. Every failure mode of a real file (unreadable,
// not a workbook, damaged, encrypted, foreign) becomes an Issue naming the file: this never throws.

import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { META_SHEET, RULES_KEY_PREFIX, STATUS_UPDATE_KIND, cellText, embeddedStatusUpdate, parseStatusUpdate, parseSubmission, workbookKind, type Cell, type Issue, type Jurisdiction, type StatusUpdate, type Submission } from '../../src/core';
import { fileErrorWords } from '../file-errors';
import { PACKAGE_PROBLEMS, type Problem } from './file-guard';
import { WorkbookFormatError, readGrid, type CutCell } from './fast-grid-reader';
import { EXCEL_LIMITS, MAX_FILE_MB } from './read-limits';
import { DeferredRead } from './zip-package';

export { DeferredRead } from './zip-package';

export interface SubmissionRead {
  /** The file name as people know it (no folder). */
  readonly file: string;
  readonly submission: Submission | null;
  /** A quarterly status-update workbook found among the submissions. */
  readonly update?: StatusUpdate | null;
  readonly issues: readonly Issue[];
}

/** Cut cells named one by one; past this many, one line counts the rest. */
const CUTS_NAMED = 20;
/** Problems kept for one file, and the characters of each message: what one file can add to the merge's memory and its Problems sheet. */
const ISSUES_KEPT = 1000;
const MESSAGE_CHARS = 1000;

/**
 * Synchronous: the merge reads on several threads, each one file after another. With `deferAbove`
 * (bytes), throws DeferredRead for a file that needs more than that (see read-submissions).
 */
export function readSubmissionFile(filePath: string, j: Jurisdiction, deferAbove?: number): SubmissionRead {
  const file = path.basename(filePath);
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // Non-blocking, and checked to be a file once open: a folder entry can be swapped for a pipe
    // after it was listed, and reading a pipe would wait for ever.
    fd = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return problem(file, { code: 'FILE_UNREADABLE', message: 'Cannot read the file: it is not a regular file (a pipe, device or socket)', advice: UNREADABLE_ADVICE });
    if (stat.size > MAX_FILE_MB * 1024 * 1024) return problem(file, PACKAGE_PROBLEMS.fileTooLarge(MAX_FILE_MB));
    if (deferAbove !== undefined && stat.size > deferAbove) throw new DeferredRead();
    bytes = readFileSync(fd);
  } catch (error) {
    if (error instanceof DeferredRead) throw error;
    return problem(file, { code: 'FILE_UNREADABLE', message: `Cannot read the file: ${fileErrorWords(error)}`, advice: UNREADABLE_ADVICE });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return readSubmissionBytes(bytes, file, j, deferAbove);
}

const UNREADABLE_ADVICE = 'Check the file is still in the folder, is not open elsewhere, and that you may read it; then merge again';

/**
 * The jurisdiction's rules a workbook carries for the add-in (a 27 KB JSON text of the metadata sheet,
 * thick with escaped quotes): the merge has the jurisdiction file, and decoding them was a tenth of
 * reading a submission.
 */
const carriedRules = (sheet: string, first: Cell): boolean => sheet.trim().toLowerCase() === META_SHEET.toLowerCase() && cellText(first).trim().startsWith(RULES_KEY_PREFIX);

/** The same, for bytes already in memory (tests, worker threads). */
export function readSubmissionBytes(bytes: Uint8Array, file: string, j: Jurisdiction, deferAbove?: number): SubmissionRead {
  const cuts: CutCell[] = [];
  const done = (read: Omit<SubmissionRead, 'file'>): SubmissionRead => ({ file, ...read, issues: bounded(withCuts(read.issues, cuts, file), file) });
  try {
    const grid = readGrid(bytes, { onCut: (c) => cuts.push(c), skipRow: carriedRules, ...(deferAbove === undefined ? {} : { deferAbove }) });
    if (workbookKind(grid) === STATUS_UPDATE_KIND) {
      const { update, issues } = parseStatusUpdate(grid, j, file);
      return done({ submission: null, update, issues });
    }
    const { submission, issues } = parseSubmission(grid, j, file);
    // A member's own workbook may also carry the quarter's status update, made by the add-in.
    const embedded = submission === null ? null : embeddedStatusUpdate(grid);
    if (embedded === null) return done({ submission, issues });
    const status = parseStatusUpdate(embedded, j, file);
    return done({ submission, update: status.update, issues: [...issues, ...status.issues] });
  } catch (error) {
    if (error instanceof DeferredRead) throw error;
    if (error instanceof WorkbookFormatError) return problem(file, error.problem);
    // A bug in our reader must not stop a merge: report it against the file and carry on.
    return problem(file, { code: 'READER_FAILED', message: `service-array could not read this workbook (${firstLine(error)})`, advice: 'Please report this with the file; the other submissions were merged' });
  }
}

/**
 * At most ISSUES_KEPT problems per file (the rest counted on one more line), each message at most
 * MESSAGE_CHARS long: a message that echoes a huge value keeps its start and end around the cut.
 */
function bounded(issues: readonly Issue[], file: string): readonly Issue[] {
  const clip = (text: string): string => (text.length <= MESSAGE_CHARS ? text : `${text.slice(0, MESSAGE_CHARS - 300)} … (${(text.length - MESSAGE_CHARS + 100).toLocaleString('en-US')} characters left out) … ${text.slice(-200)}`);
  const kept = issues.slice(0, ISSUES_KEPT).map((i) => (i.message.length <= MESSAGE_CHARS && (i.advice?.length ?? 0) <= MESSAGE_CHARS ? i : { ...i, message: clip(i.message), ...(i.advice === undefined ? {} : { advice: clip(i.advice) }) }));
  if (issues.length > ISSUES_KEPT) {
    const rest = issues.slice(ISSUES_KEPT);
    kept.push({ code: 'TOO_MANY_PROBLEMS', severity: rest.some((i) => i.severity === 'error') ? 'error' : 'warning', message: `${rest.length.toLocaleString('en-US')} more problems in this file are not listed`, advice: 'Fix the problems listed, then merge again to see the rest', file });
  }
  return kept;
}

/** A cell longer than Excel allows was read cut to the limit: each is named (the first few), so the group can shorten it. */
function withCuts(issues: readonly Issue[], cuts: readonly CutCell[], file: string): readonly Issue[] {
  if (cuts.length === 0) return issues;
  const limit = EXCEL_LIMITS.cellText.toLocaleString('en-US');
  const advice = 'Shorten the text (one Excel cell holds at most 32,767 characters) and resend the workbook';
  const named: Issue[] = cuts.slice(0, CUTS_NAMED).map((c) => ({
    code: 'CELL_TOO_LONG',
    severity: 'warning',
    message: `The cell holds ${c.length.toLocaleString('en-US')} characters, more than Excel's limit of ${limit}; only the first ${limit} were read`,
    advice,
    file,
    sheet: c.sheet,
    cell: c.cell,
  }));
  if (cuts.length > CUTS_NAMED) {
    named.push({ code: 'CELL_TOO_LONG', severity: 'warning', message: `${(cuts.length - CUTS_NAMED).toLocaleString('en-US')} more cells were cut to ${limit} characters the same way`, advice, file });
  }
  return [...issues, ...named];
}

function problem(file: string, p: Problem): SubmissionRead {
  return { file, submission: null, issues: [{ ...p, severity: 'error', file }] };
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 160);
}
