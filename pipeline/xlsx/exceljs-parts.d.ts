// The pieces of exceljs 4.4.0 that streaming-workbook puts together in place of its WorkbookWriter
// (which would load an archiver): its streaming worksheet, part buffer, shared strings and styles,
// and the xforms that render the workbook's own parts. exceljs's types declare none of them.

declare module 'exceljs/lib/stream/xlsx/worksheet-writer' {
  import type ExcelJS from 'exceljs';
  import type WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';

  /** What a worksheet asks of the workbook it belongs to. */
  interface SheetsWorkbook {
    readonly styles: unknown;
    readonly sharedStrings: unknown;
    _openStream(path: string): unknown;
  }
  interface WorksheetWriter extends WorkbookWriter.StreamingWorksheet {
    readonly id: number;
    readonly committed: boolean;
    /** Its relationship id in the workbook, given when the workbook's relationships are written. */
    rId: string;
  }
  class WorksheetWriter {
    constructor(options: { id: number; name: string; workbook: SheetsWorkbook; useSharedStrings: boolean; views: Partial<ExcelJS.WorksheetView>[]; state?: ExcelJS.WorksheetState });
  }
  export = WorksheetWriter;
}

declare module 'exceljs/lib/utils/stream-buf' {
  /** exceljs's in-memory stream: with `batch`, everything written is kept until read. */
  class StreamBuf {
    constructor(options: { bufSize: number; batch: boolean });
    once(event: 'finish', listener: () => void): this;
    read(): Buffer;
  }
  export = StreamBuf;
}

declare module 'exceljs/lib/utils/shared-strings' {
  class SharedStrings {
    readonly count: number;
    /** Every text (or rich text) in the order first added. */
    readonly values: readonly unknown[];
    /** The index of a text, added on first sight. */
    add(text: string): number;
  }
  export = SharedStrings;
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  import type ExcelJS from 'exceljs';

  /** The workbook's cell styles, kept as exceljs's style manager keeps them (`initialise`: with the default style). */
  class StylesXform {
    constructor(initialise: boolean);
    /** The id of a style, added on first sight (cellType is exceljs's ValueType). */
    addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number;
    /** The style sheet part. */
    readonly xml: string;
  }
  export = StylesXform;
}

/** An xform renders a model as a part's XML. */
declare module 'exceljs/lib/xlsx/xform/core/app-xform' {
  class AppXform {
    toXml(model: { readonly worksheets: readonly unknown[] }): string;
  }
  export = AppXform;
}

declare module 'exceljs/lib/xlsx/xform/core/content-types-xform' {
  class ContentTypesXform {
    toXml(model: { readonly worksheets: readonly unknown[]; readonly sharedStrings: unknown; readonly commentRefs: readonly unknown[]; readonly media: readonly unknown[] }): string;
  }
  export = ContentTypesXform;
}

declare module 'exceljs/lib/xlsx/xform/core/core-xform' {
  class CoreXform {
    toXml(model: { readonly creator: string; readonly lastModifiedBy: string; readonly created: Date; readonly modified: Date }): string;
  }
  export = CoreXform;
}

declare module 'exceljs/lib/xlsx/xform/core/relationships-xform' {
  class RelationshipsXform {
    toXml(relationships: readonly { readonly Id: string; readonly Type: string; readonly Target: string }[]): string;
  }
  export = RelationshipsXform;
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform' {
  interface WorkbookModel {
    readonly worksheets: readonly unknown[];
    readonly definedNames: readonly unknown[];
    readonly views: readonly unknown[];
    readonly properties: object;
    readonly calcProperties: object;
  }
  class WorkbookXform {
    /** Adds each sheet's print area and titles to the defined names. */
    prepare(model: WorkbookModel): void;
    toXml(model: WorkbookModel): string;
  }
  export = WorkbookXform;
}

declare module 'exceljs/lib/xlsx/xform/strings/shared-strings-xform' {
  class SharedStringsXform {
    toXml(strings: unknown): string;
  }
  export = SharedStringsXform;
}

declare module 'exceljs/lib/xlsx/rel-type' {
  const RelType: Readonly<Record<'OfficeDocument' | 'CoreProperties' | 'ExtenderProperties' | 'Styles' | 'Theme' | 'SharedStrings' | 'Worksheet', string>>;
  export = RelType;
}

declare module 'exceljs/lib/xlsx/xml/theme1.js' {
  const theme1Xml: string;
  export = theme1Xml;
}

declare module 'exceljs/lib/utils/utils' {
  /** Text escaped for XML content as exceljs escapes it (dropping the characters XML cannot hold). */
  export function xmlEncode(text: string): string;
}
