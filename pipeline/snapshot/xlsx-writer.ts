// Renders the Snapshot model into a fresh workbook: Summary, one sheet per section, Notes.
// Pictures are in-cell data bars (conditional formatting), not native charts: exceljs cannot write
// charts, and data bars survive every Excel, need no hand-made DrawingML, and the add-in can draw them too.

import ExcelJS from 'exceljs';
import { NOT_FOR_PUBLICATION, type Snapshot, type SnapshotCell, type SnapshotColumn, type SnapshotTable } from '../../src/core/snapshot';
import { writeThroughTemp } from '../atomic-write';

const SHEET_NAMES: Readonly<Record<string, string>> = {
  summary: 'Summary', 'front-door': 'Front door', entries: 'Entries', 'in-care': 'In care', exits: 'Exits',
  indicators: 'Indicators', trends: 'Trends', community: 'Community',
};
const BAR_COLOR = 'FF4472C4';
const FORMATS: Readonly<Record<string, string>> = {
  count: '#,##0', days: '#,##0', rate: '#,##0.0', percent: '0.0"%"', median: '#,##0', mean: '0.0', text: '@',
};

function cellValue(c: SnapshotCell | undefined, marker: string): string | number | null {
  if (c === undefined) return null;
  if (c.suppressed) return marker;
  return c.value;
}

/** Writes one table at `row`; returns the next free row. */
function writeTable(ws: ExcelJS.Worksheet, t: SnapshotTable, row: number, marker: string): number {
  ws.getCell(row, 1).value = t.title;
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  row += 1;
  const header = ws.getRow(row);
  header.values = ['', ...t.columns.map((c: SnapshotColumn) => c.header)];
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  row += 1;
  const first = row;
  for (const r of t.rows) {
    const xr = ws.getRow(row);
    xr.getCell(1).value = r.label;
    r.cells.forEach((c, i) => {
      const cell = xr.getCell(i + 2);
      cell.value = cellValue(c, marker);
      if (c.suppressed) cell.alignment = { horizontal: 'right' };
      else cell.numFmt = FORMATS[c.kind] ?? 'General';
    });
    if (r.isTotal === true) xr.font = { bold: true };
    row += 1;
  }
  const dataRows = t.rows.filter((r) => r.isTotal !== true).length;
  if (t.chart !== undefined && dataRows > 1) {
    const col = String.fromCharCode(66 + t.chart.column);
    // exceljs renders `color` for data bars but its typings omit it (its typings drift, see style.md).
    const bar: ExcelJS.DataBarRuleType & { color: Partial<ExcelJS.Color> } = {
      type: 'dataBar', priority: 1, gradient: false, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: BAR_COLOR },
    };
    ws.addConditionalFormatting({ ref: `${col}${first}:${col}${first + dataRows - 1}`, rules: [bar] });
  }
  for (const note of t.footnotes) {
    ws.getCell(row, 1).value = note;
    ws.getCell(row, 1).font = { italic: true, size: 9 };
    row += 1;
  }
  return row + 1;
}

export function buildWorkbook(s: Snapshot): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'service-array snapshot';
  wb.title = s.title;
  for (const section of s.sections) {
    const ws = wb.addWorksheet(SHEET_NAMES[section.id] ?? section.title);
    ws.getColumn(1).width = 52;
    for (let c = 2; c <= 7; c++) ws.getColumn(c).width = 16;
    ws.getCell(1, 1).value = section.id === 'summary' ? s.title : `${stamp(s)}${section.title} — ${s.jurisdiction}, ${s.period.label}`;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.getCell(2, 1).value = section.intro;
    let row = 4;
    if (section.id === 'summary') row = writeSummaryIndicators(ws, s, writeTable(ws, section.tables[0] ?? emptyTable(), row, s.suppression.marker));
    else for (const t of section.tables) row = writeTable(ws, t, row, s.suppression.marker);
    if (section.id === 'summary') ws.getCell(row, 1).value = s.suppression.rule;
    ws.views = [{ state: 'frozen', ySplit: 2 }];
  }
  const notes = wb.addWorksheet('Notes');
  notes.getColumn(1).width = 40;
  notes.getColumn(2).width = 110;
  notes.getCell(1, 1).value = `${stamp(s)}Notes: definitions and suppression rules`;
  notes.getCell(1, 1).font = { bold: true, size: 14 };
  s.notes.forEach((n, i) => {
    const r = notes.getRow(i + 3);
    r.getCell(1).value = n.title;
    r.getCell(1).font = { bold: true };
    r.getCell(2).value = n.text;
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    r.getCell(1).alignment = { vertical: 'top' };
  });
  return wb;
}

function writeSummaryIndicators(ws: ExcelJS.Worksheet, s: Snapshot, row: number): number {
  ws.getCell(row, 1).value = 'Federal indicators (observed)';
  ws.getCell(row, 1).font = { bold: true, size: 12 };
  const header = ws.getRow(row + 1);
  header.values = ['', 'Value', 'Unit', 'Better when'];
  header.font = { bold: true };
  row += 2;
  for (const ind of s.indicators) {
    const r = ws.getRow(row);
    r.getCell(1).value = `${ind.code} ${ind.name}`;
    r.getCell(2).value = ind.suppressed ? s.suppression.marker : ind.value === null ? (ind.note ?? 'n/a') : ind.value;
    r.getCell(2).numFmt = ind.unit === 'percent' ? '0.0"%"' : '#,##0.0';
    r.getCell(3).value = ind.unit;
    r.getCell(4).value = ind.higherIsBetter ? 'higher' : 'lower';
    row += 1;
  }
  return row + 1;
}

/** Every sheet of a Snapshot below the public threshold says so in its title. */
function stamp(s: Snapshot): string {
  return s.notForPublication === true ? `${NOT_FOR_PUBLICATION}: ` : '';
}

function emptyTable(): SnapshotTable {
  return { id: 'empty', title: '', columns: [], rows: [], footnotes: [] };
}

export async function writeSnapshotXlsx(path: string, s: Snapshot): Promise<void> {
  const wb = buildWorkbook(s);
  await writeThroughTemp(path, (temp) => wb.xlsx.writeFile(temp));
}
