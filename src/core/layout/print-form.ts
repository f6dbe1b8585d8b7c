// How a sheet prints legibly: one page wide when that keeps text at 75% or more, otherwise its
// columns split across pages at the largest scale that needs no more pages, the first columns
// repeated on each page. Reckoned for the widest client (PT_PER_CHAR), so no client prints under 8 pt
// of 11 pt text. Pure; the CLI's writers and the add-in both print by it.

import { PT_PER_CHAR } from './text-fit';

export type Orientation = 'portrait' | 'landscape';

/** Side margins of the work-group workbooks' pages, in inches. */
export const SIDE_MARGIN = 0.4;

/** Top and bottom margins, in inches (the header and footer print inside them). */
export const END_MARGIN = 0.5;

/** Printable width of a US Letter page with `margin` inches each side, in points. */
export function printableWidth(orientation: Orientation, margin = SIDE_MARGIN): number {
  return (orientation === 'landscape' ? 11 : 8.5) * 72 - 2 * margin * 72;
}

export function printableHeight(orientation: Orientation): number {
  return (orientation === 'landscape' ? 8.5 : 11) * 72 - 2 * END_MARGIN * 72;
}

/** The rows a sheet prints, in points: the header row repeated on each page, the rest below it. */
export interface PrintedRows {
  readonly header: number;
  readonly body: number;
}

export interface PrintForm {
  /** Let the client shrink the sheet to one page wide (it fits at `scale`% or more). */
  readonly fitToWidth: boolean;
  /** Percent; with fitToWidth the smallest scale the client may choose. */
  readonly scale: number;
  /** Pages across and down, on the widest client. */
  readonly pagesWide: number;
  readonly pagesTall: number;
  /** The first columns printed on every page (0 when one page wide). */
  readonly repeatColumns: number;
}

/** 8 pt is the least legible size; 11 pt text at 75% prints at 8.25 pt. */
export const MIN_PRINT_SCALE = 0.75;

/** Pages across at `scale`: whole columns per page, the repeated ones on each. */
function pagesAcross(widths: readonly number[], repeat: number, scale: number, page: number): number {
  const room = page / scale;
  const fixed = widths.slice(0, repeat).reduce((a, b) => a + b * PT_PER_CHAR, 0);
  let pages = 1;
  let used = fixed;
  for (const w of widths.slice(repeat)) {
    const pt = w * PT_PER_CHAR;
    if (used + pt > room && used > fixed) {
      pages += 1;
      used = fixed;
    }
    used += pt;
  }
  return pages;
}

function pagesDown(rows: PrintedRows, scale: number, page: number): number {
  return Math.max(1, Math.ceil(rows.body / Math.max(page / scale - rows.header, 1)));
}

/**
 * The print form of a sheet `widths` wide: one page wide if it fits at 75% or more; otherwise the
 * scale between 75% and 100% that prints it on the fewest pages (across times down), the largest
 * such scale, with the first `repeat` columns on each page.
 */
export function printForm(widths: readonly number[], repeat: number, rows: PrintedRows = { header: 0, body: 0 }, orientation: Orientation = 'landscape'): PrintForm {
  const page = printableWidth(orientation);
  const height = printableHeight(orientation);
  const total = widths.reduce((a, b) => a + b, 0) * PT_PER_CHAR;
  const fit = page / total;
  if (fit >= MIN_PRINT_SCALE) {
    const scale = Math.min(100, Math.floor(fit * 100));
    return { fitToWidth: fit < 1, scale, pagesWide: 1, pagesTall: pagesDown(rows, scale / 100, height), repeatColumns: 0 };
  }
  let best: PrintForm | null = null;
  for (let s = 100; s >= MIN_PRINT_SCALE * 100; s--) {
    const form = { fitToWidth: false, scale: s, pagesWide: pagesAcross(widths, repeat, s / 100, page), pagesTall: pagesDown(rows, s / 100, height), repeatColumns: repeat };
    if (best === null || form.pagesWide * form.pagesTall < best.pagesWide * best.pagesTall) best = form;
  }
  return best ?? { fitToWidth: false, scale: 100, pagesWide: 1, pagesTall: 1, repeatColumns: repeat };
}
