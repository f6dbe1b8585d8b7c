// Office.js range values to the core's Cell type: the one place the add-in turns Excel's loosely
// typed values into our tagged union, so the core parses an open workbook like a file.

import { EMPTY, bool, err, num, str, type Cell, type SheetGrid, type SheetState } from '../core';

export type OfficeValue = string | number | boolean | null | undefined;

export function toCell(value: OfficeValue, valueType: string | undefined): Cell {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (valueType === 'Error') return err(String(value));
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return bool(value);
  return str(value);
}

export function sheetState(visibility: string): SheetState {
  if (visibility === 'VeryHidden') return 'veryHidden';
  if (visibility === 'Hidden') return 'hidden';
  return 'visible';
}

/** A used range starting at (rowIndex, columnIndex), placed back at its true position from A1. */
export function toSheetGrid(
  name: string,
  visibility: string,
  used: { rowIndex: number; columnIndex: number; values: OfficeValue[][]; valueTypes: string[][] } | null,
): SheetGrid {
  if (used === null) return { name, state: sheetState(visibility), rows: [] };
  const pad: Cell[] = Array.from({ length: used.columnIndex }, () => EMPTY);
  const rows: Cell[][] = Array.from({ length: used.rowIndex }, () => []);
  used.values.forEach((row, r) => rows.push([...pad, ...row.map((v, c) => toCell(v, used.valueTypes[r]?.[c]))]));
  return { name, state: sheetState(visibility), rows };
}
