// Sizes and print form of the work-group workbook's sheets, from the layout declaration: columns
// wide enough that headers wrap between words, rows tall enough for every wrapped line, and how each
// sheet prints. The CLI's template writer and the add-in's renderer both size by these.

import type { ColumnDef, TableSheet } from './layout-types';
import { printForm, type PrintForm } from './print-form';
import { columnWidthFor, fittedRowHeight, type FitCell } from './text-fit';

/** The two columns of an info sheet (label, text), in characters. */
export const INFO_COLUMN_WIDTHS = [28, 100] as const;
const HEADER_STYLE = { bold: true } as const;

const widths = new WeakMap<ColumnDef, number>();

/** The declared width, widened for the header's longest word (kept per declaration: asked for every row). */
export function columnWidth(col: ColumnDef): number {
  let w = widths.get(col);
  if (w === undefined) widths.set(col, (w = columnWidthFor(col.header, col.width, HEADER_STYLE)));
  return w;
}

/** The header row: every header's words on whole lines, two lines at least. */
export function headerRowHeight(columns: readonly ColumnDef[]): number {
  return fittedRowHeight(columns.map((c): FitCell => ({ text: c.header, width: columnWidth(c), ...HEADER_STYLE })), 30);
}

/** A data row with the values the template fills in (text columns wrap). */
export function dataRowHeight(columns: readonly ColumnDef[], values: Readonly<Record<string, string>>): number {
  return fittedRowHeight(columns.filter((c) => c.type.kind === 'text').map((c): FitCell => ({ text: values[c.key] ?? '', width: columnWidth(c) })));
}

/** A label and its text on an info sheet; the label is bold. */
export function infoRowHeight(label: string, value: string): number {
  return fittedRowHeight([
    { text: label, width: INFO_COLUMN_WIDTHS[0], bold: true },
    { text: value, width: INFO_COLUMN_WIDTHS[1] },
  ]);
}

/** The first columns a person needs on every page to tell the rows apart. */
const REPEATED: Readonly<Record<TableSheet['table'], number>> = { practice: 2, leadership: 2, services: 1, needs: 1, conclusions: 2, plan: 1, statusUpdate: 1, engagement: 1 };

export function tablePrintForm(sheet: TableSheet): PrintForm {
  const body = sheet.rows.reduce((h, values) => h + dataRowHeight(sheet.columns, values), 0);
  return printForm(sheet.columns.map(columnWidth), REPEATED[sheet.table], { header: headerRowHeight(sheet.columns), body });
}

export function infoPrintForm(): PrintForm {
  return printForm(INFO_COLUMN_WIDTHS, 1);
}
