// Reads one input CSV into a SnapshotRun: header check, rows, malformed rows, and the "too much bad"
// rule. Shared by the single-thread path and the worker threads.

import { basename } from 'node:path';
import { CliError, EXIT_FAILED } from '../cli-error';
import { formatIssue, type Issue } from '../../src/core/issue';
import { type DatasetKind, type SnapshotRun, tooMuchBad, tooMuchBadMessage } from '../../src/core/snapshot';
import { CsvEncodingError, readCsv } from './csv-reader';

/** Reads one CSV into the run; throws CliError when the file cannot be used or too much of it is bad. */
export async function readInput(run: SnapshotRun, kind: DatasetKind, path: string, maxBad: number): Promise<Issue[]> {
  const file = basename(path);
  const sink = run.sink(kind, file);
  const malformed: Issue[] = [];
  let result;
  try {
    result = await readCsv(path, file, {
      header: (headers) => sink.header(headers),
      row: (fields, line) => {
        sink.row(fields, line);
        // Stop early when a big file is clearly unusable, rather than after reading all of it.
        if ((sink.log.rows & 0xffff) === 0 && sink.log.rows >= 65_536 && tooMuchBad(sink.log, Math.max(maxBad, 0.5))) return false;
        return true;
      },
      malformed: (issue) => {
        sink.log.rows += 1;
        sink.log.skipped += 1;
        sink.log.add(issue);
        if (malformed.length < 50) malformed.push(issue);
      },
    });
  } catch (error) {
    if (error instanceof CsvEncodingError) throw new CliError(error.message, EXIT_FAILED, { cause: error });
    throw error;
  }
  const headerErrors = result.headerIssues.filter((i) => i.severity === 'error');
  if (headerErrors.length > 0) {
    throw new CliError(`${file} cannot be used, nothing was written:\n  ${headerErrors.map(formatIssue).join('\n  ')}`);
  }
  if (tooMuchBad(sink.log, maxBad)) {
    const first = sink.log.kept.slice(0, 5).map((i) => `  ${formatIssue(i)}`).join('\n');
    throw new CliError(`${tooMuchBadMessage(sink.log, maxBad)} (raise --max-bad to accept more). First problems:\n${first}`);
  }
  return [...result.headerIssues, ...sink.log.kept.filter((i) => !malformed.includes(i)), ...malformed];
}

