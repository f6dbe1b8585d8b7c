// Queues the look of a laid-out sheet (the core's SheetPlan) through Office.js, as the CLI's exceljs
// writer (pipeline/xlsx/sheet-plan-writer.ts) and its chart parts (pipeline/xlsx/chart-xml.ts) do:
// fonts, fills, alignment, merges, row heights, print setup, and the charts from the same placements.
// It only queues; the caller syncs once.

import { BLOCK_LOOKS, PAGE_MARGINS, seriesLook, type ChartPlacement, type RangeRef, type SheetBlock, type SheetPlan, type SERIES_DASHES, type SERIES_MARKERS } from '../core/snapshot-layout';
import { columnLetter, runs } from './layout-renderer';

const hex = (rgb: string): string => `#${rgb}`;
const LINE_STYLES: Readonly<Record<(typeof SERIES_DASHES)[number], Excel.ChartLineStyle | 'Continuous' | 'Dash' | 'RoundDot' | 'DashDot' | 'DashDotDot'>> = {
  solid: 'Continuous', dash: 'Dash', dot: 'RoundDot', dashDot: 'DashDot', dashDotDot: 'DashDotDot',
};
const MARKER_STYLES: Readonly<Record<(typeof SERIES_MARKERS)[number], 'Circle' | 'Square' | 'Triangle' | 'Diamond' | 'X'>> = {
  circle: 'Circle', square: 'Square', triangle: 'Triangle', diamond: 'Diamond', x: 'X',
};

function queueBlock(ws: Excel.Worksheet, b: SheetBlock): void {
  const rows = b.values.length;
  const cols = b.values[0]?.length ?? 1;
  const look = BLOCK_LOOKS[b.style];
  const range = ws.getRangeByIndexes(b.row - 1, b.col - 1, rows, b.mergeAcross ?? cols);
  // Only written, never read: the rule takes the navigation for a read.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const font = range.format.font;
  font.size = look.size;
  font.bold = look.bold === true;
  font.italic = look.italic === true;
  if (look.color !== undefined) font.color = hex(look.color);
  if (look.fill !== undefined) range.format.fill.color = hex(look.fill);
  range.format.verticalAlignment = look.valign === 'center' ? 'Center' : 'Top';
  range.format.wrapText = b.wrap === true;
  if (look.ruleAbove === true) {
    const edge = range.format.borders.getItem('EdgeTop');
    edge.style = 'Continuous';
    edge.weight = 'Thin';
    edge.color = '#808080';
  }
  for (const run of runs(Array.from({ length: cols }, (_, c) => b.align?.[c] ?? 'left'))) {
    if (run.value !== 'right') continue;
    const right = ws.getRangeByIndexes(b.row - 1, b.col - 1 + run.start, rows, run.count);
    right.format.horizontalAlignment = 'Right';
  }
  if (b.mergeAcross !== undefined && b.mergeAcross > 1) {
    for (let r = 0; r < rows; r++) ws.getRangeByIndexes(b.row - 1 + r, b.col - 1, 1, b.mergeAcross).merge(false);
  }
}

function queuePrint(ws: Excel.Worksheet, plan: SheetPlan): void {
  const p = plan.print;
  if (p === null) return;
  const page = ws.pageLayout;
  page.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'Letter';
  // A fixed scale, never fit-to-page: Excel ignores manual page breaks when fitting.
  page.zoom = { scale: p.scale };
  page.leftMargin = PAGE_MARGINS.left * 72;
  page.rightMargin = PAGE_MARGINS.right * 72;
  page.topMargin = PAGE_MARGINS.top * 72;
  page.bottomMargin = PAGE_MARGINS.bottom * 72;
  page.headerMargin = PAGE_MARGINS.header * 72;
  page.footerMargin = PAGE_MARGINS.footer * 72;
  if (p.titleRows !== undefined) page.setPrintTitleRows(`$${p.titleRows.first}:$${p.titleRows.last}`);
  page.headersFooters.defaultForAllPages.leftFooter = p.footerLeft;
  page.headersFooters.defaultForAllPages.rightFooter = p.footerRight;
  // A break after row r is a break before row r + 1.
  for (const r of p.rowBreaks) ws.horizontalPageBreaks.add(`A${r + 1}`);
}

const address = (r: RangeRef): string => `${columnLetter(r.col1)}${r.row1}:${columnLetter(r.col2)}${r.row2}`;

function queueChart(ws: Excel.Worksheet, c: ChartPlacement, sheet: (name: string) => Excel.Worksheet): void {
  const bar = c.spec.kind === 'bar';
  const first = c.series[0];
  if (first === undefined) return;
  const data = sheet(first.values.sheet);
  const last = c.series[c.series.length - 1] ?? first;
  const source = data.getRange(address({ ...first.values, col2: last.values.col2 }));
  const chart = ws.charts.add(bar ? 'BarClustered' : 'LineMarkers', source, 'Columns');
  c.series.forEach((ref, i) => {
    const s = chart.series.getItemAt(i);
    const spec = c.spec.series[i];
    s.setValues(data.getRange(address(ref.values)));
    s.setXAxisValues(data.getRange(address(c.categories)));
    if (spec !== undefined) s.name = spec.name;
    const look = seriesLook(i);
    const colour = hex(look.colour);
    if (bar) s.format.fill.setSolidColor(colour);
    else {
      s.format.line.color = colour;
      s.format.line.lineStyle = LINE_STYLES[look.dash];
      s.markerStyle = MARKER_STYLES[look.marker];
      s.markerBackgroundColor = colour;
      s.markerForegroundColor = colour;
      s.markerSize = 7;
    }
  });
  chart.title.text = c.spec.title;
  chart.title.format.font.size = 11;
  chart.title.format.font.bold = true;
  chart.format.font.size = 9;
  const { categoryAxis, valueAxis } = chart.axes;
  if (c.spec.categoryAxisTitle !== '') categoryAxis.title.text = c.spec.categoryAxisTitle;
  valueAxis.title.text = c.spec.valueAxisTitle;
  valueAxis.numberFormat = c.spec.numberFormat;
  valueAxis.minimum = 0;
  if (bar) {
    // Categories top-down as in the table, the value axis kept at the bottom.
    categoryAxis.reversePlotOrder = true;
    categoryAxis.position = 'Maximum';
    categoryAxis.tickLabelSpacing = 1;
    chart.dataLabels.showValue = true;
    chart.dataLabels.position = 'OutsideEnd';
    chart.dataLabels.numberFormat = c.spec.numberFormat;
  }
  chart.legend.visible = c.series.length > 1;
  chart.legend.position = 'Bottom';
  // Suppressed values are empty cells: a gap, never a zero.
  chart.displayBlanksAs = 'NotPlotted';
  chart.setPosition(`${columnLetter(c.anchor.col)}${c.anchor.row}`);
  chart.width = c.width;
  chart.height = c.height;
}

/** Everything but the values: the caller has written those already. */
export function queueSheetLook(ws: Excel.Worksheet, plan: SheetPlan, sheet: (name: string) => Excel.Worksheet): void {
  for (const b of plan.blocks) queueBlock(ws, b);
  // One call per run of rows of the same height.
  const heights = Array.from({ length: Math.max(0, ...plan.rowHeights.keys()) }, (_, i) => plan.rowHeights.get(i + 1) ?? 0);
  for (const run of runs(heights)) if (run.value > 0) ws.getRangeByIndexes(run.start, 0, run.count, 1).format.rowHeight = run.value;
  if (plan.frozenRows > 0) ws.freezePanes.freezeRows(plan.frozenRows);
  queuePrint(ws, plan);
  for (const c of plan.charts) queueChart(ws, c, sheet);
  if (plan.hidden) ws.visibility = 'Hidden';
}
