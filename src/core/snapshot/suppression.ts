// Small-cell suppression of draft tables: which counts are hidden is decided over the linked system
// (linked-suppression.ts); here derived numbers are hidden with their counts and tables are redacted.

import type { DraftCell, DraftTable, SnapshotTable } from './snapshot-model';

export const DEFAULT_THRESHOLD = 10;
export const SUPPRESSION_MARKER = '*';
export const NOT_FOR_PUBLICATION = 'NOT FOR PUBLICATION';

export function suppressionRule(threshold: number): string {
  return (
    `${SUPPRESSION_MARKER} Suppressed to protect privacy: counts from 1 to ${threshold}, and rates, percentages, ` +
    `medians and averages built on them, are not shown. Further counts are hidden wherever a hidden count could ` +
    `otherwise be narrowed to fewer than 3 possible values from the published figures — totals, other tables, the ` +
    `trends (in care at the end = in care at the start + entries − exits) and earlier or later Snapshots made the ` +
    `same way (complementary suppression). Zero is shown.`
  );
}

/** Marks each cell hidden when its key or any key it is built on is hidden. */
export function markHidden(tables: readonly DraftTable[], hidden: ReadonlySet<string>): void {
  for (const t of tables) {
    for (const row of t.rows) {
      for (const c of row.cells) {
        c.hidden = (c.key !== undefined && hidden.has(c.key)) || (c.basis ?? []).some((k) => hidden.has(k));
      }
    }
  }
}

function publishCell(c: DraftCell): { kind: DraftCell['kind']; value: number | string | null; suppressed: boolean } {
  return c.hidden === true ? { kind: c.kind, value: null, suppressed: true } : { kind: c.kind, value: c.value, suppressed: false };
}

/** The published table: hidden values are dropped, not just flagged, so they cannot leak from the JSON. */
export function redactTable(t: DraftTable, threshold: number): SnapshotTable {
  const anyHidden = t.rows.some((r) => r.cells.some((c) => c.hidden === true));
  return {
    id: t.id,
    title: t.title,
    columns: t.columns,
    rows: t.rows.map((r) => ({ label: r.label, cells: r.cells.map(publishCell), ...(r.isTotal === true ? { isTotal: true } : {}) })),
    ...(t.chart === undefined ? {} : { chart: t.chart }),
    footnotes: anyHidden ? [...t.footnotes, suppressionRule(threshold)] : [...t.footnotes],
  };
}
