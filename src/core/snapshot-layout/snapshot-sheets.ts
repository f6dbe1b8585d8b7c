// Lays the published Snapshot out as sheets, the same for the CLI workbook and the add-in: a sheet
// per section with each table's chart beside it, Summary, Notes, and a hidden sheet of chart data
// (suppressed values left empty, so every client draws a gap). Landscape pages, each table whole on
// one page, the title repeated and a footer on every page. Pure: only the published aggregates reach it.

import { chartsForTable, NUMBER_FORMATS, type ChartSpec } from '../charts/snapshot-charts';
import { PT_PER_CHAR, textWidth, widthForWords, widthToHold } from '../layout/text-fit';
import type { Snapshot, SnapshotCell, SnapshotSection, SnapshotTable } from '../snapshot/snapshot-model';
import { ChartData } from './chart-data';
import { SheetBuilder, printableSize } from './sheet-builder';
import { PADDED_TEXT, cellFormat, type PlanValue, type SheetPlan } from './sheet-plan';

export interface SnapshotLayoutOptions {
  /** Put before every sheet name, e.g. "Snapshot " in a workbook that holds other sheets. */
  readonly prefix: string;
}

const SECTION_SHEETS: Readonly<Record<SnapshotSection['id'], string>> = {
  summary: 'Summary', 'front-door': 'Front door', entries: 'Entries', 'in-care': 'In care', exits: 'Exits',
  indicators: 'Indicators', trends: 'Trends', community: 'Community',
};
export const NOTES_SHEET = 'Notes';
export const CHART_DATA_SHEET = 'Chart data';

const TITLE_ROWS = 2;
/** Columns for charts start after one narrow gap column. */
const GAP_WIDTH = 2;
const CHART_GAP = 8;
const NO_CHARTS = { beside: true, col: 1, width: 0 } as const;
const TEXT = NUMBER_FORMATS.text;

/** A right-aligned header ends where the numbers below it end: the same padding as cellFormat's. */
const headerFormats = (align: readonly ('left' | 'right')[]): string[] => align.map((a) => (a === 'right' ? PADDED_TEXT : TEXT));

export function cellValue(cell: SnapshotCell | undefined, marker: string): PlanValue {
  if (cell === undefined) return '';
  if (cell.suppressed) return marker;
  if (cell.value === null) return 'n/a';
  return cell.value;
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * Column widths for a sheet's tables: labels, then each value column wide enough for its header's
 * words and its numbers. Labels and text columns wrap, so they give way when the page is too narrow.
 */
function tableWidths(tables: readonly SnapshotTable[], labelCap: number): number[] {
  const labels = tables.flatMap((t) => t.rows.map((r) => widthToHold(textWidth(r.label))));
  const widths = [clamp(Math.ceil(Math.max(14, ...labels)), 14, labelCap)];
  const flexible = [true];
  const columns = Math.max(0, ...tables.map((t) => t.columns.length));
  for (let c = 0; c < columns; c++) {
    let w = 8;
    let text = false;
    for (const t of tables) {
      const col = t.columns[c];
      if (col === undefined) continue;
      text ||= col.kind === 'text';
      w = Math.max(w, widthForWords(col.header, { bold: true }));
      for (const r of t.rows) {
        const v = r.cells[c]?.value;
        if (v === null || v === undefined) continue;
        const kind = r.cells[c]?.kind ?? col.kind;
        // Text columns (community sources) wrap; numbers never do.
        w = Math.max(w, typeof v === 'string' ? Math.min(widthToHold(textWidth(v)), col.kind === 'text' ? 30 : 11) : widthToHold(textWidth(shownNumber(v, kind))) + 1.5);
      }
    }
    widths.push(Math.ceil(w));
    flexible.push(text);
  }
  return fitWidth(widths, flexible, Math.floor(printableSize('landscape').width / PT_PER_CHAR) - 1);
}

/** Narrows the wrapping columns, widest first, until the sheet fits `max` characters (never under 10). */
function fitWidth(widths: number[], flexible: readonly boolean[], max: number): number[] {
  const total = (): number => widths.reduce((a, b) => a + b, 0);
  while (total() > max) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (flexible[i] === true && w > 10 && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 10) - 1;
  }
  return widths;
}

/** A number as its format shows it: the width it needs. */
function shownNumber(v: number, kind: SnapshotCell['kind']): string {
  const places = kind === 'rate' || kind === 'mean' || kind === 'percent' ? 1 : 0;
  return v.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places }) + (kind === 'percent' ? '%' : '');
}

function chartHeight(spec: ChartSpec): number {
  return spec.kind === 'line' ? 210 : clamp(80 + 18 * spec.categories.length, 160, 380);
}

function footer(s: Snapshot): { footerLeft: string; footerRight: string } {
  // In header and footer codes "&" starts a command (&A the sheet, &P the page): a literal one is doubled.
  return { footerLeft: `${s.jurisdiction.replace(/&/g, '&&')} Child and Family Snapshot, ${s.period.label} - &A`, footerRight: 'Page &P of &N' };
}

/** The sheet's title, subtitle and introduction; with `repeatTable`, its one table's heading and header repeat on every page too. */
function titleRows(b: SheetBuilder, s: Snapshot, title: string, intro: string, across: number, repeatTable = false): void {
  b.add({ col: 1, values: [[title]], style: 'title' });
  b.next();
  b.add({ col: 1, values: [[`${s.jurisdiction}, ${s.period.label} (${s.period.start} to ${s.period.end})`]], style: 'subtitle' });
  b.next();
  if (intro !== '') {
    b.add({ col: 1, values: [[intro]], style: 'intro', wrap: true, mergeAcross: across });
    b.next();
  }
  b.spacer(8);
  // The heading is the next row and the header the one after it (see addTable).
  b.beginPages(repeatTable ? b.row + 1 : TITLE_ROWS);
}

/**
 * Where a table's charts go: beside it in one column as wide as the rest of the page (so no client
 * prints a sliver of a chart on a page of its own), or below it when the page has no room beside.
 */
interface ChartSlot {
  readonly beside: boolean;
  /** 1-based column of the charts' left edge. */
  readonly col: number;
  readonly width: number;
}

function chartSlot(widths: readonly number[]): { slot: ChartSlot; columnWidths: readonly number[] } {
  const page = printableSize('landscape').width;
  const used = widths.reduce((a, b) => a + b, 0) + GAP_WIDTH;
  const room = Math.floor(page / PT_PER_CHAR) - used - 1;
  if (room * PT_PER_CHAR >= 250) return { slot: { beside: true, col: widths.length + 2, width: Math.min(room * PT_PER_CHAR - 6, 400) }, columnWidths: [...widths, GAP_WIDTH, room] };
  return { slot: { beside: false, col: 1, width: Math.min(page - 12, 480, (used - GAP_WIDTH) * PT_PER_CHAR) }, columnWidths: widths };
}

/** One table: heading, header row, rows, totals, footnotes; its charts beside it or, each on its own, below. */
function addTable(b: SheetBuilder, t: SnapshotTable, s: Snapshot, data: ChartData, slot: ChartSlot): void {
  const across = t.columns.length + 1;
  const align = ['left' as const, ...t.columns.map((c) => (c.kind === 'text' ? ('left' as const) : ('right' as const)))];
  // Formats by cell: a community table mixes counts, rates and percentages in one column.
  // Text stays text ("2024", "13–17"): a client must not turn a label or a year into a number.
  const formats = (r: SnapshotTable['rows'][number]): string[] => [TEXT, ...t.columns.map((c, i) => cellFormat(NUMBER_FORMATS[c.kind === 'text' ? 'text' : (r.cells[i]?.kind ?? c.kind)]))];
  const charts = chartsForTable(t);
  b.piece(() => {
    const top = b.row;
    b.add({ col: 1, values: [[t.title]], style: 'heading', wrap: true, mergeAcross: across });
    b.next();
    b.add({ col: 1, values: [['', ...t.columns.map((c) => c.header)]], style: 'header', align, numberFormats: headerFormats(align), wrap: true });
    b.next();
    for (const r of t.rows) {
      const style = r.isTotal === true ? 'total' : 'body';
      b.add({ col: 1, values: [[r.label, ...r.cells.map((c) => cellValue(c, s.suppression.marker))]], style, align, numberFormats: formats(r), wrap: true });
      b.next();
    }
    for (const note of t.footnotes) {
      b.add({ col: 1, values: [[note]], style: 'note', wrap: true, mergeAcross: across });
      b.next();
    }
    // Beside the table, from its header row down: LibreOffice also prints a drawing anchored on the
    // first row after a page break on the page before, so no chart is anchored on a piece's first row.
    if (slot.beside) stackCharts(b, charts, data, top + 1, slot);
    b.spacer(12);
  });
  if (slot.beside) return;
  for (const spec of charts) {
    b.piece(() => {
      b.spacer(6);
      stackCharts(b, [spec], data, b.row, slot);
      b.spacer(12);
    });
  }
}

/** Charts one below the other from `anchor`, with rows under them so what follows starts below. */
function stackCharts(b: SheetBuilder, charts: readonly ChartSpec[], data: ChartData, anchor: number, slot: ChartSlot): void {
  let offset = 0;
  for (const spec of charts) {
    const height = chartHeight(spec);
    // Each chart starts on a row boundary, where it is the same on every client (rows are in points).
    const row = b.rowAt(anchor, offset);
    b.addChart({ spec, anchor: { row, col: slot.col }, width: slot.width, height, ...data.add(spec) });
    offset = b.heightBetween(anchor, row) + height + CHART_GAP;
  }
  // One row as tall as what is left of the charts, so what follows starts just below them.
  const rest = offset - b.heightBetween(anchor, b.row);
  if (rest > 0) b.spacer(Math.ceil(rest));
}

function sectionSheet(s: Snapshot, section: SnapshotSection, o: SnapshotLayoutOptions, data: ChartData): SheetPlan {
  const widths = tableWidths(section.tables, section.id === 'community' ? 30 : 34);
  const hasCharts = section.tables.some((t) => chartsForTable(t).length > 0);
  const { slot, columnWidths } = hasCharts ? chartSlot(widths) : { slot: NO_CHARTS, columnWidths: widths };
  const b = new SheetBuilder(o.prefix + SECTION_SHEETS[section.id], columnWidths, 'landscape', TITLE_ROWS);
  // A sheet of one long table (community indicators) repeats its header on every page.
  titleRows(b, s, `${s.title}: ${section.title}`, section.intro, widths.length, section.tables.length === 1 && !hasCharts);
  for (const t of section.tables) addTable(b, t, s, data, slot);
  return b.build({ scale: 100, ...footer(s) }, false, TITLE_ROWS);
}

/** Summary: the headline counts, the seven federal indicators at a glance, the suppression rule. */
function summarySheet(s: Snapshot, section: SnapshotSection, o: SnapshotLayoutOptions, data: ChartData): SheetPlan {
  const indicators: SnapshotTable = {
    id: 'summary.indicators',
    title: 'Federal indicators (observed)',
    columns: [
      { header: 'Value', kind: 'rate' },
      { header: 'Unit', kind: 'text' },
      { header: 'Better when', kind: 'text' },
      { header: 'Note', kind: 'text' },
    ],
    rows: s.indicators.map((ind) => ({
      label: `${ind.code} ${ind.name}`,
      cells: [
        { kind: ind.unit === 'percent' ? 'percent' : 'rate', value: ind.value, suppressed: ind.suppressed },
        { kind: 'text', value: ind.unit, suppressed: false },
        { kind: 'text', value: ind.higherIsBetter ? 'higher' : 'lower', suppressed: false },
        { kind: 'text', value: ind.suppressed ? '' : (ind.note ?? ''), suppressed: false },
      ],
    })),
    footnotes: [s.suppression.rule],
  };
  const tables = [...section.tables, indicators];
  const widths = tableWidths(tables, 34);
  const b = new SheetBuilder(o.prefix + SECTION_SHEETS.summary, widths, 'landscape', TITLE_ROWS);
  titleRows(b, s, s.title, section.intro, widths.length);
  // Each indicator's value is formatted by its own unit (cell kinds percent or rate).
  for (const t of tables) addTable(b, t, s, data, NO_CHARTS);
  return b.build({ scale: 100, ...footer(s) }, false, TITLE_ROWS);
}

function notesSheet(s: Snapshot, o: SnapshotLayoutOptions): SheetPlan {
  const b = new SheetBuilder(o.prefix + NOTES_SHEET, [22, 52], 'portrait', TITLE_ROWS);
  titleRows(b, s, `${s.title}: notes`, 'Definitions, the suppression rule and what was read.', 2);
  const rows: [string, string][] = [
    ['Small numbers', s.suppression.rule],
    ...s.notes.map((n): [string, string] => [n.title, n.text]),
  ];
  for (const [title, text] of rows) {
    b.piece(() => {
      b.add({ col: 1, values: [[title]], style: 'label', wrap: true });
      b.add({ col: 2, values: [[text]], style: 'body', wrap: true });
      b.next();
    });
  }
  b.piece(() => {
    b.spacer(10);
    // No exact row counts: with the trends they would narrow hidden counts (see the Snapshot's privacy notes).
    b.add({ col: 1, values: [['Input file', 'Rows skipped, errors, warnings']], style: 'header', wrap: true });
    b.next();
    for (const f of s.inputs) {
      b.add({ col: 1, values: [[f.file, `${f.skipped.toLocaleString('en-US')} skipped, ${f.errors} errors, ${f.warnings} warnings`]], style: 'body', wrap: true });
      b.next();
    }
  });
  return b.build({ scale: 100, ...footer(s) }, false, TITLE_ROWS);
}

/** Every sheet of the Snapshot workbook, the hidden chart data last. */
export function snapshotSheetPlans(s: Snapshot, o: SnapshotLayoutOptions = { prefix: '' }): SheetPlan[] {
  const data = new ChartData(o.prefix + CHART_DATA_SHEET, s.title);
  const sheets: SheetPlan[] = [];
  for (const section of s.sections) {
    if (section.id === 'summary') sheets.push(summarySheet(s, section, o, data));
    else if (section.tables.length > 0) sheets.push(sectionSheet(s, section, o, data));
  }
  sheets.push(notesSheet(s, o));
  if (!data.isEmpty()) sheets.push(data.plan());
  return sheets;
}
