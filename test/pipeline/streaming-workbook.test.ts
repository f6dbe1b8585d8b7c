// The plan's workbook writer (exceljs's worksheets, its own package and zip sink) against exceljs's
// WorkbookWriter and archiver: the same workbook written both ways holds the same parts, byte for byte
// once inflated, and fflate (a reference reader) reads every entry's checksum.

import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { unzipSync } from 'fflate';
import SharedStrings from 'exceljs/lib/utils/shared-strings';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import { StreamingWorkbook, sharedStringsXml } from '../../pipeline/xlsx/streaming-workbook';
import { dosTime } from '../../pipeline/xlsx/zip-layout';

/**
 * Two sheets, one long enough to pass through the writer's stream in many chunks, one hidden and
 * printed with titles (defined names in the workbook); shared strings and styles.
 */
interface Writer {
  addWorksheet(name: string, options: { views?: Partial<ExcelJS.WorksheetView>[]; state?: ExcelJS.WorksheetState }): ExcelJS.Worksheet;
  commit(): Promise<unknown>;
}
async function fill(wb: Writer): Promise<unknown> {
  for (const name of ['Short', 'Long']) {
    const ws = wb.addWorksheet(name, name === 'Short' ? { state: 'hidden' } : { views: [{ state: 'frozen', ySplit: 1 }] });
    const rows = name === 'Long' ? 20_000 : 3;
    if (name === 'Long') ws.pageSetup.printTitlesRow = '1:1';
    for (let r = 1; r <= rows; r++) {
      const row = ws.addRow([`row ${r} é’ 漢字`, r, r % 7 === 0 ? 'seven' : null]);
      row.getCell(2).style = { font: { bold: true }, numFmt: '0.0' };
      row.commit();
    }
    ws.commit();
  }
  return wb.commit();
}

async function throughArchiver(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => out.on('end', resolve));
  const wb = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  wb.created = wb.modified = new Date(2027, 2, 14, 9, 26, 53);
  await fill(wb);
  await ended;
  return Buffer.concat(chunks);
}

describe('the streaming workbook', () => {
  it('writes the parts exceljs\'s own writer and archiver write, each read back whole by fflate', async () => {
    const modified = new Date(2027, 2, 14, 9, 26, 53);
    const wb = new StreamingWorkbook(modified, 1);
    const ours = unzipSync((await fill(wb)) as Buffer);
    const theirs = unzipSync(await throughArchiver());
    assert.deepEqual(Object.keys(ours).sort(), Object.keys(theirs).sort());
    const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
    for (const name of Object.keys(theirs)) assert.equal(decode(ours[name]), decode(theirs[name]), name);
    assert.match(decode(ours['xl/workbook.xml']), /<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Long&apos;!\$1:\$1<\/definedName>/);
    assert.match(decode(ours['xl/workbook.xml']), /name="Short" state="hidden"/);
    assert.ok((ours['xl/worksheets/sheet2.xml']?.length ?? 0) > 500_000, 'the long sheet is long');
    assert.match(decode(ours['xl/sharedStrings.xml']), /row 20000 é’ 漢字/);
  });

  it('writes the shared-string table exceljs writes, for texts that need escaping or kept spaces', () => {
    const strings = new SharedStrings();
    for (const text of ['', 'plain', ' lead', 'trail ', 'a\nb', 'tab\tin', '\ttab', '& < > " \'', 'bell\u0007 del\u007f', '_x0041_', 'é’ 漢字 😀', 'plain']) strings.add(text);
    const theirs = new SharedStringsXform().toXml(strings);
    assert.equal(sharedStringsXml(strings), theirs);
    assert.match(theirs, /count="11" uniqueCount="11"/);
    assert.match(theirs, /<si><t xml:space="preserve"> lead<\/t><\/si>/);
  });

  it('stamps every entry with the time given, as MS-DOS time', async () => {
    const modified = new Date(2027, 2, 14, 9, 26, 53);
    const zip = (await fill(new StreamingWorkbook(modified, 1))) as Buffer;
    const { time, date } = dosTime(modified);
    assert.equal(date, ((2027 - 1980) << 9) | (3 << 5) | 14);
    assert.equal(time, (9 << 11) | (26 << 5) | 26);
    // Each local header's time and date, from the first one on.
    let at = 0;
    let entries = 0;
    while (zip.readUInt32LE(at) === 0x04034b50) {
      assert.equal(zip.readUInt16LE(at + 10), time);
      assert.equal(zip.readUInt16LE(at + 12), date);
      at += 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28) + zip.readUInt32LE(at + 18);
      entries++;
    }
    assert.equal(entries, Object.keys(unzipSync(zip)).length);
  });
});
