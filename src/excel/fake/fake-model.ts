// The state of the in-memory fake workbook: sheets of cells with formats, names, validations and
// charts, plus a log of every request (sync) and its size. Pure data; the proxies in
// `fake-proxies.ts` change it only when a batch is synced, as Office.js does.

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value: FakeValue;
  numberFormat: string;
  locked: boolean;
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  verticalAlignment?: string;
  horizontalAlignment?: string;
  indentLevel?: number;
  /** The top edge's border style, e.g. "Continuous". */
  borderTop?: string;
}

export interface FakeValidation {
  readonly address: string;
  rule?: unknown;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

/** A chart series: where its values and categories are ("Sheet!B5:B12"), and its look. */
export interface FakeSeries {
  name: string;
  values: string;
  categories: string;
  colour: string;
  lineStyle: string;
  marker: string;
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  title: string;
  readonly series: FakeSeries[];
  anchor: string;
  width: number;
  height: number;
  categoryAxisTitle: string;
  valueAxisTitle: string;
  /** Category axis drawn top-down (bars as in the table). */
  reversed: boolean;
  displayBlanksAs: string;
  legend: boolean;
  dataLabels: boolean;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  readonly cells: Map<string, FakeCell>;
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  frozenRows: number;
  protected: boolean;
  protectionOptions: Record<string, unknown>;
  readonly validations: FakeValidation[];
  readonly charts: FakeChart[];
  autoFilter: string | null;
  readonly pageLayout: Record<string, unknown>;
  /** Merged areas, e.g. "A3:C3". */
  readonly merges: string[];
  /** Manual page breaks: the first row of each new page. */
  readonly pageBreaks: number[];
}

export interface RequestRecord {
  readonly ops: number;
  readonly bytes: number;
  /** True when the request was over the payload limit and nothing in it was applied. */
  readonly refused: boolean;
}

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface Area {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function colLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B7", "A5:N25", "$A$2:$A$9", "7:7" (whole rows) or "C:C" (whole columns). */
export function parseArea(address: string): Area {
  const a = address.replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows !== null) return { r1: Number(rows[1]), c1: 1, r2: Number(rows[2]), c2: MAX_COLS };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols !== null) return { r1: 1, c1: colNumber(cols[1] ?? 'A'), r2: MAX_ROWS, c2: colNumber(cols[2] ?? 'A') };
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
  if (m === null) throw new FakeError('InvalidArgument', `The address "${address}" is not valid`);
  const r1 = Number(m[2]);
  const c1 = colNumber(m[1] ?? 'A');
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  const c2 = m[3] === undefined ? c1 : colNumber(m[3]);
  return { r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

export function areaAddress(a: Area): string {
  const tl = `${colLetters(a.c1)}${a.r1}`;
  return a.r1 === a.r2 && a.c1 === a.c2 ? tl : `${tl}:${colLetters(a.c2)}${a.r2}`;
}

export const cellKey = (row: number, col: number): string => `${row}:${col}`;

const NUMBER_TEXT = /^[+-]?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What Excel stores when a string is written to a cell: like Excel, a General cell turns number-like
 * text into a number and ISO dates into a date serial, while a Text ("@") cell keeps the string.
 */
export function coerceWritten(value: FakeValue, numberFormat: string): { value: FakeValue; numberFormat: string } {
  if (typeof value !== 'string' || numberFormat === '@') return { value, numberFormat };
  if (NUMBER_TEXT.test(value.trim())) return { value: Number(value), numberFormat };
  const d = ISO_DATE.exec(value.trim());
  if (d !== null) {
    const serial = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])) / 86_400_000 + 25569;
    return { value: serial, numberFormat: numberFormat === 'General' ? 'yyyy-mm-dd' : numberFormat };
  }
  if (value.startsWith('=')) throw new FakeError('InvalidArgument', 'The fake workbook does not evaluate formulas');
  return { value, numberFormat };
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    frozenRows: 0,
    protected: false,
    protectionOptions: {},
    validations: [],
    charts: [],
    autoFilter: null,
    pageLayout: {},
    merges: [],
    pageBreaks: [],
  };
}

/** Cells of the sheet within the area that hold a value. */
export function usedArea(sheet: FakeSheet): Area | null {
  let area: Area | null = null;
  for (const [key, cell] of sheet.cells) {
    if (cell.value === '') continue;
    const [r, c] = key.split(':').map(Number) as [number, number];
    area = area === null ? { r1: r, c1: c, r2: r, c2: c } : { r1: Math.min(area.r1, r), c1: Math.min(area.c1, c), r2: Math.max(area.r2, r), c2: Math.max(area.c2, c) };
  }
  return area;
}

export function cellOf(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (cell === undefined) {
    cell = { value: '', numberFormat: 'General', locked: true };
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function peekCell(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}
