// Writes the body of a large table straight into a streaming exceljs worksheet, as exactly the
// SpreadsheetML exceljs itself writes for it. exceljs builds a Row and a Cell object for every cell
// and works out each one's XML on its own: for the statewide plan's Plan and _basis sheets (50,000
// of its 70,000 cells) that was half the time of writing the plan. Styles and strings still go into
// the workbook's own style sheet and shared-string table, in the order exceljs would add them.

import type ExcelJS from 'exceljs';
import type WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import * as core from '../../src/core';
import { fitHeldRows, spanWidth, textHeight, wrapLook } from '../xlsx/row-heights';
import { clampText } from './sheet-kit';

export interface DirectCell {
  readonly value: string | number | Date | null;
  /** One of the shared style objects (see sheet-kit's STYLES). */
  readonly style: Partial<ExcelJS.Style>;
  /**
   * Columns the cell is merged across, its text wrapping within all of them. Only the range is
   * recorded, as exceljs writes it among the sheet's merges: exceljs's own mergeCells would make a Row
   * for every cell it covers and write those rows again after these.
   */
  readonly span?: number;
}

/**
 * Writes table rows from row `first` down: rows[i][c] is the cell at column c + 1, undefined for none.
 * Each row is as tall as its wrapped texts need (from the column widths); returns the rows' total
 * height in points, for the sheet's print form.
 */
export type RowWriter = (first: number, rows: readonly (readonly (DirectCell | undefined)[])[]) => number;

// Read once: the core index re-exports through getters, a call each time a name is read in the loops below.
const { DEFAULT_ROW_HEIGHT, a1, fitsUnmeasured } = core;

/** What rows need of their workbook: its style sheet and shared-string table. */
export interface RowsWorkbook {
  readonly styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number };
  readonly sharedStrings: { add(text: string): number };
}

/** exceljs's Enums.ValueType: a style's default number format follows the type of the cell it is first used for. */
const VALUE_TYPE = { null: 0, number: 2, string: 3, date: 4 } as const;

/** As exceljs's utils.dateToExcel, so the serial number is the same to the last digit. */
const excelSerial = (d: Date): number => 25569 + d.getTime() / (24 * 3600 * 1000);

/**
 * A RowWriter for `ws`. exceljs must hold no row of it at or below `first`, and must not be given any
 * of the rows written (rows below them may follow). The sheet's column widths must be final: exceljs
 * writes them with the first row.
 */
export const directRows = (wb: RowsWorkbook, ws: WorkbookWriter.StreamingWorksheet): RowWriter => (first, rows) => writeRowsDirect(wb, ws, first, rows);

function writeRowsDirect(wb: RowsWorkbook, ws: WorkbookWriter.StreamingWorksheet, first: number, rows: readonly (readonly (DirectCell | undefined)[])[]): number {
  // exceljs writes its own rows above (and opens <sheetData>) when the last of them is committed. A
  // row it still held would be written after these, out of order: a mistake in the caller.
  if (first < 2) throw new Error(`direct rows of ${ws.name} must start below a row exceljs writes, not at row ${first}`);
  // The rows exceljs holds above are committed now: their heights first.
  fitHeldRows(ws);
  ws.getRow(first - 1).commit();
  if (ws.lastRow !== undefined) throw new Error(`exceljs still holds row ${ws.lastRow.number} of ${ws.name}, below the direct rows from ${first}`);
  // Per style: its id in the workbook, its font if its text wraps (the row's height depends on it),
  // and the heights its texts were found to need, by column width: a table repeats its item names,
  // statuses and organisations row after row, and each is measured once.
  interface Known {
    readonly id: number;
    readonly look: ReturnType<typeof wrapLook>;
    readonly heights: Map<number, Map<string, number>>;
  }
  const styleIds = new Map<Partial<ExcelJS.Style>, Known>();
  const styleOf = (style: Partial<ExcelJS.Style>, type: number): Known => {
    let known = styleIds.get(style);
    if (known === undefined) styleIds.set(style, (known = { id: wb.styles.addStyleModel(style, type), look: wrapLook(style), heights: new Map() }));
    return known;
  };
  const heightOf = (text: string, width: number, look: NonNullable<Known['look']>, heights: Known['heights']): number => {
    if (fitsUnmeasured(text, width, look)) return 0;
    let byText = heights.get(width);
    if (byText === undefined) heights.set(width, (byText = new Map()));
    let h = byText.get(text);
    if (h === undefined) byText.set(text, (h = textHeight(text, width, look)));
    return h;
  };
  const letters: string[] = [];
  const ref = (c: number, r: number): string => `${(letters[c] ??= a1(1, c + 1).slice(0, -1))}${r}`;
  let columns = 0;
  for (const cells of rows) columns = Math.max(columns, cells.length);
  const widths = Array.from({ length: columns }, (_, c) => ws.getColumn(c + 1).width);
  let total = 0;
  let xml = '';
  rows.forEach((cells, i) => {
    // As exceljs, a row of blanks is left out, styled or not, and its styles are not added.
    if (!cells.some((cell) => cell !== undefined && cell.value !== null)) {
      total += DEFAULT_ROW_HEIGHT;
      return;
    }
    const r = first + i;
    let height = DEFAULT_ROW_HEIGHT;
    let min = 0;
    let max = 0;
    let body = '';
    cells.forEach((cell, c) => {
      if (cell === undefined) return;
      // Every cell counts in the row's span, even one exceljs then leaves out.
      if (min === 0) min = c + 1;
      max = c + 1;
      const { value } = cell;
      const type = value === null ? VALUE_TYPE.null : typeof value === 'string' ? VALUE_TYPE.string : typeof value === 'number' ? VALUE_TYPE.number : VALUE_TYPE.date;
      const known = styleOf(cell.style, type);
      const s = known.id;
      if (value === null && s === 0) return;
      if (typeof value === 'string' && known.look !== null) height = Math.max(height, heightOf(value, spanWidth(widths, c, cell.span), known.look, known.heights));
      const at = ref(c, r);
      if (cell.span !== undefined && cell.span > 1) ws._merges.push(`${at}:${ref(c + cell.span - 1, r)}`);
      const open = s === 0 ? `<c r="${at}"` : `<c r="${at}" s="${s}"`;
      if (value === null) body += `${open}/>`;
      else if (typeof value === 'string') body += `${open} t="s"><v>${wb.sharedStrings.add(clampText(value))}</v></c>`;
      else body += `${open}><v>${typeof value === 'number' ? value : excelSerial(value)}</v></c>`;
    });
    height = Math.ceil(height * 4) / 4;
    total += height;
    // As exceljs writes a row given a height; one line keeps the sheet's default.
    const ht = height > DEFAULT_ROW_HEIGHT ? ` ht="${height}" customHeight="1"` : '';
    xml += `<row r="${r}"${ht} spans="${min}:${max}" x14ac:dyDescent="0.25">${body}</row>`;
    // Handed on in pieces, so that no one string grows to the size of the sheet.
    if (xml.length > 65536) {
      ws.stream.write(xml);
      xml = '';
    }
  });
  if (xml !== '') ws.stream.write(xml);
  return total;
}
