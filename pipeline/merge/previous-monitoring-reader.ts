// Reads back the monitoring parts of a previous plan: the History sheet (through the same column
// declaration the writer used), the hidden per-step field sheets and the list of applied updates.

import {
  COMMITTEE_FIELDS,
  HISTORY_COLUMNS,
  HISTORY_SOURCES,
  cellText,
  findSheet,
  parseTable,
  type AppliedUpdate,
  type CommitteeField,
  type HistoryEntry,
  type Issue,
  type SheetGrid,
  type WorkbookGrid,
} from '../../src/core';
import { HISTORY_HEADER_ROW, HISTORY_SHEET } from './monitoring-sheets';

/** `_basis` and `_written`: a header row, then a step id and one value per committee field. */
export function readFieldSheet(sheet: SheetGrid | undefined): Map<string, Record<CommitteeField, string>> {
  const out = new Map<string, Record<CommitteeField, string>>();
  const header = (sheet?.rows[0] ?? []).map((c) => cellText(c));
  for (const row of (sheet?.rows ?? []).slice(1)) {
    // By header, so a plan written before a field existed reads it as blank.
    const values = Object.fromEntries(COMMITTEE_FIELDS.map((f) => {
      const i = header.indexOf(f);
      return [f, i < 0 ? '' : cellText(row[i]).trim()];
    })) as Record<CommitteeField, string>;
    out.set(cellText(row[0]), values);
  }
  return out;
}

export function readHistory(grid: WorkbookGrid, file: string, issues: Issue[]): HistoryEntry[] {
  const sheet = findSheet(grid, HISTORY_SHEET);
  if (sheet === undefined) return [];
  const table = { kind: 'table', name: HISTORY_SHEET, table: 'plan', capacity: null, title: '', subtitle: '', instructions: '', headerRow: HISTORY_HEADER_ROW, columns: HISTORY_COLUMNS, rows: [] } as const;
  const rows = parseTable(table, sheet, { file, lists: new Map(), date1904: grid.date1904, issues });
  return rows.map((r) => ({
    date: r.date,
    stepId: r.stepId,
    groupId: r.groupId,
    field: r.field,
    before: r.before,
    after: r.after,
    source: (HISTORY_SOURCES as readonly string[]).includes(r.source) ? (r.source as HistoryEntry['source']) : 'committee',
    by: r.by,
    note: r.note,
  }));
}

export function readApplied(sheet: SheetGrid | undefined): AppliedUpdate[] {
  return (sheet?.rows ?? []).slice(1).map((row) => ({ updateId: cellText(row[0]), file: cellText(row[1]), groupId: cellText(row[2]), appliedOn: cellText(row[3]) })).filter((a) => a.updateId !== '');
}
