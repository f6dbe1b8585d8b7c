// Small exceljs helpers shared by the plan's sheets: titles, styled tables, page setup, heat-map
// fills. Every value from a submission is written as plain text or a number, never as a formula.

import type ExcelJS from 'exceljs';
import { isIsoDate, utcMsFromIso } from '../../src/core';
import type { RowWriter } from './direct-rows';

export type Value = string | number | null;

export interface Column {
  readonly header: string;
  readonly width: number;
  /** Long text wraps; dates get a date format. */
  readonly kind?: 'text' | 'long' | 'date' | 'number' | 'percent';
}

export const COLOURS = { title: 'FF1F4E79', header: 'FF1F4E79', headerText: 'FFFFFFFF', muted: 'FF595959', overdue: 'FFFCE4D6', removed: 'FFEDEDED', low: 'FFFCE4D6', committee: 'FF375623' };

export type Style = Partial<ExcelJS.Style>;

/**
 * Every cell style is one of these shared objects, or derived from one by restyle(): exceljs styles
 * each distinct object once instead of every cell, which was a third of writing a statewide plan.
 * So a cell's style is never changed in place (cell.font = …), which would change every cell
 * sharing it.
 */
export const STYLES = {
  plain: {},
  long: { alignment: { vertical: 'top', wrapText: true } },
  date: { numFmt: 'yyyy-mm-dd' },
  percent: { numFmt: '0%' },
  bold: { font: { bold: true } },
  title: { font: { bold: true, size: 16, color: { argb: COLOURS.title } } },
  subtitle: { font: { italic: true, color: { argb: COLOURS.muted } } },
  /** A cell people are invited to write in, until they do. */
  placeholder: { font: { italic: true, color: { argb: COLOURS.muted } }, alignment: { vertical: 'top', wrapText: true } },
  heading: { font: { bold: true, size: 13, color: { argb: COLOURS.title } } },
  header: {
    font: { bold: true, color: { argb: COLOURS.headerText } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.header } },
    alignment: { vertical: 'middle', wrapText: true },
  },
  /** The header of a column the committee edits (the Plan sheet), and the word above it. */
  committeeHeader: {
    font: { bold: true, color: { argb: COLOURS.headerText } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.committee } },
    alignment: { vertical: 'middle', wrapText: true },
  },
  committeeMark: { font: { bold: true, color: { argb: COLOURS.committee } } },
} satisfies Record<string, Style>;

const derived = new WeakMap<Style, Map<string, Style>>();

/** `base` with `change` laid over it: one object for every cell restyled the same way. */
export function derive(base: Style, key: string, change: Style): Style {
  let byKey = derived.get(base);
  if (byKey === undefined) derived.set(base, (byKey = new Map()));
  let style = byKey.get(key);
  if (style === undefined) byKey.set(key, (style = { ...base, ...change }));
  return style;
}

/** Gives the cell its style with `change` laid over it, shared with every cell restyled the same way. */
export function restyle(cell: ExcelJS.Cell, key: string, change: Style): void {
  cell.style = derive(cell.style, key, change);
}

export const fill = (argb: string): Style => ({ fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } });

/** Excel holds at most this many characters in a cell. */
export const CELL_TEXT_LIMIT = 32_767;
let clampedCells = 0;

/**
 * The last guard before a cell is written: a text past Excel's limit (readers cut cells to it, but
 * joined texts, such as several groups' comments, can pass it) is cut, and says so at its end.
 */
export function clampText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  clampedCells++;
  const marker = (left: number): string => ` … [${left.toLocaleString('en-US')} more characters not shown: a cell holds at most 32,767]`;
  // As much text as fits beside the marker (whose length depends on it), never half a surrogate pair.
  let keep = CELL_TEXT_LIMIT - 100;
  while (keep + 1 + marker(text.length - keep - 1).length <= CELL_TEXT_LIMIT) keep++;
  if (/[\ud800-\udbff]/.test(text.charAt(keep - 1))) keep -= 1;
  return `${text.slice(0, keep)}${marker(text.length - keep)}`;
}

/** How many cells clampText has cut since this was last asked, for the caller to report; counts anew. */
export function takeClampedCount(): number {
  const n = clampedCells;
  clampedCells = 0;
  return n;
}

/** A value with its shared style. */
export function setStyled(cell: ExcelJS.Cell, value: string, style: Style): void {
  cell.value = clampText(value);
  cell.style = style;
}

export function addTitle(ws: ExcelJS.Worksheet, title: string, subtitle: string): void {
  setStyled(ws.getCell('A1'), title, STYLES.title);
  setStyled(ws.getCell('A2'), subtitle, STYLES.subtitle);
}

/**
 * Writes a header and rows from `startRow`; returns the row after the table. With `direct`, the rows
 * go straight to the sheet (see direct-rows): nothing may touch them afterwards, and the sheet's
 * column widths must be final already (see widen).
 */
export function addTable(ws: ExcelJS.Worksheet, startRow: number, columns: readonly Column[], rows: readonly (readonly Value[])[], options: { filter?: boolean; direct?: RowWriter } = {}): number {
  addTableHeader(ws, startRow, columns);
  const cells = (values: readonly Value[]): ReturnType<typeof tableCell>[] => columns.map((c, i) => tableCell(values[i] ?? null, c.kind ?? 'text'));
  if (options.direct !== undefined) options.direct(startRow + 1, rows.map(cells));
  else {
    rows.forEach((values, r) => {
      const row = ws.getRow(startRow + 1 + r);
      cells(values).forEach((c, i) => {
        if (c === undefined) return;
        const cell = row.getCell(i + 1);
        cell.value = c.value;
        cell.style = c.style;
      });
    });
  }
  if (options.filter === true) addFilter(ws, startRow, rows.length, columns.length);
  return startRow + rows.length + 2;
}

/** A table's header row, its columns widened for it. */
export function addTableHeader(ws: ExcelJS.Worksheet, row: number, columns: readonly Column[]): void {
  const header = ws.getRow(row);
  header.height = 30;
  columns.forEach((c, i) => setStyled(header.getCell(i + 1), c.header, STYLES.header));
  widen(ws, columns);
}

/** Columns made at least as wide as a table needs. A streaming sheet writes its widths with its first row. */
export function widen(ws: ExcelJS.Worksheet, columns: readonly Column[]): void {
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, c.width);
  });
}

/** Filter buttons on the header of a table with `rows` rows below it. */
export function addFilter(ws: ExcelJS.Worksheet, headerRow: number, rows: number, columns: number): void {
  if (rows > 0) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + rows, column: columns } };
}

/** A table cell's value as exceljs takes it, and its shared style; undefined for a blank. */
export function tableCell(value: Value, kind: NonNullable<Column['kind']>): { value: string | number | Date; style: Style } | undefined {
  if (value === null || value === '') return undefined;
  // Only a real date becomes a date cell: "2027-99-99" kept as typed stays that text, never 2035-06-07.
  if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) return { value: new Date(utcMsFromIso(value)), style: STYLES.date };
  // Strings stay strings: exceljs only writes a formula for a {formula} object, so "=SUM()" typed in
  // a submission is shown as the text it is.
  const style = kind === 'percent' ? STYLES.percent : kind === 'long' ? STYLES.long : STYLES.plain;
  return { value: typeof value === 'string' ? clampText(value) : value, style };
}

/** Rows down to the header stay in view while scrolling. */
export function frozenAt(headerRow: number): Partial<ExcelJS.WorksheetView> {
  return { state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` };
}

/** Where the tables of the plan's sheets put their header row. */
export const TABLE_HEADER_ROW = 4;

export function fillRow(row: ExcelJS.Row, columns: number, argb: string): void {
  for (let i = 1; i <= columns; i++) restyle(row.getCell(i), argb, fill(argb));
}

const RED = [0xf8, 0x69, 0x6b];
const YELLOW = [0xff, 0xeb, 0x84];
const GREEN = [0x63, 0xbe, 0x7b];

/** Red (1) through yellow (middle) to green (top of the scale); the number is always shown too. */
export function heatColour(mean: number, levels: number): string {
  const t = Math.min(1, Math.max(0, (mean - 1) / Math.max(levels - 1, 1)));
  const [from, to, u] = t < 0.5 ? [RED, YELLOW, t * 2] : [YELLOW, GREEN, (t - 0.5) * 2];
  const hex = from.map((x, i) => Math.round(x + ((to[i] ?? x) - x) * u).toString(16).padStart(2, '0')).join('');
  return `FF${hex.toUpperCase()}`;
}

export const yesNo = (b: boolean): string => (b ? 'yes' : '');
export const pct = (x: number): number => Math.round(x * 100) / 100;

export { footerFor, pageSetupFor } from '../xlsx/page-setup';
