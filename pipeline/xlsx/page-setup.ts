// Print setup shared by every workbook we write: US Letter landscape, a footer with the sheet name
// and page n of m, the header row repeated on each page. A sheet given its print form (the core's
// printForm) prints at a legible scale: one page wide, or its columns split across pages with the
// first ones repeated and its title in the page header (a title cell would be cut where its columns
// split off); without one it is fitted to the page width (the engagement report).

import type ExcelJS from 'exceljs';
import { SIDE_MARGIN, printForm, type PrintForm } from '../../src/core';

/** exceljs's width of a column nobody sized. */
const DEFAULT_WIDTH = 9.140625;

/** exceljs's typings number paper sizes; 1 is US Letter. */
const LETTER = 1 as ExcelJS.PageSetup['paperSize'];

/** A sheet's table, for a print form that splits it: its title and where it is. */
export interface PrintedTable {
  readonly title: string;
  readonly lastRow: number;
  readonly lastColumn: number;
}

export function pageSetup(ws: ExcelJS.Worksheet, footer: string, headerRow?: number, form?: PrintForm, table?: PrintedTable): void {
  ws.pageSetup = pageSetupFor(headerRow, form);
  ws.headerFooter = footerFor(footer);
  if (form === undefined || form.pagesWide === 1 || headerRow === undefined || table === undefined) return;
  // exceljs puts a "$" before each end, so "A$5:T$35" is written as $A$5:$T$35.
  ws.pageSetup.printArea = `A$${headerRow}:${ws.getColumn(table.lastColumn).letter}$${Math.max(table.lastRow, headerRow)}`;
  ws.headerFooter = { ...ws.headerFooter, oddHeader: `&L&B${escapeCodes(table.title)}&B` };
}

/** In header/footer codes "&" starts a command, so a literal one is doubled. */
const escapeCodes = (text: string): string => text.replace(/&/g, '&&');

/** The page setup of a sheet printed in `form` (without one: fitted to the page width), its header row repeated on every page. */
export function pageSetupFor(headerRow?: number, form?: PrintForm): Partial<ExcelJS.PageSetup> {
  const margins = { left: SIDE_MARGIN, right: SIDE_MARGIN, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
  // The column headers on every page (a title row would be cut where its columns split off).
  const titles = headerRow === undefined ? {} : { printTitlesRow: `${headerRow}:${headerRow}` };
  if (form === undefined) return { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins, ...titles };
  const columns = form.repeatColumns > 0 ? { printTitlesColumn: `A:${String.fromCharCode(64 + form.repeatColumns)}` } : {};
  return {
    paperSize: LETTER,
    orientation: 'landscape',
    margins,
    ...titles,
    ...(form.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: form.scale, pageOrder: 'overThenDown', ...columns }),
  };
}

/** Excel holds at most 255 characters in a header or footer, codes included. */
const FOOTER_TEXT = 255 - '&L - &A&RPage &P of &N'.length;

export function footerFor(footer: string): Partial<ExcelJS.HeaderFooter> {
  return { oddFooter: `&L${footerText(footer)} - &A&RPage &P of &N` };
}

/** The footer's own text, its "&"s doubled and cut to fit Excel's 255 characters. */
function footerText(footer: string): string {
  let text = escapeCodes(footer);
  if (text.length > FOOTER_TEXT) {
    text = text.slice(0, FOOTER_TEXT - 1);
    // Never half of a doubled "&": an odd run at the end would start a command.
    if ((/&+$/.exec(text)?.[0].length ?? 0) % 2 === 1) text = text.slice(0, -1);
    text += '…';
  }
  return text;
}

export interface SheetPrint {
  readonly footer: string;
  /** The table's header row, repeated on every page; its title goes in the page header when split. */
  readonly headerRow?: number;
  readonly title: string;
  /** The first columns a reader needs on every page to tell rows apart. */
  readonly repeatColumns: number;
  /** The last column printed (default: the sheet's last). */
  readonly lastColumn?: number;
}

const widthsOf = (ws: ExcelJS.Worksheet, lastColumn: number): number[] => Array.from({ length: lastColumn }, (_, i) => ws.getColumn(i + 1).width ?? DEFAULT_WIDTH);

/**
 * Prints a sheet built in memory legibly, from what it holds: its column widths and row heights (set
 * them first, e.g. with fitRowHeights) give the print form; returns it.
 */
export function printLegibly(ws: ExcelJS.Worksheet, p: SheetPrint & { readonly headerRow: number }): PrintForm {
  const lastColumn = p.lastColumn ?? ws.columnCount;
  const height = (r: number): number => ws.getRow(r).height ?? 15;
  let body = 0;
  for (let r = p.headerRow + 1; r <= ws.rowCount; r++) body += height(r);
  const form = printForm(widthsOf(ws, lastColumn), p.repeatColumns, { header: height(p.headerRow), body });
  pageSetup(ws, p.footer, p.headerRow, form, { title: p.title, lastRow: ws.rowCount, lastColumn });
  return form;
}

/**
 * Prints a streaming sheet legibly, set just before it is committed: `rows` are its last row and its
 * rows' total height (the rows themselves are written already). Its sheet properties were written
 * when it was created, without "fit to page": one page wide, it prints at the scale that fits.
 */
export function printStreamed(ws: ExcelJS.Worksheet, p: SheetPrint & { readonly lastColumn: number }, rows: { readonly last: number; readonly height: number }): PrintForm {
  const form = printForm(widthsOf(ws, p.lastColumn), p.repeatColumns, { header: p.headerRow === undefined ? 0 : 30, body: rows.height });
  const fixed = { ...form, fitToWidth: false };
  pageSetup(ws, p.footer, p.headerRow, fixed, { title: p.title, lastRow: rows.last, lastColumn: p.lastColumn });
  return fixed;
}
