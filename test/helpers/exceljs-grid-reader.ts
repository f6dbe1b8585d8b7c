// The reference reader for tests: exceljs's full object model converted to the core's Cells. The
// pipeline reads with the much faster fast-grid-reader; tests check both give the same grid.

import ExcelJS from 'exceljs';
import { EMPTY, bool, date, err, isoFromUtcMs, num, str, type Cell, type SheetGrid, type SheetState, type WorkbookGrid } from '../../src/core';
import { NO_SAVED_VALUE } from '../../pipeline/xlsx/fast-grid-reader';

/** Parts of a worksheet the reader never needs; skipping them makes loading much faster. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'headerFooter', 'pageSetup', 'printOptions', 'pageMargins', 'rowBreaks', 'picture', 'drawing', 'sheetProtection', 'autoFilter', 'hyperlinks'];

export async function loadGrid(bytes: Buffer): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  // exceljs's typings know neither Node's Buffer nor the ignoreNodes option it implements.
  type Load = (data: Buffer, options: { ignoreNodes: readonly string[] }) => Promise<ExcelJS.Workbook>;
  await (wb.xlsx.load.bind(wb.xlsx) as unknown as Load)(bytes, { ignoreNodes: IGNORED_NODES });
  const date1904 = (wb.properties as { date1904?: boolean }).date1904 === true;
  return { sheets: wb.worksheets.map(toSheetGrid), date1904 };
}

function toSheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged range holds its value once, in its top-left cell; the others only echo it.
      if (cell.isMerged && cell.master !== cell) return;
      cells[c - 1] = toCell(cell.value);
    });
    rows[r - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const state: SheetState = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  return { name: ws.name, state, rows };
}

type RichText = { richText: readonly { text: string }[] };

export function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return Number.isFinite(value) ? num(value) : err('#NUM!');
  if (typeof value === 'boolean') return bool(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? err('an invalid date') : date(isoFromUtcMs(value.getTime()));
  if ('richText' in value) return str(richTextOf(value));
  if ('error' in value) return err(String(value.error));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    // A formula saved without its value (some tools do this) cannot be read without recalculating.
    if (result === undefined) return err(NO_SAVED_VALUE);
    return toCell(typeof result === 'object' && result !== null && 'error' in result ? { error: result.error } : result);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: string | RichText }).text;
    return str(typeof text === 'string' ? text : text === undefined ? '' : richTextOf(text));
  }
  return err('an unreadable value');
}

function richTextOf(value: RichText): string {
  return value.richText.map((run) => run.text).join('');
}
