// Queues the Office.js operations that render the core's WorkbookLayout, mirroring the exceljs writer
// (pipeline/xlsx/template-writer.ts): colours, locked labels and open input cells, dropdowns through
// `List_*` names, frozen headers, print setup, protection without a password, veryHidden lists and meta.
// It only queues: the caller syncs once, so the number of sheets never changes the number of syncs.

import {
  DEFAULT_ROW_HEIGHT,
  INFO_COLUMN_WIDTHS,
  SIDE_MARGIN,
  columnWidth,
  dataRowHeight,
  headerRowHeight,
  infoPrintForm,
  infoRowHeight,
  tablePrintForm,
  type ColumnDef,
  type InfoSheet,
  type ListDef,
  type PrintForm,
  type TableSheet,
  type WorkbookLayout,
} from '../core';
import { officeValidationFor } from './validation-rules';

const COLOURS = { header: '#1F4E79', headerText: '#FFFFFF', locked: '#E7E6E6', title: '#1F4E79', border: '#BFBFBF' };

const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertRows: true,
  allowSort: true,
  allowAutoFilter: true,
  selectionMode: 'Normal',
};

/** Excel widths are in characters in the file and in points in Office.js (7 px a character + 5 px padding). */
export function pointsForChars(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive rows (0-based offsets) sharing one key, so a column gets one format call per run. */
export function runs<T>(values: readonly T[]): { start: number; count: number; value: T }[] {
  const out: { start: number; count: number; value: T }[] = [];
  values.forEach((value, i) => {
    const last = out[out.length - 1];
    if (last !== undefined && last.value === value) last.count += 1;
    else out.push({ start: i, count: 1, value });
  });
  return out;
}

/** Queues everything for the sheets in `create` (by name) and the names in `addNames`. */
export function queueLayout(context: Excel.RequestContext, layout: WorkbookLayout, create: ReadonlySet<string>, addNames: ReadonlySet<string>, footer: string): void {
  const sheets = context.workbook.worksheets;
  const wanted = (name: string): boolean => create.has(name);
  // Sheets first, so the names and validations below can point at them within the same batch.
  for (const s of layout.sheets) if (wanted(s.name)) sheets.add(s.name);
  if (wanted(layout.listsSheet)) renderLists(sheets.add(layout.listsSheet), layout.lists);
  for (const list of layout.lists) {
    if (!addNames.has(list.definedName)) continue;
    const end = Math.max(list.items.length, 1) + 1;
    const col = columnLetter(layout.lists.indexOf(list) + 1);
    context.workbook.names.add(list.definedName, `='${layout.listsSheet}'!$${col}$2:$${col}$${end}`);
  }
  if (wanted(layout.metaSheet)) renderMeta(sheets.add(layout.metaSheet), layout.meta);
  layout.sheets.forEach((s, i) => {
    if (!wanted(s.name)) return;
    const ws = sheets.getItem(s.name);
    // Existing layout sheets keep their place; a repaired one goes back to its place in the template.
    ws.position = i;
    if (s.kind === 'info') renderInfo(ws, s, footer);
    else renderTable(ws, s, layout.lists, footer);
  });
}

function renderLists(ws: Excel.Worksheet, lists: readonly ListDef[]): void {
  lists.forEach((list, i) => {
    // A numbered level is its number, formatted to show its label (see ListItem.number); the rest is text.
    const values = [[list.name], ...list.items.map((item) => [item.number?.value ?? item.display])];
    const range = ws.getRangeByIndexes(0, i, values.length, 1);
    range.numberFormat = [['@'], ...list.items.map((item) => [item.number?.format ?? '@'])];
    range.values = values;
  });
  ws.visibility = 'VeryHidden';
}

function renderMeta(ws: Excel.Worksheet, meta: WorkbookLayout['meta']): void {
  const range = ws.getRangeByIndexes(0, 0, meta.length, 2);
  // Text format keeps "1" and "2026-11-30" as the strings the reader expects, not a number or a date.
  range.numberFormat = meta.map(() => ['@', '@']);
  range.values = meta.map(([k, v]) => [k, v]);
  ws.visibility = 'VeryHidden';
}

/** The same print setup as the exceljs writer (pipeline/xlsx/page-setup.ts), from the same print form. */
function printSetup(ws: Excel.Worksheet, footer: string, form: PrintForm, table?: { headerRow: number; title: string; lastRow: number; lastColumn: number }): void {
  const page = ws.pageLayout;
  page.orientation = 'Landscape';
  page.paperSize = 'Letter';
  if (form.fitToWidth) page.zoom = { horizontalFitToPages: 1 };
  else page.zoom = { scale: form.scale };
  page.leftMargin = SIDE_MARGIN * 72;
  page.rightMargin = SIDE_MARGIN * 72;
  page.topMargin = 36;
  page.bottomMargin = 36;
  page.headerMargin = 21.6;
  page.footerMargin = 21.6;
  if (table !== undefined) page.setPrintTitleRows(`$${table.headerRow}:$${table.headerRow}`);
  const codes = (text: string): string => text.replace(/&/g, '&&');
  page.headersFooters.defaultForAllPages.leftFooter = `${codes(footer)} - &A`;
  page.headersFooters.defaultForAllPages.rightFooter = 'Page &P of &N';
  if (table === undefined || form.pagesWide === 1) return;
  // Columns split across pages: the first ones repeated, the title in the page header.
  page.printOrder = 'OverThenDown';
  if (form.repeatColumns > 0) page.setPrintTitleColumns(`$A:$${columnLetter(form.repeatColumns)}`);
  page.setPrintArea(`A${table.headerRow}:${columnLetter(table.lastColumn)}${Math.max(table.lastRow, table.headerRow)}`);
  page.headersFooters.defaultForAllPages.leftHeader = `&B${codes(table.title)}&B`;
}

function renderInfo(ws: Excel.Worksheet, sheet: InfoSheet, footer: string): void {
  ws.tabColor = COLOURS.title;
  ws.getRange('A1').format.columnWidth = pointsForChars(INFO_COLUMN_WIDTHS[0]);
  ws.getRange('B1').format.columnWidth = pointsForChars(INFO_COLUMN_WIDTHS[1]);
  const rows: [string, string, 'title' | 'heading' | 'row' | 'blank'][] = [[sheet.title, '', 'title']];
  for (const section of sheet.sections) {
    rows.push(['', '', 'blank'], [section.heading, '', 'heading']);
    for (const [label, value] of section.rows) rows.push([label, value, 'row']);
  }
  const all = ws.getRangeByIndexes(0, 0, rows.length, 2);
  all.numberFormat = rows.map(() => ['@', '@']);
  all.values = rows.map(([a, b]) => [a, b]);
  rows.forEach(([label, value, kind], r) => {
    const line = ws.getRangeByIndexes(r, 0, 1, 2);
    if (kind === 'title' || kind === 'heading') {
      line.format.font.bold = true;
      line.format.font.size = kind === 'title' ? 16 : 13;
      line.format.font.color = COLOURS.title;
    } else if (kind === 'row') {
      ws.getRangeByIndexes(r, 0, 1, 1).format.font.bold = true;
      line.format.wrapText = true;
      line.format.verticalAlignment = 'Top';
      line.format.rowHeight = infoRowHeight(label, value);
    }
  });
  printSetup(ws, footer, infoPrintForm());
  ws.protection.protect(PROTECTION);
}

function renderTable(ws: Excel.Worksheet, sheet: TableSheet, lists: readonly ListDef[], footer: string): void {
  const n = sheet.columns.length;
  const title = ws.getRange('A1');
  title.values = [[sheet.title]];
  title.format.font.bold = true;
  title.format.font.size = 14;
  title.format.font.color = COLOURS.title;
  ws.getRange('A2').values = [[sheet.subtitle]];
  ws.getRange('A2').format.font.italic = true;
  ws.getRange('A3').values = [[sheet.instructions]];
  const header = ws.getRangeByIndexes(sheet.headerRow - 1, 0, 1, n);
  header.values = [sheet.columns.map((c) => c.header)];
  header.format.font.bold = true;
  header.format.font.color = COLOURS.headerText;
  header.format.fill.color = COLOURS.header;
  header.format.verticalAlignment = 'Center';
  header.format.wrapText = true;
  header.format.rowHeight = headerRowHeight(sheet.columns);
  const count = Math.max(sheet.rows.length, 1);
  const data = ws.getRangeByIndexes(sheet.headerRow, 0, count, n);
  data.format.verticalAlignment = 'Top';
  for (const edge of ['InsideHorizontal', 'InsideVertical', 'EdgeBottom', 'EdgeRight'] as const) {
    const border = data.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Hairline';
    border.color = COLOURS.border;
  }
  sheet.columns.forEach((col, c) => renderColumn(ws, sheet, col, c, lists));
  // As the exceljs writer: only rows filled with long text get a height; blank rows grow as people type.
  for (const run of runs(sheet.rows.map((values) => dataRowHeight(sheet.columns, values)))) {
    if (run.value > DEFAULT_ROW_HEIGHT) ws.getRangeByIndexes(sheet.headerRow + run.start, 0, run.count, 1).format.rowHeight = run.value;
  }
  ws.freezePanes.freezeRows(sheet.headerRow);
  ws.autoFilter.apply(ws.getRangeByIndexes(sheet.headerRow - 1, 0, count + 1, n));
  printSetup(ws, footer, tablePrintForm(sheet), { headerRow: sheet.headerRow, title: sheet.title, lastRow: sheet.headerRow + count, lastColumn: n });
  ws.protection.protect(PROTECTION);
}

function renderColumn(ws: Excel.Worksheet, sheet: TableSheet, col: ColumnDef, c: number, lists: readonly ListDef[]): void {
  const count = Math.max(sheet.rows.length, 1);
  const range = ws.getRangeByIndexes(sheet.headerRow, c, count, 1);
  ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = pointsForChars(columnWidth(col));
  const prefilled = sheet.rows.map((r) => r[col.key] ?? '');
  if (col.type.kind === 'date') range.numberFormat = prefilled.map(() => ['yyyy-mm-dd']);
  else if (col.type.kind === 'text' && col.input !== 'always') range.numberFormat = prefilled.map(() => ['@']);
  if (prefilled.some((v) => v !== '')) range.values = prefilled.map((v) => [v]);
  range.format.wrapText = col.type.kind === 'text';
  const locked = prefilled.map((v) => col.input === 'never' || (col.input === 'whenBlank' && v !== ''));
  for (const run of runs(locked)) {
    const part = ws.getRangeByIndexes(sheet.headerRow + run.start, c, run.count, 1);
    part.format.protection.locked = run.value;
    if (run.value) part.format.fill.color = COLOURS.locked;
  }
  const validation = officeValidationFor(col, lists);
  if (validation !== null) {
    range.dataValidation.ignoreBlanks = true;
    range.dataValidation.rule = validation.rule;
    range.dataValidation.prompt = validation.prompt;
    range.dataValidation.errorAlert = validation.errorAlert;
  }
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
