// Lays the Snapshot core's published result out as sheets: one per section, each table with its
// header, rows, footnotes and a chart beside it, and a Notes sheet. Pure; only aggregates (already
// suppressed by the core) ever reach a cell, so no child-level row can be written.

import type { Snapshot, SnapshotCell, SnapshotSection, SnapshotTable } from '../core/snapshot';
import type { SnapshotBlock, SnapshotChart, SnapshotSheetPlan, SnapshotValue } from '../excel/workbook-gateway';

export const SNAPSHOT_PREFIX = 'Snapshot ';
const CHART_ROWS = 16;

const SHEET_NAMES: Readonly<Record<SnapshotSection['id'], string>> = {
  summary: 'Snapshot Summary',
  'front-door': 'Snapshot Front door',
  entries: 'Snapshot Entries',
  'in-care': 'Snapshot In care',
  exits: 'Snapshot Exits',
  indicators: 'Snapshot Indicators',
  trends: 'Snapshot Trends',
  community: 'Snapshot Community',
};

export function cellValue(cell: SnapshotCell, marker: string): SnapshotValue {
  if (cell.suppressed) return marker;
  if (cell.value === null) return 'n/a';
  return cell.value;
}

/** Widest first column needed for the labels, capped so the sheet stays readable. */
function labelWidth(tables: readonly SnapshotTable[]): number {
  const longest = Math.max(12, ...tables.flatMap((t) => t.rows.map((r) => r.label.length)));
  return Math.min(48, longest + 2);
}

function tableBlocks(t: SnapshotTable, top: number, marker: string): { blocks: SnapshotBlock[]; chart: SnapshotChart | null; next: number } {
  const blocks: SnapshotBlock[] = [{ row: top, col: 1, values: [[t.title]], style: 'heading' }];
  blocks.push({ row: top + 1, col: 1, values: [['', ...t.columns.map((c) => c.header)]], style: 'header' });
  const firstRow = top + 2;
  t.rows.forEach((r, i) => {
    blocks.push({ row: firstRow + i, col: 1, values: [[r.label, ...r.cells.map((c) => cellValue(c, marker))]], ...(r.isTotal === true ? { style: 'total' as const } : {}) });
  });
  let next = firstRow + t.rows.length;
  if (t.footnotes.length > 0) {
    blocks.push({ row: next, col: 1, values: t.footnotes.map((f) => [f]), style: 'note' });
    next += t.footnotes.length;
  }
  // Total rows would dwarf the categories in a bar chart, so bars stop before the first total.
  const plotted = t.rows.findIndex((r) => r.isTotal === true);
  const lastRow = firstRow + (plotted < 0 ? t.rows.length : plotted) - 1;
  const chart: SnapshotChart | null =
    t.chart !== undefined && lastRow >= firstRow
      ? { type: t.chart.type, title: t.title, firstRow, lastRow, labelCol: 1, valueCol: t.chart.column + 2, anchorRow: top, anchorCol: t.columns.length + 3 }
      : null;
  if (chart !== null) next = Math.max(next, top + CHART_ROWS);
  return { blocks, chart, next: next + 1 };
}

function sectionSheet(s: Snapshot, section: SnapshotSection): SnapshotSheetPlan {
  const blocks: SnapshotBlock[] = [
    { row: 1, col: 1, values: [[`${s.title}: ${section.title}`]], style: 'title' },
    { row: 2, col: 1, values: [[`${s.jurisdiction}, ${s.period.label} (${s.period.start} to ${s.period.end})`]] },
    { row: 3, col: 1, values: [[section.intro]], style: 'note' },
  ];
  const charts: SnapshotChart[] = [];
  let row = 5;
  for (const t of section.tables) {
    const laid = tableBlocks(t, row, s.suppression.marker);
    blocks.push(...laid.blocks);
    if (laid.chart !== null) charts.push(laid.chart);
    row = laid.next;
  }
  const widest = Math.max(1, ...section.tables.map((t) => t.columns.length));
  return { name: SHEET_NAMES[section.id], columnWidths: [labelWidth(section.tables), ...Array.from({ length: widest }, () => 14)], blocks, charts };
}

function notesSheet(s: Snapshot): SnapshotSheetPlan {
  const rows: SnapshotValue[][] = [
    ['Small numbers', s.suppression.rule],
    ...s.notes.map((n) => [n.title, n.text]),
    ['', ''],
    ['Input file', 'Rows skipped, errors, warnings'],
    ...s.inputs.map((f) => [f.file, `${f.skipped} skipped, ${f.errors} errors, ${f.warnings} warnings`]),
  ];
  return {
    name: 'Snapshot Notes',
    columnWidths: [28, 110],
    blocks: [
      { row: 1, col: 1, values: [[`${s.title}: notes`]], style: 'title' },
      { row: 3, col: 1, values: rows },
    ],
    charts: [],
  };
}

export function snapshotSheets(s: Snapshot): SnapshotSheetPlan[] {
  return [...s.sections.filter((sec) => sec.tables.length > 0).map((sec) => sectionSheet(s, sec)), notesSheet(s)];
}

/** Sheets a previous Snapshot left, to replace rather than pile up. */
export function previousSnapshotSheets(names: readonly string[]): string[] {
  return names.filter((n) => n.startsWith(SNAPSHOT_PREFIX));
}
