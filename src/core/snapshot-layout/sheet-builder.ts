// Builds one SheetPlan row by row and paginates it: a piece (a table with its chart, a group of
// notes) starts a new page when it would not fit on the rest of the current one, so no table is cut.
// Page room is reckoned in points at the plan's fixed scale; rows are in points on every client.

import { DEFAULT_ROW_HEIGHT, fittedRowHeight, lineHeight, type FitCell } from '../layout/text-fit';
import { BLOCK_LOOKS, PAGE_MARGINS, PAGE_SIZE, type ChartPlacement, type PrintSetup, type SheetBlock, type SheetPlan } from './sheet-plan';

export function printableSize(orientation: PrintSetup['orientation']): { width: number; height: number } {
  const [w, h] = orientation === 'landscape' ? [PAGE_SIZE.height, PAGE_SIZE.width] : [PAGE_SIZE.width, PAGE_SIZE.height];
  return { width: w - (PAGE_MARGINS.left + PAGE_MARGINS.right) * 72, height: h - (PAGE_MARGINS.top + PAGE_MARGINS.bottom) * 72 };
}

/** Keeps a little of each page free: clients round row heights and add cell padding differently. */
const PAGE_SAFETY = 0.98;

export class SheetBuilder {
  private readonly blocks: SheetBlock[] = [];
  private readonly charts: ChartPlacement[] = [];
  private readonly heights = new Map<number, number>();
  private readonly breaks: number[] = [];
  /** Next free row (1-based). */
  row = 1;
  private pageUsed = 0;
  /** Whether the current page holds a piece yet (not just the sheet's introduction). */
  private pageHasPiece = false;
  /** The page's printable height; the title rows take their share of it on every page (see room). */
  private readonly page: number;
  /** The last row repeated at the top of every page. */
  private titleLast: number;

  constructor(
    readonly name: string,
    readonly columnWidths: readonly number[],
    private readonly orientation: PrintSetup['orientation'],
    titleRows: number,
  ) {
    this.page = printableSize(orientation).height * PAGE_SAFETY;
    this.titleLast = titleRows;
  }

  /** What a page holds below the repeated title rows. */
  private get room(): number {
    return this.page - this.sum(1, this.titleLast);
  }

  /** Width in characters of `count` columns from `col` (1-based). */
  widthOf(col: number, count: number): number {
    return this.columnWidths.slice(col - 1, col - 1 + count).reduce((a, b) => a + b, 0);
  }

  /** Adds a block at the current row; the rows it spans are made tall enough for its text. */
  add(block: Omit<SheetBlock, 'row'>): void {
    const placed: SheetBlock = { ...block, row: this.row };
    this.blocks.push(placed);
    placed.values.forEach((values, r) => this.fit(this.row + r, placed, values));
  }

  private fit(row: number, b: SheetBlock, values: readonly (string | number)[]): void {
    const { size, bold } = BLOCK_LOOKS[b.style];
    const cells: FitCell[] = values.map((v, i) => ({
      text: typeof v === 'number' ? String(v) : v,
      // A merged cell wraps within all the columns it spans; an unwrapped one is only one line.
      width: b.wrap === true ? this.widthOf(b.col + i, b.mergeAcross ?? 1) : 10_000,
      size,
      bold: bold === true,
    }));
    const height = Math.max(fittedRowHeight(cells, lineHeight({ size })), this.heights.get(row) ?? 0);
    this.heights.set(row, height);
  }

  /** Moves past the rows of the blocks just added. */
  next(rows = 1): void {
    this.row += rows;
  }

  heightOf(row: number): number {
    return this.heights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Points from the top of row `from` to the top of row `to`. */
  heightBetween(from: number, to: number): number {
    return this.sum(from, to - 1);
  }

  /** The first row whose top is at least `offset` points below the top of row `from`. */
  rowAt(from: number, offset: number): number {
    let r = from;
    while (this.heightBetween(from, r) < offset) r += 1;
    return r;
  }

  /** An empty row of the given height (points). */
  spacer(height = DEFAULT_ROW_HEIGHT): void {
    this.heights.set(this.row, height);
    this.row += 1;
  }

  addChart(c: ChartPlacement): void {
    this.charts.push(c);
  }

  /**
   * Runs `lay` to add one piece that must stay on one page, and paginates: when the piece does not fit
   * in what is left of the page, a page break goes before it. A piece taller than a page breaks inside,
   * between rows (a piece with a chart is never that tall).
   */
  piece(lay: () => void): void {
    const first = this.row;
    lay();
    const height = this.sum(first, this.row - 1);
    // A page with only the introduction keeps the first piece, even one that must then break inside.
    if (this.pageHasPiece && this.pageUsed + height > this.room) this.newPage(first - 1);
    this.pageHasPiece = true;
    if (this.pageUsed + height <= this.room) {
      this.pageUsed += height;
      return;
    }
    for (let r = first; r < this.row; r++) {
      const h = this.heightOf(r);
      if (this.pageUsed > 0 && this.pageUsed + h > this.room) this.newPage(r - 1);
      this.pageUsed += h;
    }
  }

  private newPage(after: number): void {
    this.breaks.push(after);
    this.pageUsed = 0;
  }

  /**
   * Call once the rows above the first piece are added: the title rows repeat on every page and take
   * their height from each page's room; the rest (an introduction) counts on the first page only.
   * `repeatThrough` repeats more rows, e.g. a single table's heading and header row.
   */
  beginPages(repeatThrough = this.titleLast): void {
    this.pageUsed = this.sum(this.titleLast + 1, this.row - 1);
    this.titleLast = repeatThrough;
  }

  private sum(from: number, to: number): number {
    let h = 0;
    for (let r = from; r <= to; r++) h += this.heightOf(r);
    return h;
  }

  build(print: Omit<PrintSetup, 'rowBreaks' | 'orientation' | 'titleRows'> | null, hidden = false, frozenRows = 0): SheetPlan {
    return {
      name: this.name,
      hidden,
      columnWidths: this.columnWidths,
      rowHeights: this.heights,
      blocks: this.blocks,
      charts: this.charts,
      frozenRows,
      print: print === null ? null : { ...print, orientation: this.orientation, rowBreaks: this.breaks, ...(this.titleLast > 0 ? { titleRows: { first: 1, last: this.titleLast } } : {}) },
    };
  }
}
