// Helpers that turn aggregates into draft tables: a breakdown with count, percent and total row,
// and plain cells. Every count gets a key so suppression can follow it across tables.

import { additive, le } from './linked-system';
import type { LinearRelation } from './protection-prover';
import type { CellKind, DraftCell, DraftRow, DraftTable, SnapshotColumn } from './snapshot-model';
import type { Breakdown } from './stats';

export const count = (key: string, value: number): DraftCell => ({ kind: 'count', key, value });
export const text = (value: string): DraftCell => ({ kind: 'text', value });
export const derived = (kind: CellKind, value: number | null, basis: readonly string[]): DraftCell => ({
  kind,
  value: value === null || !Number.isFinite(value) ? null : round(value, kind === 'median' ? 0 : 1),
  basis,
});

export function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** A rate per `per` people or days, or null when the denominator is missing or zero. */
export function rate(numerator: number, denominator: number | null, per: number): number | null {
  return denominator === null || denominator <= 0 ? null : (numerator / denominator) * per;
}

export interface BreakdownOptions {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly totalKey: string;
  readonly totalLabel: string;
  readonly footnotes?: readonly string[];
  /** The key of category i; by default `<id>.<i>`. */
  readonly partKey?: (i: number) => string;
}

/**
 * Count and percent of total per category, then the total row. Additive breakdowns declare
 * total = Σ parts; multi-valued ones (a child with several removal reasons) declare each part ≤ the
 * total, and say so in a footnote.
 */
export function breakdownTable(b: Breakdown, o: BreakdownOptions): DraftTable {
  const rows: DraftRow[] = [];
  const parts: string[] = [];
  b.labels.forEach((label, i) => {
    const value = b.counts[i] ?? 0;
    const key = o.partKey?.(i) ?? `${o.id}.${i}`;
    parts.push(key);
    rows.push({ label, cells: [count(key, value), derived('percent', rate(value, b.total, 100), [key, o.totalKey])] });
  });
  rows.push({ label: o.totalLabel, isTotal: true, cells: [count(o.totalKey, b.total), derived('percent', b.total > 0 ? 100 : null, [o.totalKey])] });
  const relations: LinearRelation[] = b.additive ? [additive(o.totalKey, parts)] : parts.map((p) => le([p, 1], [o.totalKey, -1]));
  const columns: SnapshotColumn[] = [
    { header: 'Count', kind: 'count' },
    { header: 'Percent', kind: 'percent' },
  ];
  const footnotes = [...(o.footnotes ?? [])];
  if (!b.additive) footnotes.push(`One ${o.category} can fall in several categories, so the categories add up to more than the total.`);
  return { id: o.id, title: o.title, columns, rows, relations, chart: { type: 'bar', column: 0 }, footnotes };
}

export function simpleTable(id: string, title: string, columns: readonly SnapshotColumn[], rows: DraftRow[], footnotes: readonly string[] = []): DraftTable {
  return { id, title, columns, rows, relations: [], footnotes };
}
