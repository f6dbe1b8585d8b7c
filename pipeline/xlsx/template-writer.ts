// Renders a WorkbookLayout (the core's declaration) into an .xlsx with exceljs: dropdowns through
// defined names, locked labels and open input cells, frozen headers, print setup, hidden metadata.
// It must work with no add-in: Excel desktop, Excel on the web and LibreOffice all honour these parts.

import ExcelJS from 'exceljs';
import {
  serialFromIso,
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
  ws.columns = [{ width: 30 }, { width: 110 }];
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
      row.height = fittedHeight([[label, 30], [value, 110]]);
    }
  }
  pageSetup(ws, options.footer);
  await ws.protect('', PROTECTION);
}

async function renderTable(wb: ExcelJS.Workbook, sheet: TableSheet, lists: readonly ListDef[], options: RenderOptions): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: sheet.headerRow, topLeftCell: `A${sheet.headerRow + 1}`, activeCell: `A${sheet.headerRow + 1}` }],
  });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
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
  header.height = 32;
  const first = sheet.headerRow + 1;
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(first + r);
    sheet.columns.forEach((col, c) => styleCell(row.getCell(c + 1), col, values[col.key]));
    row.height = fittedHeight(sheet.columns.map((col) => [values[col.key] ?? '', col.width]));
  });
  setColumnValidations(ws, sheet, lists);
  ws.autoFilter = { from: { row: sheet.headerRow, column: 1 }, to: { row: sheet.headerRow, column: sheet.columns.length } };
  pageSetup(ws, options.footer, sheet.headerRow);
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

/**
 * Rows of wrapped text need a height: LibreOffice and some Excel builds do not grow rows on open,
 * so long prompts would overlap. Estimates lines from characters per column width.
 */
function fittedHeight(cells: readonly (readonly [text: string, width: number])[]): number {
  const lines = Math.max(1, ...cells.map(([text, width]) => Math.ceil((text.length * 1.1) / Math.max(width - 1, 1))));
  return Math.max(15, lines * 15);
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
      ws.getCell(r + 2, i + 1).value = item.display;
    });
    const end = Math.max(list.items.length, 1) + 1;
    wb.definedNames.add(`'${layout.listsSheet}'!$${col.letter}$2:$${col.letter}$${end}`, list.definedName);
  });
}
