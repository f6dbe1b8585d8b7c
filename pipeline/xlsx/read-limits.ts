// How much of a workbook the reader will hold: Excel's own limits, and budgets no real submission
// comes near (one expands to about half a megabyte, with a few thousand filled cells). Past them a
// file is refused before it is allocated for (or a text cut, and the cut reported), so no crafted
// file can stall the merge or take its memory.

import { PACKAGE_PROBLEMS } from './file-guard';
import { WorkbookFormatError } from './xlsx-errors';

/** Excel's specification limits: what any workbook Excel can open stays within. */
export const EXCEL_LIMITS = { rows: 1_048_576, columns: 16_384, cellText: 32_767, cellFormats: 65_536 } as const;

/** A bigger package is refused before it is expanded in memory. */
export const MAX_EXPANDED_MB = 200;
/** A bigger file is refused before it is read. */
export const MAX_FILE_MB = 200;

/** What one workbook may hold, whatever its size in bytes. */
export const WORKBOOK_LIMITS = {
  /** Filled cells (a value, text or formula). */
  cells: 500_000,
  /** Characters of text in the cells read, counted cell by cell. */
  textChars: 4_000_000,
  mergedRanges: 100_000,
  /** Cells looked at while clearing what merged ranges hide. */
  mergeVisits: 20_000_000,
  sheets: 10_000,
  relationships: 20_000,
  sharedStrings: 1_048_576,
} as const;

/** What is left for the rest of one workbook: every sheet read takes from it. */
export interface ReadBudget {
  cells: number;
  textChars: number;
  merges: number;
  visits: number;
}

export const freshBudget = (): ReadBudget => ({ cells: WORKBOOK_LIMITS.cells, textChars: WORKBOOK_LIMITS.textChars, merges: WORKBOOK_LIMITS.mergedRanges, visits: WORKBOOK_LIMITS.mergeVisits });

/** The file is refused: it holds more of `what` than WORKBOOK_LIMITS allows. */
export function overLimit(what: keyof typeof WORKBOOK_LIMITS): WorkbookFormatError {
  const n = WORKBOOK_LIMITS[what].toLocaleString('en-US');
  const words: Record<keyof typeof WORKBOOK_LIMITS, string> = {
    cells: `holds more than ${n} filled cells`,
    textChars: `holds more than ${n} characters of text`,
    mergedRanges: `has more than ${n} merged ranges`,
    mergeVisits: 'has merged ranges that overlap over more cells than a sheet can show',
    sheets: `lists more than ${n} sheets`,
    relationships: `lists more than ${n} relationships between its parts`,
    sharedStrings: `has more than ${n} shared strings`,
  };
  return new WorkbookFormatError(PACKAGE_PROBLEMS.overLimit(words[what]));
}
