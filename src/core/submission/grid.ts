// A workbook as the core reads it: sheets of our own Cell values. The CLI's xlsx adapter and the
// add-in's gateway both produce this, so parsing is the same code for a file and an open workbook.

import type { Cell } from '../cell';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  readonly name: string;
  readonly state: SheetState;
  /** rows[r][c] is the cell at sheet row r+1, column c+1; missing entries are empty. */
  readonly rows: readonly (readonly Cell[])[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /** Mac Excel's 1904 date system: serial numbers in date columns count from 1904-01-01. */
  readonly date1904: boolean;
}

export function cellAt(sheet: SheetGrid, row: number, col: number): Cell | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/** Finds a sheet the way a person would: case and surrounding spaces do not matter. */
export function findSheet(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  const want = name.trim().toLowerCase();
  return grid.sheets.find((s) => s.name.trim().toLowerCase() === want);
}

/** "A1"-style address from 1-based row and column. */
export function a1(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}
