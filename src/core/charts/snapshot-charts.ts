// The Snapshot's charts as data, one description that both front ends draw (the CLI as DrawingML
// parts, the add-in through its workbook gateway): which table, its categories and series, bars or lines, titles.
// Derived from the published Snapshot only, so a suppressed value is a gap (null), never a bar of 0.

import type { CellKind, Snapshot, SnapshotTable } from '../snapshot/snapshot-model';

export type ChartKind = 'bar' | 'line';

export interface ChartSeries {
  readonly name: string;
  /** Index of the plotted column in the table's columns. */
  readonly column: number;
  /** One per category; null where the value is suppressed or not available: drawn as a gap. */
  readonly values: readonly (number | null)[];
}

export interface ChartSpec {
  /** Unique within the Snapshot, e.g. "entries.age" or "trends.reports". */
  readonly id: string;
  /** The table the chart draws. */
  readonly table: string;
  /** Bars for breakdowns (horizontal, categories top-down as in the table); lines for trends. */
  readonly kind: ChartKind;
  readonly title: string;
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  /** The table rows plotted (indices into table.rows): the categories, never a total row. */
  readonly rows: readonly number[];
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Number format of the values, for axis and data labels. */
  readonly numberFormat: string;
}

/** Excel number formats by cell kind, shared by the tables and the charts. */
export const NUMBER_FORMATS: Readonly<Record<CellKind, string>> = {
  count: '#,##0',
  days: '#,##0',
  rate: '#,##0.0',
  percent: '0.0"%"',
  median: '#,##0',
  mean: '0.0',
  text: '@',
};

interface LineGroup {
  readonly suffix: string;
  readonly title: string;
  readonly valueAxisTitle: string;
  readonly columns: readonly number[];
}

/**
 * Trend tables carry counts of two magnitudes (children in care; child-reports, many times more):
 * one chart each, so neither set of lines is flattened against the axis.
 */
const LINE_GROUPS: Readonly<Record<string, readonly LineGroup[]>> = {
  trends: [
    { suffix: 'care', title: 'Entries, exits and children in care by period', valueAxisTitle: 'Count', columns: [0, 1, 2] },
    { suffix: 'reports', title: 'Child-reports by period', valueAxisTitle: 'Child-reports', columns: [3, 4] },
  ],
};

function plottedRows(t: SnapshotTable): number[] {
  const firstTotal = t.rows.findIndex((r) => r.isTotal === true);
  return t.rows.map((_, i) => i).slice(0, firstTotal < 0 ? t.rows.length : firstTotal);
}

function seriesOf(t: SnapshotTable, rows: readonly number[], column: number): ChartSeries | null {
  const header = t.columns[column]?.header;
  if (header === undefined) return null;
  const values = rows.map((r) => {
    const cell = t.rows[r]?.cells[column];
    return cell === undefined || cell.suppressed || typeof cell.value !== 'number' ? null : cell.value;
  });
  return { name: header, column, values };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Entries by age at entry" → "Age at entry"; none when the title names no breakdown. */
function breakdownName(title: string): string {
  const at = title.lastIndexOf(' by ');
  return at < 0 ? '' : capitalise(title.slice(at + 4));
}

/** "All victims" → "Victims": what the bars count, from the table's total row. */
function countedName(t: SnapshotTable, column: number): string {
  const total = t.rows.find((r) => r.isTotal === true)?.label;
  return total === undefined ? (t.columns[column]?.header ?? '') : capitalise(total.replace(/^All /, ''));
}

function tableCharts(t: SnapshotTable): ChartSpec[] {
  if (t.chart === undefined) return [];
  const rows = plottedRows(t);
  if (rows.length < 2) return [];
  const categories = rows.map((r) => t.rows[r]?.label ?? '');
  const format = (column: number): string => NUMBER_FORMATS[t.columns[column]?.kind ?? 'count'];
  if (t.chart.type === 'bar') {
    const series = seriesOf(t, rows, t.chart.column);
    if (series === null) return [];
    return [{ id: t.id, table: t.id, kind: 'bar', title: t.title, categoryAxisTitle: breakdownName(t.title), valueAxisTitle: countedName(t, t.chart.column), rows, categories, series: [series], numberFormat: format(t.chart.column) }];
  }
  const groups = LINE_GROUPS[t.id] ?? [{ suffix: '', title: t.title, valueAxisTitle: t.columns[t.chart.column]?.header ?? '', columns: [t.chart.column] }];
  return groups.flatMap((g): ChartSpec[] => {
    const series = g.columns.map((c) => seriesOf(t, rows, c)).filter((s): s is ChartSeries => s !== null);
    const first = series[0];
    if (first === undefined) return [];
    return [{ id: g.suffix === '' ? t.id : `${t.id}.${g.suffix}`, table: t.id, kind: 'line', title: g.title, categoryAxisTitle: 'Period', valueAxisTitle: g.valueAxisTitle, rows, categories, series, numberFormat: format(first.column) }];
  });
}

/** Every chart of the Snapshot, in the order of its sections and tables. */
export function snapshotCharts(s: Snapshot): ChartSpec[] {
  return s.sections.flatMap((section) => section.tables.flatMap(tableCharts));
}

/** The charts of one table, for a layout that places them beside or below it. */
export function chartsForTable(t: SnapshotTable): ChartSpec[] {
  return tableCharts(t);
}
