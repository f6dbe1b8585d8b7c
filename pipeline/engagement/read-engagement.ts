// Reads a filled engagement workbook with the fast grid reader into the core's parser. Without
// exceljs, so the merge can read it for its Overview without loading a writer.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Jurisdiction } from '../../src/core';
import { parseEngagement, type ParsedEngagement } from '../../src/core/engagement';
import { WorkbookFormatError, readGrid } from '../xlsx/fast-grid-reader';

/** Never throws for a bad file: what cannot be read is a problem naming the file. */
export function readEngagementBytes(bytes: Uint8Array, file: string, j: Jurisdiction, asOf: string): ParsedEngagement {
  try {
    return parseEngagement(readGrid(bytes), j, file, asOf);
  } catch (error) {
    if (error instanceof WorkbookFormatError) return { data: null, issues: [{ ...error.problem, severity: 'error', file }] };
    throw error;
  }
}

export function readEngagementFile(filePath: string, j: Jurisdiction, asOf: string): ParsedEngagement {
  const file = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { data: null, issues: [{ code: 'FILE_UNREADABLE', severity: 'error', message: `Cannot read the file (${reason})`, advice: 'Check the path, and that the file is not open elsewhere', file }] };
  }
  return readEngagementBytes(bytes, file, j, asOf);
}
