// A laid-out sheet as data: blocks of values with their look, column widths and row heights, chart
// placements and print setup. The Snapshot's layout produces it; the CLI's workbook writer and the
// add-in's sheet writer render it cell for cell, so both front ends give the same workbook.

import type { ChartSpec } from '../charts/snapshot-charts';

export type PlanValue = string | number;

/** Font and fill presets; the renderers map each to the same look. */
export type BlockStyle = 'title' | 'subtitle' | 'intro' | 'heading' | 'header' | 'body' | 'label' | 'total' | 'note';

export interface SheetBlock {
  /** 1-based row and column of the top-left cell. */
  readonly row: number;
  readonly col: number;
  /** Rows of values; '' leaves a cell empty. */
  readonly values: readonly (readonly PlanValue[])[];
  readonly style: BlockStyle;
  /** By column of the block: Excel number format ('' for General). */
  readonly numberFormats?: readonly string[];
  /** By column of the block; left when not given. */
  readonly align?: readonly ('left' | 'right')[];
  /** Wrap text within the cell (row heights are set for it). */
  readonly wrap?: boolean;
  /** Each row of the block is one cell merged across this many columns. */
  readonly mergeAcross?: number;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface RangeRef {
  readonly sheet: string;
  readonly row1: number;
  readonly col1: number;
  readonly row2: number;
  readonly col2: number;
}

export interface ChartPlacement {
  readonly spec: ChartSpec;
  /** The chart's top-left cell, 1-based. */
  readonly anchor: { readonly row: number; readonly col: number };
  /** Size in points: the same on every client, whatever its column unit. */
  readonly width: number;
  readonly height: number;
  /** Where the plotted values are: numbers, and empty cells for gaps. */
  readonly categories: RangeRef;
  readonly series: readonly { readonly name: RangeRef; readonly values: RangeRef }[];
}

export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Fixed print scale in percent: with no fit-to-page, every client keeps the page breaks below. */
  readonly scale: number;
  /** Rows repeated at the top of every page (1-based, inclusive). */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Manual page breaks: a new page starts after each of these rows. */
  readonly rowBreaks: readonly number[];
  /** Footer texts with Excel's codes (&A sheet, &P page, &N pages); a literal & is doubled. */
  readonly footerLeft: string;
  readonly footerRight: string;
}

export interface SheetPlan {
  readonly name: string;
  readonly hidden: boolean;
  /** Widths in characters, from column 1. */
  readonly columnWidths: readonly number[];
  /** Heights in points of the rows that need one. */
  readonly rowHeights: ReadonlyMap<number, number>;
  readonly blocks: readonly SheetBlock[];
  readonly charts: readonly ChartPlacement[];
  readonly frozenRows: number;
  readonly print: PrintSetup | null;
}

/** Page margins every renderer uses, in inches (Excel's unit for them). */
export const PAGE_MARGINS = { left: 0.5, right: 0.5, top: 0.5, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** How each block style looks, the same in every renderer. Colours are RRGGBB. */
export interface BlockLook {
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color?: string;
  readonly fill?: string;
  /** A thin rule above the cells (totals). */
  readonly ruleAbove?: boolean;
  readonly valign: 'top' | 'center';
}

export const DARK_BLUE = '1F4E79';
const MUTED = '404040';

export const BLOCK_LOOKS: Readonly<Record<BlockStyle, BlockLook>> = {
  title: { size: 14, bold: true, color: DARK_BLUE, valign: 'center' },
  subtitle: { size: 11, color: MUTED, valign: 'center' },
  intro: { size: 11, italic: true, color: MUTED, valign: 'top' },
  heading: { size: 12, bold: true, color: DARK_BLUE, valign: 'top' },
  // White on dark blue: never dark text on a dark fill.
  header: { size: 11, bold: true, color: 'FFFFFF', fill: DARK_BLUE, valign: 'center' },
  body: { size: 11, valign: 'top' },
  label: { size: 11, bold: true, valign: 'top' },
  total: { size: 11, bold: true, ruleAbove: true, valign: 'top' },
  note: { size: 10, italic: true, color: MUTED, valign: 'top' },
};

/**
 * A table cell's number format: the chart format padded on the right by the width of ")" (`_)`),
 * in every section, text included, so a "*" stands exactly where the numbers end and no number
 * touches the next column's text. (An indent would not do: LibreOffice indents text and numbers
 * differently.)
 */
export function cellFormat(format: string): string {
  if (format === '@' || format === '') return format;
  return `${format}_);-${format}_);${format}_);${PADDED_TEXT}`;
}

/** Text padded as cellFormat pads numbers: for a header above them. */
export const PADDED_TEXT = '@_)';

/** Series colours of the charts, in order; lines also differ by marker and dash, never by colour alone. */
export const SERIES_COLOURS = [DARK_BLUE, 'C55A11', '548235', '7F7F7F', 'BF8F00'] as const;
export const SERIES_DASHES = ['solid', 'dash', 'dot', 'dashDot', 'dashDotDot'] as const;
export const SERIES_MARKERS = ['circle', 'square', 'triangle', 'diamond', 'x'] as const;

/** The look of the i-th series: colour, dash and marker, so lines differ by more than colour. */
export function seriesLook(i: number): { colour: string; dash: (typeof SERIES_DASHES)[number]; marker: (typeof SERIES_MARKERS)[number] } {
  const n = SERIES_COLOURS.length;
  return { colour: SERIES_COLOURS[i % n] ?? DARK_BLUE, dash: SERIES_DASHES[i % n] ?? 'solid', marker: SERIES_MARKERS[i % n] ?? 'circle' };
}

/** US Letter, in points. */
export const PAGE_SIZE = { width: 612, height: 792 } as const;
