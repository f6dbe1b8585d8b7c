// Renders a WorkbookLayout (the core's declaration) into an .xlsx with exceljs: dropdowns through
// defined names, locked labels and open input cells, frozen headers, print setup, hidden metadata.
// It must work with no add-in: Excel desktop, Excel on the web and LibreOffice all honour these parts.

import ExcelJS from 'exceljs';
import {
  DEFAULT_ROW_HEIGHT,
  INFO_COLUMN_WIDTHS,
  columnWidth,
  dataRowHeight,
  headerRowHeight,
  infoPrintForm,
  infoRowHeight,
  serialFromIso,
  tablePrintForm,
  type ColumnDef,
  type InfoSheet,
  type ListDef,
  type TableSheet,
  type WorkbookLayout,
} from '../../src/core';
import { pageSetup } from './page-setup';
import { validationFor } from './template-validations';

const COLOURS = {
  header: 'FF1F4E79',
  headerText: 'FFFFFFFF',
  locked: 'FFE7E6E6',
  title: 'FF1F4E79',
  border: 'FFBFBFBF',
};

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  sort: true,
  autoFilter: true,
};

/** exceljs 4.4 accepts a range address here (written as one sqref), but its typings omit the collection. */
interface WithRangeValidations {
  readonly dataValidations: { model: object; add(address: string, validation: ExcelJS.DataValidation): void };
}

export interface RenderOptions {
  /** Footer text on printed pages, e.g. "Riverbend County, WG1". */
  readonly footer: string;
  readonly createdAt: Date;
}

export async function renderTemplate(layout: WorkbookLayout, options: RenderOptions): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'service-array';
  wb.created = options.createdAt;
  wb.modified = options.createdAt;
  for (const sheet of layout.sheets) {
    if (sheet.kind === 'info') await renderInfo(wb, sheet, options);
    else await renderTable(wb, sheet, layout.lists, options);
  }
  renderLists(wb, layout);
  const meta = wb.addWorksheet(layout.metaSheet, { state: 'veryHidden' });
  for (const [key, value] of layout.meta) meta.addRow([key, value]);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function renderInfo(wb: ExcelJS.Workbook, sheet: InfoSheet, options: RenderOptions): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, { properties: { tabColor: { argb: COLOURS.title } } });
  ws.columns = INFO_COLUMN_WIDTHS.map((width) => ({ width }));
  const title = ws.addRow([sheet.title]);
  title.font = { bold: true, size: 16, color: { argb: COLOURS.title } };
  for (const section of sheet.sections) {
    ws.addRow([]);
    const heading = ws.addRow([section.heading]);
    heading.font = { bold: true, size: 13, color: { argb: COLOURS.title } };
    for (const [label, value] of section.rows) {
      const row = ws.addRow([label, value]);
      row.getCell(1).font = { bold: true };
      row.alignment = { vertical: 'top', wrapText: true };
      row.height = infoRowHeight(label, value);
    }
  }
  pageSetup(ws, options.footer, undefined, infoPrintForm());
  await ws.protect('', PROTECTION);
}

async function renderTable(wb: ExcelJS.Workbook, sheet: TableSheet, lists: readonly ListDef[], options: RenderOptions): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: sheet.headerRow, topLeftCell: `A${sheet.headerRow + 1}`, activeCell: `A${sheet.headerRow + 1}` }],
  });
  ws.columns = sheet.columns.map((c) => ({ width: columnWidth(c) }));
  ws.getCell(1, 1).value = sheet.title;
  ws.getCell(1, 1).font = { bold: true, size: 14, color: { argb: COLOURS.title } };
  ws.getCell(2, 1).value = sheet.subtitle;
  ws.getCell(2, 1).font = { italic: true };
  ws.getCell(3, 1).value = sheet.instructions;
  const header = ws.getRow(sheet.headerRow);
  sheet.columns.forEach((col, i) => {
    const cell = header.getCell(i + 1);
    cell.value = col.header;
    cell.font = { bold: true, color: { argb: COLOURS.headerText } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.header } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.height = headerRowHeight(sheet.columns);
  const first = sheet.headerRow + 1;
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(first + r);
    sheet.columns.forEach((col, c) => styleCell(row.getCell(c + 1), col, values[col.key]));
    // Only rows the template fills with long text get a height: a blank row keeps none, so Excel and
    // LibreOffice grow it as a person types.
    const height = dataRowHeight(sheet.columns, values);
    if (height > DEFAULT_ROW_HEIGHT) row.height = height;
  });
  setColumnValidations(ws, sheet, lists);
  const last = sheet.headerRow + Math.max(sheet.rows.length, 1);
  ws.autoFilter = { from: { row: sheet.headerRow, column: 1 }, to: { row: sheet.headerRow, column: sheet.columns.length } };
  pageSetup(ws, options.footer, sheet.headerRow, tablePrintForm(sheet), { title: sheet.title, lastRow: last, lastColumn: sheet.columns.length });
  await ws.protect('', PROTECTION);
}

/** The sheet's validations: one per input column, over the table's rows (one sqref each, as Excel keeps them). */
export function setColumnValidations(ws: ExcelJS.Worksheet, sheet: TableSheet, lists: readonly ListDef[]): void {
  const validations = (ws as unknown as WithRangeValidations).dataValidations;
  validations.model = {};
  const first = sheet.headerRow + 1;
  const last = sheet.headerRow + Math.max(sheet.rows.length, 1);
  sheet.columns.forEach((col, c) => {
    const validation = validationFor(col, lists);
    if (validation === null) return;
    const letter = ws.getColumn(c + 1).letter;
    validations.add(`${letter}${first}:${letter}${last}`, validation);
  });
}

function styleCell(cell: ExcelJS.Cell, col: ColumnDef, prefilled: string | undefined): void {
  const filled = prefilled !== undefined && prefilled !== '';
  const locked = col.input === 'never' || (col.input === 'whenBlank' && filled);
  if (filled) cell.value = col.type.kind === 'date' ? serialFromIso(prefilled) : prefilled;
  cell.protection = { locked };
  cell.alignment = { vertical: 'top', wrapText: col.type.kind === 'text' };
  cell.border = { bottom: { style: 'hair', color: { argb: COLOURS.border } }, right: { style: 'hair', color: { argb: COLOURS.border } } };
  if (locked) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOURS.locked } };
  if (col.type.kind === 'date') cell.numFmt = 'yyyy-mm-dd';
}

/** Each list is one column of the hidden Lists sheet, reached through a workbook defined name. */
function renderLists(wb: ExcelJS.Workbook, layout: WorkbookLayout): void {
  const ws = wb.addWorksheet(layout.listsSheet, { state: 'veryHidden' });
  layout.lists.forEach((list, i) => {
    if (list.range !== undefined) {
      wb.definedNames.add(list.range, list.definedName);
      return;
    }
    const col = ws.getColumn(i + 1);
    ws.getCell(1, i + 1).value = list.name;
    list.items.forEach((item, r) => {
      const cell = ws.getCell(r + 2, i + 1);
      if (item.number === undefined) cell.value = item.display;
      else {
        cell.value = item.number.value;
        cell.numFmt = item.number.format;
      }
    });
    const end = Math.max(list.items.length, 1) + 1;
    wb.definedNames.add(`'${layout.listsSheet}'!$${col.letter}$2:$${col.letter}$${end}`, list.definedName);
  });
}
