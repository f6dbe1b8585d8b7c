// Row heights from content for exceljs worksheets: LibreOffice never grows a row on open and Excel
// does not grow merged or pre-sized ones, so every writer sets the height that shows every wrapped
// line (the estimate is the core's, shared with the add-in). Use it on any sheet built in memory;
// a streaming sheet, whose rows are gone once committed, calls `rowHeightFor` as it writes each row.

import type ExcelJS from 'exceljs';
import { DEFAULT_FONT_SIZE, fittedRowHeight, type FitCell } from '../../src/core';

/** exceljs keeps merges by master cell; its typings do not show them. */
interface WithMerges {
  readonly _merges?: Readonly<Record<string, { readonly model: { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number } }>>;
}

/** exceljs's width of a column nobody sized. */
const DEFAULT_WIDTH = 9.140625;

function textOf(value: ExcelJS.CellValue): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return '';
}

/** The fitted height of one row: `cells` are the row's wrapped texts with the width each may use. */
export function rowHeightFor(cells: readonly FitCell[], minimum?: number): number {
  return fittedRowHeight(cells, minimum);
}

/**
 * Sets each row's height so every wrapped cell shows all its lines; a row already taller keeps its
 * height. A cell merged across columns wraps within all of them; one merged down several rows is
 * left alone (its rows' heights are the writer's to choose).
 */
export function fitRowHeights(ws: ExcelJS.Worksheet): void {
  const spans = new Map<string, number>();
  const tall = new Set<string>();
  for (const [address, range] of Object.entries((ws as unknown as WithMerges)._merges ?? {})) {
    const m = range.model;
    if (m.bottom > m.top) tall.add(address);
    let width = 0;
    for (let c = m.left; c <= m.right; c++) width += ws.getColumn(c).width ?? DEFAULT_WIDTH;
    spans.set(address, width);
  }
  ws.eachRow((row) => {
    const cells: FitCell[] = [];
    row.eachCell((cell) => {
      if (cell.alignment?.wrapText !== true || cell.isMerged && cell.master !== cell || tall.has(cell.address)) return;
      const text = textOf(cell.value);
      if (text === '') return;
      const width = spans.get(cell.address) ?? ws.getColumn(cell.col).width ?? DEFAULT_WIDTH;
      cells.push({ text, width, size: cell.font?.size ?? DEFAULT_FONT_SIZE, bold: cell.font?.bold === true });
    });
    if (cells.length === 0) return;
    const fitted = rowHeightFor(cells);
    if (row.height === undefined || row.height < fitted) row.height = fitted;
  });
}
