// Small exceljs helpers shared by the plan's sheets: titles, styled tables, page setup, heat-map
// fills. Every value from a submission is written as plain text or a number, never as a formula.

import type ExcelJS from 'exceljs';
import { utcMsFromIso } from '../../src/core';

export type Value = string | number | null;

export interface Column {
  readonly header: string;
  readonly width: number;
  /** Long text wraps; dates get a date format. */
  readonly kind?: 'text' | 'long' | 'date' | 'number' | 'percent';
}

export const COLOURS = { title: 'FF1F4E79', header: 'FF1F4E79', headerText: 'FFFFFFFF', muted: 'FF595959', overdue: 'FFFCE4D6', removed: 'FFEDEDED', low: 'FFFCE4D6' };

export function addTitle(ws: ExcelJS.Worksheet, title: string, subtitle: string): void {
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true, size: 16, color: { argb: COLOURS.title } };
  ws.getCell('A2').value = subtitle;
  ws.getCell('A2').font = { italic: true, color: { argb: COLOURS.muted } };
}

/** Writes a header and rows from `startRow`; returns the row after the table. */
export function addTable(ws: ExcelJS.Worksheet, startRow: number, columns: readonly Column[], rows: readonly (readonly Value[])[], options: { filter?: boolean } = {}): number {
  const header = ws.getRow(startRow);
  header.height = 30;
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true, color: { argb: COLOURS.headerText } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.header } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    const col = ws.getColumn(i + 1);
    col.width = Math.max(col.width ?? 0, c.width);
  });
  rows.forEach((values, r) => {
    const row = ws.getRow(startRow + 1 + r);
    columns.forEach((c, i) => setCell(row.getCell(i + 1), values[i] ?? null, c.kind ?? 'text'));
  });
  if (options.filter === true && rows.length > 0) {
    ws.autoFilter = { from: { row: startRow, column: 1 }, to: { row: startRow + rows.length, column: columns.length } };
  }
  return startRow + rows.length + 2;
}

export function setCell(cell: ExcelJS.Cell, value: Value, kind: NonNullable<Column['kind']>): void {
  if (value === null || value === '') return;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    cell.value = new Date(utcMsFromIso(value));
    cell.numFmt = 'yyyy-mm-dd';
  } else {
    // Strings stay strings: exceljs only writes a formula for a {formula} object, so "=SUM()" typed in
    // a submission is shown as the text it is.
    cell.value = value;
    if (kind === 'percent') cell.numFmt = '0%';
  }
  // Only long text needs a style of its own; fewer distinct cell styles keep large plans fast to write.
  if (kind === 'long') cell.alignment = { vertical: 'top', wrapText: true };
}

export function freezeAt(ws: ExcelJS.Worksheet, headerRow: number): void {
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }];
}

export function fillRow(row: ExcelJS.Row, columns: number, argb: string): void {
  for (let i = 1; i <= columns; i++) row.getCell(i).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
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

export { pageSetup } from '../xlsx/page-setup';
