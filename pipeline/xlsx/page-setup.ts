// Print setup shared by every workbook we write: landscape, fitted to the page width, a footer with
// the sheet name and page numbers, and the table's header row repeated on each page.

import type ExcelJS from 'exceljs';

export function pageSetup(ws: ExcelJS.Worksheet, footer: string, headerRow?: number): void {
  ws.pageSetup = pageSetupFor(headerRow);
  ws.headerFooter = footerFor(footer);
}

/** exceljs's streaming sheets take this when they are created: it is written before any cell. */
export function pageSetupFor(headerRow?: number): Partial<ExcelJS.PageSetup> {
  return {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(headerRow === undefined ? {} : { printTitlesRow: `${headerRow}:${headerRow}` }),
  };
}

/** Excel holds at most 255 characters in a header or footer, codes included. */
const FOOTER_TEXT = 255 - '&L - &A&RPage &P of &N'.length;

export function footerFor(footer: string): Partial<ExcelJS.HeaderFooter> {
  // In header/footer codes "&" starts a command, so a literal one is doubled.
  let text = footer.replace(/&/g, '&&');
  if (text.length > FOOTER_TEXT) {
    text = text.slice(0, FOOTER_TEXT - 1);
    // Never half of a doubled "&": an odd run at the end would start a command.
    if ((/&+$/.exec(text)?.[0].length ?? 0) % 2 === 1) text = text.slice(0, -1);
    text += '…';
  }
  return { oddFooter: `&L${text} - &A&RPage &P of &N` };
}
