// exceljs's streaming writer on its own: the package's index also loads its readers, CSV support and
// in-memory model, 0.45 s at start-up against 0.17 s for this part (exceljs is pinned at 4.4.0).
// Also declared: the few members of 4.4.0's writer that direct-rows uses and exceljs's types leave out
// (the plan is written by streaming-workbook, with exceljs's worksheets; tests compare it with this).
declare module 'exceljs/lib/stream/xlsx/workbook-writer' {
  import type ExcelJS from 'exceljs';

  namespace WorkbookWriter {
    /** A worksheet of the streaming writer: its part is written through `stream` as rows are committed. */
    interface StreamingWorksheet extends ExcelJS.Worksheet {
      readonly stream: { write(xml: string): unknown };
      /** The merged ranges written with the sheet's end; exceljs prints each one as its A1 range. */
      readonly _merges: { push(range: string): void };
    }
  }

  class WorkbookWriter extends ExcelJS.stream.xlsx.WorkbookWriter {
    /** The workbook's cell styles: the id of a style, added on first sight (cellType is exceljs's ValueType). */
    readonly styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number };
    /** The shared-string table: the index of a string, added on first sight. */
    readonly sharedStrings: { add(text: string): number };
    addWorksheet(name?: string, options?: Partial<ExcelJS.AddWorksheetOptions>): WorkbookWriter.StreamingWorksheet;
  }
  export = WorkbookWriter;
}
