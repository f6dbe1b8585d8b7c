// A workbook written sheet by sheet: exceljs's streaming worksheets, and the workbook's own parts
// (content types, document properties, shared strings, styles, relationships, the workbook) rendered
// by exceljs's own xforms as its WorkbookWriter renders them, every part going to a ZipSink. exceljs's
// WorkbookWriter would load and make an archiver this never uses: 40 ms of the merge's main thread,
// while it reads its share of the submissions.

import type ExcelJS from 'exceljs';
import type WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import WorksheetWriter from 'exceljs/lib/stream/xlsx/worksheet-writer';
import StreamBuf from 'exceljs/lib/utils/stream-buf';
import SharedStrings from 'exceljs/lib/utils/shared-strings';
import StylesXform from 'exceljs/lib/xlsx/xform/style/styles-xform';
import AppXform from 'exceljs/lib/xlsx/xform/core/app-xform';
import ContentTypesXform from 'exceljs/lib/xlsx/xform/core/content-types-xform';
import CoreXform from 'exceljs/lib/xlsx/xform/core/core-xform';
import RelationshipsXform from 'exceljs/lib/xlsx/xform/core/relationships-xform';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import { xmlEncode } from 'exceljs/lib/utils/utils';
import RelType from 'exceljs/lib/xlsx/rel-type';
import theme1Xml from 'exceljs/lib/xlsx/xml/theme1.js';
import { ZipSink } from './zip-sink';

export class StreamingWorkbook {
  readonly styles = new StylesXform(true);
  readonly sharedStrings = new SharedStrings();
  readonly useSharedStrings = true;
  creator = 'ExcelJS';
  lastModifiedBy = 'ExcelJS';
  created: Date;
  modified: Date;
  /** What exceljs's worksheets look for in their workbook; this one has no images or comments. */
  readonly media: readonly never[] = [];
  readonly commentRefs: readonly never[] = [];
  private readonly worksheets: WorksheetWriter[] = [];
  private readonly zip: ZipSink;

  /** Every part carries the time `modified`; `level` is zlib's deflate level. */
  constructor(modified: Date, level: number) {
    this.created = modified;
    this.modified = modified;
    this.zip = new ZipSink(level, modified);
    this.zip.append(theme1Xml, 'xl/theme/theme1.xml');
    this.zip.append(
      new RelationshipsXform().toXml([
        { Id: 'rId1', Type: RelType.OfficeDocument, Target: 'xl/workbook.xml' },
        { Id: 'rId2', Type: RelType.CoreProperties, Target: 'docProps/core.xml' },
        { Id: 'rId3', Type: RelType.ExtenderProperties, Target: 'docProps/app.xml' },
      ]),
      '_rels/.rels',
    );
  }

  addWorksheet(name: string, options: { readonly views?: Partial<ExcelJS.WorksheetView>[]; readonly state?: ExcelJS.WorksheetState } = {}): WorkbookWriter.StreamingWorksheet {
    const worksheet = new WorksheetWriter({ id: this.worksheets.length + 1, name, workbook: this, useSharedStrings: true, views: options.views ?? [], state: options.state });
    this.worksheets.push(worksheet);
    return worksheet;
  }

  /** Where a worksheet writes its part: exceljs's own buffer, handed to the zip once it has ended. */
  _openStream(path: string): StreamBuf {
    const stream = new StreamBuf({ bufSize: 65536, batch: true });
    this.zip.append(stream, path);
    return stream;
  }

  /** Commits the sheets still open, adds the workbook's own parts and returns the package. */
  async commit(): Promise<Buffer> {
    for (const ws of this.worksheets) if (!ws.committed) ws.commit();
    const worksheets = this.worksheets;
    this.zip.append(new ContentTypesXform().toXml({ worksheets, sharedStrings: this.sharedStrings, commentRefs: this.commentRefs, media: this.media }), '[Content_Types].xml');
    this.zip.append(new AppXform().toXml({ worksheets }), 'docProps/app.xml');
    this.zip.append(new CoreXform().toXml(this), 'docProps/core.xml');
    if (this.sharedStrings.count > 0) this.zip.append(sharedStringsXml(this.sharedStrings), 'xl/sharedStrings.xml');
    this.zip.append(this.styles.xml, 'xl/styles.xml');
    const relationships = [
      { Id: 'rId1', Type: RelType.Styles, Target: 'styles.xml' },
      { Id: 'rId2', Type: RelType.Theme, Target: 'theme/theme1.xml' },
    ];
    if (this.sharedStrings.count > 0) relationships.push({ Id: `rId${relationships.length + 1}`, Type: RelType.SharedStrings, Target: 'sharedStrings.xml' });
    for (const ws of worksheets) {
      ws.rId = `rId${relationships.length + 1}`;
      relationships.push({ Id: ws.rId, Type: RelType.Worksheet, Target: `worksheets/sheet${ws.id}.xml` });
    }
    this.zip.append(new RelationshipsXform().toXml(relationships), 'xl/_rels/workbook.xml.rels');
    const model = { worksheets, definedNames: [], views: [], properties: {}, calcProperties: {} };
    const workbook = new WorkbookXform();
    workbook.prepare(model);
    this.zip.append(workbook.toXml(model), 'xl/workbook.xml');
    return this.zip.finish();
  }
}

/**
 * The shared-string table as exceljs's xform writes it, character for character, for a table of plain
 * texts: written directly, a statewide plan's takes a few milliseconds instead of fifteen, at the end
 * of the merge when nothing else is left to do. A table with rich text goes through the xform.
 */
export function sharedStringsXml(strings: SharedStrings): string {
  const { values } = strings;
  if (!values.every((v): v is string => typeof v === 'string')) return new SharedStringsXform().toXml(strings);
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${values.length}" uniqueCount="${values.length}">`;
  // As exceljs's TextXform: spaces at either end, or a line break, kept with xml:space.
  for (const text of values) xml += /^\s|\n|\s$/.test(text) ? `<si><t xml:space="preserve">${xmlEncode(text)}</t></si>` : `<si><t>${xmlEncode(text)}</t></si>`;
  return `${xml}</sst>`;
}
