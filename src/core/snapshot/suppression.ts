// Small-cell suppression of draft tables: primary (counts 1..threshold), complementary (so no
// hidden cell follows from a total by subtraction), and derived numbers hidden with their counts.

import type { DraftCell, DraftTable, SnapshotTable } from './snapshot-model';

export const DEFAULT_THRESHOLD = 10;
export const SUPPRESSION_MARKER = '*';

export function suppressionRule(threshold: number): string {
  return (
    `${SUPPRESSION_MARKER} Suppressed to protect privacy: counts from 1 to ${threshold}, and rates, percentages, ` +
    `medians and averages built on them, are not shown. Where a hidden count could be worked out from a total, ` +
    `the next smallest count in the same breakdown is hidden too (complementary suppression). Zero is shown.`
  );
}

/** Counts by key; throws when one key carries two different numbers (a bug in the tables, not in the data). */
export function countValues(tables: readonly DraftTable[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const t of tables) {
    for (const row of t.rows) {
      for (const c of row.cells) {
        if (c.key === undefined || typeof c.value !== 'number') continue;
        const seen = values.get(c.key);
        if (seen !== undefined && seen !== c.value) throw new Error(`Snapshot key ${c.key} holds ${seen} and ${c.value}`);
        values.set(c.key, c.value);
      }
    }
  }
  return values;
}

/**
 * Attacker model: the hidden cells of a breakdown are known to be at least 1 (zeros are shown). With
 * the total visible and k hidden parts summing to S, each hidden part lies in [1, S − (k − 1)], so it
 * is exposed when k = 1 or S = k. A hidden total is exposed when no part is hidden.
 */
export function groupIsSafe(totalHidden: boolean, hiddenParts: readonly number[]): boolean {
  const k = hiddenParts.length;
  if (totalHidden) return k > 0;
  if (k === 0) return true;
  const sum = hiddenParts.reduce((a, b) => a + b, 0);
  return k >= 2 && sum > k;
}

/** The keys to hide: primary suppression, then complementary suppression until every group is safe. */
export function suppressKeys(tables: readonly DraftTable[], threshold: number): Set<string> {
  const values = countValues(tables);
  const hidden = new Set<string>();
  for (const t of tables) {
    for (const row of t.rows) {
      for (const c of row.cells) {
        if (c.kind === 'count' && c.key !== undefined && typeof c.value === 'number' && c.value >= 1 && c.value <= threshold) hidden.add(c.key);
      }
    }
  }
  const groups = tables.flatMap((t) => t.groups);
  // Each pass hides at least one more key or stops, so this ends within (number of keys) passes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const g of groups) {
      const hiddenParts = g.parts.filter((p) => hidden.has(p)).map((p) => values.get(p) ?? 0);
      if (groupIsSafe(hidden.has(g.total), hiddenParts)) continue;
      const candidates = g.parts.filter((p) => !hidden.has(p) && (values.get(p) ?? 0) > 0);
      candidates.sort((a, b) => (values.get(a) ?? 0) - (values.get(b) ?? 0) || a.localeCompare(b));
      const next = candidates[0] ?? (hidden.has(g.total) ? undefined : g.total);
      if (next === undefined) continue;
      hidden.add(next);
      changed = true;
    }
  }
  return hidden;
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

/** Suppresses in place and returns the hidden keys. */
export function applySuppression(tables: readonly DraftTable[], threshold: number): Set<string> {
  const hidden = suppressKeys(tables, threshold);
  markHidden(tables, hidden);
  return hidden;
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
