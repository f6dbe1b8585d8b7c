// Reads a roster the steering committee keeps, as CSV (papaparse) or as the first sheet of a
// workbook (fast grid reader), into text rows for the core's parseRoster.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { cellText, parseRoster, type Jurisdiction, type ParsedRoster, type RosterRow } from '../../src/core';
import { CliError } from '../cli-error';
import { WorkbookFormatError, readGrid } from '../xlsx/fast-grid-reader';

export async function readRoster(file: string, j: Jurisdiction): Promise<ParsedRoster> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new CliError(`Cannot read the roster ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 2, { cause: error });
  }
  const name = path.basename(file);
  if (/\.xlsx$/i.test(file)) {
    try {
      return rosterFromRows(gridRows(bytes), j, name);
    } catch (error) {
      if (error instanceof WorkbookFormatError) throw new CliError(`The roster ${name} cannot be read: ${error.problem.message}. Save it as .xlsx from Excel, or export it as CSV.`, 2, { cause: error });
      throw error;
    }
  }
  return rosterFromRows(csvRows(bytes.toString('utf8')), j, name);
}

/** CSV text to rows with their line numbers; a BOM, blank lines and CRLF are handled. */
export function csvRows(text: string): RosterRow[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  return parsed.data.map((cells, i) => ({ line: i + 1, cells: cells.map((c) => String(c)) }));
}

function gridRows(bytes: Buffer): RosterRow[] {
  const sheet = readGrid(bytes).sheets.find((s) => s.state === 'visible');
  return (sheet?.rows ?? []).map((cells, i) => ({ line: i + 1, cells: cells.map((c) => cellText(c)) }));
}

/** The first non-blank row is the header. */
export function rosterFromRows(rows: readonly RosterRow[], j: Jurisdiction, file: string): ParsedRoster {
  const headerAt = rows.findIndex((r) => r.cells.some((c) => c.trim() !== ''));
  const header = rows[headerAt];
  if (header === undefined) return { people: [], assignments: null, issues: [{ code: 'ROSTER_EMPTY', severity: 'error', message: 'The roster has no rows, got an empty file', advice: 'Give a roster with a header row and one row per member', file }] };
  return parseRoster(header.cells, rows.slice(headerAt + 1), j, file, header.line);
}
