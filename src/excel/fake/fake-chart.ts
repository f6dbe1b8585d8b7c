// The fake workbook's charts: `worksheet.charts.add` and the parts of a chart the add-in sets
// (series values and categories, titles, axes, labels, legend, gaps, position and size), each queued
// and applied at sync like Office.js. What was set is recorded in the sheet's FakeChart.

import { FakeError, areaAddress, type FakeChart, type FakeSeries } from './fake-model';
import { OP_BYTES, type FakeRange, type Queue } from './fake-proxies';

/** An object whose listed properties may only be set; each set is queued and applies `apply`. */
function setters<K extends string>(queue: Queue, keys: readonly K[], apply: (key: K, value: unknown) => void): Record<K, unknown> {
  const bag = {} as Record<K, unknown>;
  for (const key of keys) {
    Object.defineProperty(bag, key, {
      set: (v: unknown) => queue.enqueue(OP_BYTES, () => apply(key, v)),
      get: () => {
        throw new FakeError('PropertyNotLoaded', `The property '${key}' is not available`);
      },
    });
  }
  return bag;
}

const rangeAddress = (r: FakeRange): string => `${r.sheetName}!${areaAddress(r.area)}`;

class FakeSeriesProxy {
  readonly format: { fill: { setSolidColor(c: string): void }; line: Record<'color' | 'lineStyle', unknown> };
  private readonly bag: Record<'name' | 'markerStyle' | 'markerBackgroundColor' | 'markerForegroundColor' | 'markerSize', unknown>;

  constructor(
    private readonly queue: Queue,
    private readonly series: () => FakeSeries,
  ) {
    const on = (change: (s: FakeSeries) => void): void => queue.enqueue(OP_BYTES, () => change(series()));
    this.format = {
      fill: { setSolidColor: (c) => on((s) => void (s.colour = c)) },
      line: setters(queue, ['color', 'lineStyle'] as const, (k, v) => {
        const s = series();
        if (k === 'color') s.colour = String(v);
        else s.lineStyle = String(v);
      }),
    };
    this.bag = setters(queue, ['name', 'markerStyle', 'markerBackgroundColor', 'markerForegroundColor', 'markerSize'] as const, (k, v) => {
      const s = series();
      if (k === 'name') s.name = String(v);
      if (k === 'markerStyle') s.marker = String(v);
    });
  }

  set name(v: string) {
    this.bag.name = v;
  }
  set markerStyle(v: string) {
    this.bag.markerStyle = v;
  }
  set markerBackgroundColor(v: string) {
    this.bag.markerBackgroundColor = v;
  }
  set markerForegroundColor(v: string) {
    this.bag.markerForegroundColor = v;
  }
  set markerSize(v: number) {
    this.bag.markerSize = v;
  }
  setValues(r: FakeRange): void {
    this.queue.enqueue(OP_BYTES, () => void (this.series().values = rangeAddress(r)));
  }
  setXAxisValues(r: FakeRange): void {
    this.queue.enqueue(OP_BYTES, () => void (this.series().categories = rangeAddress(r)));
  }
}

function axis(queue: Queue, chart: FakeChart, which: 'category' | 'value') {
  return {
    title: setters(queue, ['text'] as const, (_, v) => {
      if (which === 'category') chart.categoryAxisTitle = String(v);
      else chart.valueAxisTitle = String(v);
    }),
    ...setters(queue, ['reversePlotOrder', 'position', 'numberFormat', 'minimum', 'tickLabelSpacing'] as const, (k, v) => {
      if (k === 'reversePlotOrder' && which === 'category') chart.reversed = v === true;
    }),
  };
}

export class FakeChartProxy {
  readonly title: Record<'text', unknown> & { format: { font: Record<'size' | 'bold', unknown> } };
  readonly format: { font: Record<'size', unknown> };
  readonly axes: { categoryAxis: ReturnType<typeof axis>; valueAxis: ReturnType<typeof axis> };
  readonly series: { getItemAt(i: number): FakeSeriesProxy };
  readonly dataLabels: Record<'showValue' | 'position' | 'numberFormat', unknown>;
  readonly legend: Record<'visible' | 'position', unknown>;
  private readonly bag: Record<'displayBlanksAs' | 'width' | 'height', unknown>;
  private readonly chart: FakeChart;

  constructor(
    private readonly queue: Queue,
    sheet: () => { charts: FakeChart[] },
    type: string,
    source: FakeRange,
    seriesBy: string,
  ) {
    const a = source.area;
    const count = seriesBy === 'Rows' ? a.r2 - a.r1 + 1 : a.c2 - a.c1 + 1;
    const chart: FakeChart = {
      type, source: rangeAddress(source), title: '', anchor: '', width: 0, height: 0, categoryAxisTitle: '', valueAxisTitle: '',
      reversed: false, displayBlanksAs: 'Zero', legend: true, dataLabels: false,
      series: Array.from({ length: count }, () => ({ name: '', values: '', categories: '', colour: '', lineStyle: '', marker: '' })),
    };
    this.chart = chart;
    queue.enqueue(OP_BYTES, () => sheet().charts.push(chart));
    this.title = Object.assign(setters(queue, ['text'] as const, (_, v) => void (chart.title = String(v))), {
      format: { font: setters(queue, ['size', 'bold'] as const, () => undefined) },
    });
    this.format = { font: setters(queue, ['size'] as const, () => undefined) };
    this.axes = { categoryAxis: axis(queue, chart, 'category'), valueAxis: axis(queue, chart, 'value') };
    this.series = {
      getItemAt: (i) =>
        new FakeSeriesProxy(queue, () => {
          const s = chart.series[i];
          if (s === undefined) throw new FakeError('ItemNotFound', `The chart has no series ${i}`);
          return s;
        }),
    };
    this.dataLabels = setters(queue, ['showValue', 'position', 'numberFormat'] as const, (k, v) => {
      if (k === 'showValue') chart.dataLabels = v === true;
    });
    this.legend = setters(queue, ['visible', 'position'] as const, (k, v) => {
      if (k === 'visible') chart.legend = v === true;
    });
    this.bag = setters(queue, ['displayBlanksAs', 'width', 'height'] as const, (k, v) => {
      if (k === 'displayBlanksAs') chart.displayBlanksAs = String(v);
      else chart[k] = Number(v);
    });
  }

  set displayBlanksAs(v: string) {
    this.bag.displayBlanksAs = v;
  }
  set width(v: number) {
    this.bag.width = v;
  }
  set height(v: number) {
    this.bag.height = v;
  }
  setPosition(start: string): void {
    this.queue.enqueue(OP_BYTES, () => void (this.chart.anchor = start));
  }
}
