// The zip sink in place of exceljs's archiver: the same workbook written both ways holds the same
// parts, byte for byte once inflated, and fflate (a reference reader) reads every entry's checksum.

import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { unzipSync } from 'fflate';
import { streamingWorkbook } from '../../pipeline/xlsx/zip-sink';
import { dosTime } from '../../pipeline/xlsx/zip-layout';

/** Two sheets, one long enough to pass through the writer's stream in many chunks, and shared strings. */
async function fill(wb: WorkbookWriter): Promise<void> {
  for (const name of ['Short', 'Long']) {
    const ws = wb.addWorksheet(name);
    const rows = name === 'Long' ? 20_000 : 3;
    for (let r = 1; r <= rows; r++) ws.addRow([`row ${r} é’ 漢字`, r, r % 7 === 0 ? 'seven' : null]).commit();
    ws.commit();
  }
  await wb.commit();
}

async function throughArchiver(): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await fill(new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true }));
  await ended;
  return Buffer.concat(chunks);
}

describe('zip sink', () => {
  it('writes the parts exceljs\'s archiver writes, each read back whole by fflate', async () => {
    const modified = new Date(2027, 2, 14, 9, 26, 53);
    const { wb, written } = streamingWorkbook(modified, 1);
    await fill(wb);
    const ours = unzipSync(await written);
    const theirs = unzipSync(await throughArchiver());
    assert.deepEqual(Object.keys(ours).sort(), Object.keys(theirs).sort());
    const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);
    // docProps/core.xml carries the time each was written; everything else is the same.
    for (const name of Object.keys(theirs).filter((n) => n !== 'docProps/core.xml')) assert.equal(decode(ours[name]), decode(theirs[name]), name);
    assert.ok((ours['xl/worksheets/sheet2.xml']?.length ?? 0) > 500_000, 'the long sheet is long');
    assert.match(decode(ours['xl/sharedStrings.xml']), /row 20000 é’ 漢字/);
  });

  it('stamps every entry with the time given, as MS-DOS time', async () => {
    const modified = new Date(2027, 2, 14, 9, 26, 53);
    const { wb, written } = streamingWorkbook(modified, 1);
    await fill(wb);
    const zip = await written;
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
