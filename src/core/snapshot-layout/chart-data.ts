// The hidden sheet the Snapshot's charts read: per chart, a title, a header of series names and one
// row per category. A suppressed value is an empty cell there (the visible tables show the marker),
// and an empty cell is what every client draws as a gap; text such as "*" would be plotted as 0.

import type { ChartSpec } from '../charts/snapshot-charts';
import { SheetBuilder } from './sheet-builder';
import type { RangeRef, SheetPlan } from './sheet-plan';

export class ChartData {
  private readonly b: SheetBuilder;
  private charts = 0;

  /** `title`, the Snapshot's (with its "not for publication" stamp when it has one), heads the sheet. */
  constructor(readonly sheet: string, title: string) {
    this.b = new SheetBuilder(sheet, [40, 14, 14, 14], 'portrait', 0);
    this.b.add({ col: 1, values: [[`${title}: chart data`]], style: 'heading' });
    this.b.next();
    this.b.spacer();
  }

  isEmpty(): boolean {
    return this.charts === 0;
  }

  /** Writes the chart's data and returns where its categories and series are. */
  add(spec: ChartSpec): { categories: RangeRef; series: { name: RangeRef; values: RangeRef }[] } {
    const b = this.b;
    this.charts += 1;
    b.add({ col: 1, values: [[spec.title]], style: 'heading' });
    b.next();
    const header = b.row;
    b.add({ col: 1, values: [['Category', ...spec.series.map((s) => s.name)]], style: 'header' });
    b.next();
    const first = b.row;
    b.add({
      col: 1,
      values: spec.categories.map((c, i) => [c, ...spec.series.map((s) => s.values[i] ?? '')]),
      style: 'body',
      numberFormats: ['@', ...spec.series.map(() => spec.numberFormat)],
    });
    b.next(spec.categories.length);
    const last = b.row - 1;
    b.spacer();
    const at = (row1: number, col1: number, row2: number, col2: number): RangeRef => ({ sheet: this.sheet, row1, col1, row2, col2 });
    return {
      categories: at(first, 1, last, 1),
      series: spec.series.map((_, i) => ({ name: at(header, i + 2, header, i + 2), values: at(first, i + 2, last, i + 2) })),
    };
  }

  plan(): SheetPlan {
    return this.b.build(null, true);
  }
}
