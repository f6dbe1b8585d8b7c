// Row heights from content for exceljs worksheets: LibreOffice never grows a row on open and Excel
// does not grow merged or pre-sized ones, so every writer sets the height that shows every wrapped
// line (the estimate is the core's, shared with the add-in). Use it on any sheet built in memory;
// a streaming sheet, whose rows are gone once committed, calls `rowHeightFor` as it writes each row.

import type ExcelJS from 'exceljs';
import { DEFAULT_FONT_SIZE, DEFAULT_ROW_HEIGHT, fittedRowHeight, lineHeight, wrappedLines, type FitCell } from '../../src/core';

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

/** A cell as the streaming writers give it: its value, its shared style object, and the columns it spans. */
export interface StyledCell {
  readonly value: unknown;
  readonly style: Partial<ExcelJS.Style>;
  /** Columns the cell is merged across (1 when not given). */
  readonly span?: number;
}

/** Font of a style whose text wraps, or null (its text needs no room); read once per shared style object. */
const wrapping = new WeakMap<Partial<ExcelJS.Style>, { size: number; bold: boolean } | null>();

export function wrapLook(style: Partial<ExcelJS.Style>): { size: number; bold: boolean } | null {
  let look = wrapping.get(style);
  if (look === undefined) {
    look = style.alignment?.wrapText === true ? { size: style.font?.size ?? DEFAULT_FONT_SIZE, bold: style.font?.bold === true } : null;
    wrapping.set(style, look);
  }
  return look;
}

/**
 * The fitted height of a row given as styled cells (`widths[c]` is column c + 1's width): every
 * wrapped text shows all its lines. Cheap enough for every row of a statewide plan: a style's font is
 * read once, and a short text is measured without being split.
 */
export function styledRowHeight(cells: readonly (StyledCell | undefined)[], widths: readonly (number | undefined)[], minimum = DEFAULT_ROW_HEIGHT): number {
  let height = minimum;
  cells.forEach((cell, c) => {
    if (cell === undefined || typeof cell.value !== 'string') return;
    const look = wrapLook(cell.style);
    if (look !== null) height = Math.max(height, textHeight(cell.value, spanWidth(widths, c, cell.span), look));
  });
  // As fittedRowHeight rounds it.
  return Math.ceil(height * 4) / 4;
}

/** The width of column c + 1 and the next `span` - 1 it is merged across. */
export function spanWidth(widths: readonly (number | undefined)[], c: number, span = 1): number {
  let width = widths[c] ?? DEFAULT_WIDTH;
  for (let k = 1; k < span; k++) width += widths[c + k] ?? DEFAULT_WIDTH;
  return width;
}

/** The height a wrapped text needs in `width` characters, in points (a blank one needs none). */
export const textHeight = (text: string, width: number, look: { size: number; bold: boolean }): number => (text === '' ? 0 : lines(text, width, look) * lineOf(look));
// Read once: the core index re-exports through getters, a call each time a name is read.
const lines = wrappedLines;
const lineOf = lineHeight;

/**
 * Gives each row exceljs still holds the height its wrapped cells need (see styledRowHeight), such
 * as a streaming sheet's rows before they are committed; a row already taller, or with a merged
 * cell (its height is the writer's), keeps its height. Returns the rows' total height in points.
 */
export function fitHeldRows(ws: ExcelJS.Worksheet): number {
  const widths: (number | undefined)[] = [];
  let total = 0;
  ws.eachRow((row) => {
    const cells: StyledCell[] = [];
    let merged = false;
    row.eachCell((cell) => {
      merged ||= cell.isMerged;
      const c = Number(cell.col);
      cells[c - 1] = { value: cell.value, style: cell.style };
      widths[c - 1] ??= ws.getColumn(c).width;
    });
    const fitted = merged ? DEFAULT_ROW_HEIGHT : styledRowHeight(cells, widths);
    if (fitted > DEFAULT_ROW_HEIGHT && (row.height === undefined || row.height < fitted)) row.height = fitted;
    total += row.height ?? DEFAULT_ROW_HEIGHT;
  });
  return total;
}
