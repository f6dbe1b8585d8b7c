// Small exceljs helpers shared by the plan's sheets: titles, styled tables, page setup, heat-map
// fills. Every value from a submission is written as plain text or a number, never as a formula.

import type ExcelJS from 'exceljs';
import { MIN_PRINT_SCALE, PT_PER_CHAR, columnWidthFor, fittedRowHeight, isIsoDate, lineHeight, printableWidth, textWidth, utcMsFromIso, widthToHold } from '../../src/core';
import { styledRowHeight } from '../xlsx/row-heights';
import type { RowWriter } from './direct-rows';

/** A cell's value; a Date is a local date and time (see localDateTime). */
export type Value = string | number | Date | null;

export interface Column {
  readonly header: string;
  readonly width: number;
  /** Text wraps; dates and times get their formats; numbers and their header stand right-aligned. */
  readonly kind?: 'text' | 'long' | 'date' | 'datetime' | 'number' | 'decimal' | 'percent';
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
  /** Every text of a table wraps, at the top of its row (a wrapped neighbour makes the row tall). */
  long: { alignment: { vertical: 'top', wrapText: true } },
  date: { numFmt: 'yyyy-mm-dd', alignment: { vertical: 'top' } },
  datetime: { numFmt: 'yyyy-mm-dd hh:mm', alignment: { vertical: 'top' } },
  /** Numbers, and a "*" or "not available" in their column, right-aligned under a right-aligned header. */
  number: { alignment: { vertical: 'top', horizontal: 'right' } },
  decimal: { numFmt: '0.0', alignment: { vertical: 'top', horizontal: 'right' } },
  percent: { numFmt: '0%', alignment: { vertical: 'top', horizontal: 'right' } },
  bold: { font: { bold: true } },
  /** A label beside its text: wraps between words when the label is longer than its column. */
  label: { font: { bold: true }, alignment: { vertical: 'top', wrapText: true } },
  title: { font: { bold: true, size: 16, color: { argb: COLOURS.title } } },
  subtitle: { font: { italic: true, color: { argb: COLOURS.muted } }, alignment: { vertical: 'top', wrapText: true } },
  subtitleLine: { font: { italic: true, color: { argb: COLOURS.muted } } },
  /** A cell people are invited to write in, until they do. */
  placeholder: { font: { italic: true, color: { argb: COLOURS.muted } }, alignment: { vertical: 'top', wrapText: true } },
  heading: { font: { bold: true, size: 13, color: { argb: COLOURS.title } } },
  header: {
    font: { bold: true, color: { argb: COLOURS.headerText } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.header } },
    alignment: { vertical: 'middle', wrapText: true },
  },
  headerNumber: {
    font: { bold: true, color: { argb: COLOURS.headerText } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.header } },
    alignment: { vertical: 'middle', horizontal: 'right', wrapText: true },
  },
  /** The header of a column the committee edits (the Plan sheet), and the word above it. */
  committeeHeader: {
    font: { bold: true, color: { argb: COLOURS.headerText } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.committee } },
    alignment: { vertical: 'middle', wrapText: true },
  },
  committeeMark: { font: { bold: true, color: { argb: COLOURS.committee } } },
} satisfies Record<string, Style>;

/** Flags and statuses in a colour and always with their word: fill and text colour of each look. */
export const LOOKS = {
  good: { fill: 'FFC6EFCE', text: 'FF006100' },
  warn: { fill: 'FFFFEB9C', text: 'FF7F4F00' },
  bad: { fill: 'FFFFC7CE', text: 'FF9C0006' },
  none: { fill: 'FFEDEDED', text: 'FF404040' },
} as const;
export type Look = (typeof LOOKS)[keyof typeof LOOKS];

/** `base` in a look's colours, its word in bold. */
export const flagged = (base: Style, look: Look): Style => derive(base, `flag-${look.fill}`, { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } }, font: { bold: true, color: { argb: look.text } } });

/** The look of each of the default plan statuses (by name, any case); another status keeps its word alone. */
const STATUS_LOOKS: Readonly<Record<string, Look>> = { 'not started': LOOKS.none, 'in progress': LOOKS.warn, completed: LOOKS.good, barrier: LOOKS.bad, dropped: LOOKS.none };

export const statusLook = (status: string): Look | undefined => STATUS_LOOKS[status.trim().toLowerCase()];

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

const titles = new WeakMap<ExcelJS.Worksheet, string>();

/** The title addTitle gave the sheet (a streaming sheet's first row is gone once committed). */
export const titleOf = (ws: ExcelJS.Worksheet): string | undefined => titles.get(ws);

/**
 * Characters of column width a title's subtitle may wrap within: a landscape page at 75%. (A sheet
 * one page wide prints every column it spans; a wider one prints from its table's header down.)
 */
const SUBTITLE_WIDTH = Math.floor(printableWidth('landscape') / PT_PER_CHAR / MIN_PRINT_SCALE);

/**
 * The sheet's title, and its subtitle wrapped across the first columns (up to a page wide) in a row
 * as tall as it needs: give the columns their widths first. Without widths it runs on in one line.
 */
export function addTitle(ws: ExcelJS.Worksheet, title: string, subtitle: string): void {
  titles.set(ws, title);
  setStyled(ws.getCell('A1'), title, STYLES.title);
  ws.getRow(1).height = lineHeight(STYLES.title.font);
  const widths: number[] = [];
  for (let c = 1, used = 0; ; c++) {
    const w = ws.getColumn(c).width ?? 0;
    if (w === 0 || (c > 1 && used + w > SUBTITLE_WIDTH)) break;
    widths.push(w);
    used += w;
  }
  if (widths.length === 0) {
    setStyled(ws.getCell('A2'), subtitle, STYLES.subtitleLine);
    return;
  }
  setStyled(ws.getCell('A2'), subtitle, STYLES.subtitle);
  if (widths.length > 1) ws.mergeCells(2, 1, 2, widths.length);
  ws.getRow(2).height = styledRowHeight([{ value: subtitle, style: STYLES.subtitle, span: widths.length }], widths);
}

/** Width a value needs on one line, in characters (a date or time as its format shows it). */
function valueWidth(v: Value): number {
  if (v === null) return 0;
  if (v instanceof Date) return 17;
  return widthToHold(textWidth(typeof v === 'string' ? v : String(v)));
}

/** Rows a column's width is taken from: a longer value further down wraps in its cell, as every text does. */
const SIZING_ROWS = 1000;

/**
 * Columns as narrow as their content allows: a column of short values (codes, names, numbers, dates)
 * no wider than its longest value (of the first SIZING_ROWS), never narrower than its header's
 * longest word nor wider than declared; a column of long text keeps its width, to wrap within.
 */
export function fitToContent(columns: readonly Column[], rows: readonly (readonly Value[])[]): Column[] {
  const sample = rows.length > SIZING_ROWS ? rows.slice(0, SIZING_ROWS) : rows;
  return columns.map((c, i) => {
    if (c.kind === 'long') return c;
    let longest = 0;
    for (const r of sample) {
      longest = Math.max(longest, valueWidth(r[i] ?? null));
      if (longest >= c.width) break;
    }
    return { ...c, width: Math.min(c.width, Math.max(Math.ceil(longest) + (isNumeric(c) ? 1 : 0), widthOf(c))) };
  });
}

/** A sheet of one table: its title and subtitle above it, its header on TABLE_HEADER_ROW, its columns fitted to their content. */
export function addTitledTable(ws: ExcelJS.Worksheet, title: string, subtitle: string, declared: readonly Column[], rows: readonly (readonly Value[])[], options: Parameters<typeof addTable>[4] = {}): void {
  const columns = fitToContent(declared, rows);
  widen(ws, columns);
  addTitle(ws, title, subtitle);
  addTable(ws, TABLE_HEADER_ROW, columns, rows, options);
}

/** A cell's flag or status look, if it has one: shown in its colour, always with its word. */
export type LookOf = (values: readonly Value[], column: number) => Look | undefined;

/**
 * Writes a header and rows from `startRow`; returns the row after the table. With `direct`, the rows
 * go straight to the sheet (see direct-rows): nothing may touch them afterwards, and the sheet's
 * column widths must be final already (see widen).
 */
export function addTable(ws: ExcelJS.Worksheet, startRow: number, columns: readonly Column[], rows: readonly (readonly Value[])[], options: { filter?: boolean; direct?: RowWriter; look?: LookOf } = {}): number {
  addTableHeader(ws, startRow, columns);
  const { look } = options;
  const cells = (values: readonly Value[]): ReturnType<typeof tableCell>[] =>
    columns.map((c, i) => {
      const cell = tableCell(values[i] ?? null, c.kind ?? 'text');
      const l = cell === undefined ? undefined : look?.(values, i);
      return cell === undefined || l === undefined ? cell : { ...cell, style: flagged(cell.style, l) };
    });
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

const isNumericKind = (kind: Column['kind']): boolean => kind === 'number' || kind === 'decimal' || kind === 'percent';
const isNumeric = (c: Column): boolean => isNumericKind(c.kind);
/** Numbers and dates stand right-aligned, and so does their header. */
const rightAligned = (c: Column): boolean => isNumeric(c) || c.kind === 'date' || c.kind === 'datetime';

/** A column as wide as declared, and enough that its header wraps only between words. */
const widthOf = (c: Column): number => columnWidthFor(c.header, c.width);

/** A table's header row, its columns widened for it, as tall as its headers' wrapped lines. */
export function addTableHeader(ws: ExcelJS.Worksheet, row: number, columns: readonly Column[]): void {
  const header = ws.getRow(row);
  widen(ws, columns);
  columns.forEach((c, i) => setStyled(header.getCell(i + 1), c.header, rightAligned(c) ? STYLES.headerNumber : STYLES.header));
  header.height = fittedRowHeight(columns.map((c, i) => ({ text: c.header, width: ws.getColumn(i + 1).width ?? widthOf(c), bold: true })), 30);
}

/** Columns made at least as wide as a table needs. A streaming sheet writes its widths with its first row. */
export function widen(ws: ExcelJS.Worksheet, columns: readonly Column[]): void {
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, widthOf(c));
  });
}

/** Filter buttons on the header of a table with `rows` rows below it. */
export function addFilter(ws: ExcelJS.Worksheet, headerRow: number, rows: number, columns: number): void {
  if (rows > 0) ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + rows, column: columns } };
}

/** A table cell's value as exceljs takes it, and its shared style; undefined for a blank. */
export function tableCell(value: Value, kind: NonNullable<Column['kind']>): { value: string | number | Date; style: Style } | undefined {
  if (value === null || value === '') return undefined;
  if (value instanceof Date) return { value, style: kind === 'date' ? STYLES.date : STYLES.datetime };
  // Only a real date becomes a date cell: "2027-99-99" kept as typed stays that text, never 2035-06-07.
  if (kind === 'date' && typeof value === 'string' && isIsoDate(value)) return { value: new Date(utcMsFromIso(value)), style: STYLES.date };
  // Strings stay strings: exceljs only writes a formula for a {formula} object, so "=SUM()" typed in
  // a submission is shown as the text it is.
  if (typeof value === 'string') return { value: clampText(value), style: isNumericKind(kind) ? STYLES.number : STYLES.long };
  return { value, style: kind === 'percent' ? STYLES.percent : kind === 'decimal' ? STYLES.decimal : STYLES.number };
}

/**
 * A moment as a date-and-time cell showing the local time where the merge ran: a spreadsheet's
 * serial has no time zone, so the local clock reading is stored as if it were UTC.
 */
export function localDateTime(d: Date): Date {
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
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


